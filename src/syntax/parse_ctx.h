/* parse_ctx.h: state shared by the parse driver and grammar actions. */
#ifndef WARD_PARSE_CTX_H
#define WARD_PARSE_CTX_H

#include "../base/diag.h"
#include "ast.h"

typedef struct ward_parse_ctx {
    ward_ast_builder *builder;
    ward_diags *diags;
    const char *text;    /* the file's text, to quote tokens in messages */
    int failed;          /* a syntax error stopped the current parser instance */
    int overflow;
} ward_parse_ctx;

void ward_parse_syntax_error(ward_parse_ctx *ctx, const ward_token *t);
void ward_parse_overflow(ward_parse_ctx *ctx);

#endif
