/* disasm.h: a readable listing of a verified (or freshly compiled) image. */
#ifndef WARD_DISASM_H
#define WARD_DISASM_H

#include "../base/writer.h"
#include "image.h"

void ward_disasm(ward_writer *w, const ward_image *img);

#endif
