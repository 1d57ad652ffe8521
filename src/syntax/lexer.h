/* lexer.h: the policy lexer (grammar/policy_lex.re).  All state lives in
 * this struct; the lexer returns Lemon token codes (WARD_TOK_*). */
#ifndef WARD_LEXER_H
#define WARD_LEXER_H

#include "../base/arena.h"
#include "../base/diag.h"
#include "token.h"

enum { WARD_LEX_MAX_TMPL = 16 };

typedef struct ward_lexer {
    const char *base;       /* start of the file text */
    const char *cur, *lim, *tok, *mar;
    uint32_t file;
    ward_arena *arena;
    ward_diags *diags;
    int want_ruleid;        /* the previous token was `rule`: lex a dashed id */
    int ntmpl;              /* open string interpolations */
    int tmpl_braces[WARD_LEX_MAX_TMPL];  /* nested `{` inside each interpolation */
} ward_lexer;

void ward_lexer_init(ward_lexer *lx, const char *text, size_t len, uint32_t file, ward_arena *arena,
                     ward_diags *diags);
/* Fills *t and returns its kind; 0 at end of input.  A lexical error adds a
 * diagnostic and returns WARD_LEX_ERROR (the driver skips it). */
int ward_lex_next(ward_lexer *lx, ward_token *t);

#define WARD_LEX_ERROR (-1)

#endif
