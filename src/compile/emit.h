/* emit.h: code generation for a checked program (internal to compile/). */
#ifndef WARD_EMIT_H
#define WARD_EMIT_H

#include "../base/diag.h"
#include "../bytecode/image.h"
#include "../check/check.h"

int ward_emit_program(ward_program *p, const ward_sources *src, ward_diags *diags, ward_image *img);

#endif
