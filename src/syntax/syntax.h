/* syntax.h: policy source -> AST. */
#ifndef WARD_PARSE_H
#define WARD_PARSE_H

#include "../base/diag.h"
#include "../base/source.h"
#include "ast.h"

/* Parses file `file` of `src`; AST nodes go to `arena`.  Returns the list of
 * top-level items (possibly partial) and reports every syntax error in the
 * file to diags (the driver resynchronises at top-level keywords). */
ward_ast *ward_parse_policy(const ward_sources *src, uint32_t file, ward_arena *arena, ward_diags *diags);

/* Name of a token kind for messages ("'{'", "identifier", ...). */
const char *ward_token_desc(int kind);

#endif
