/* token.h: a policy token as the lexer hands it to the Lemon parser.
 * `kind` is Lemon's own token code (WARD_TOK_*); strings are decoded into
 * the compilation arena. */
#ifndef WARD_TOKEN_H
#define WARD_TOKEN_H

#include "../base/span.h"

#include <stdint.h>

typedef struct ward_token {
    int kind;
    ward_span span;
    const char *str;      /* identifier or decoded string text (NUL-terminated) */
    uint32_t len;
    double num;
} ward_token;

#endif
