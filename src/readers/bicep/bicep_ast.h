/* bicep_ast.h: syntax-tree builders called by the Bicep grammar actions, and
 * the parse context the driver shares with them.  Builders return NULL when
 * the arena is exhausted (setting the builder's sticky `oom`); every builder
 * accepts NULL children, so one failed allocation never crashes the parse. */
#ifndef WARD_BICEP_AST_H
#define WARD_BICEP_AST_H

#include "bicep_syntax.h"

typedef struct ward_bparse_ctx {
    ward_bbuilder *builder;
    ward_diags *diags;
    const char *text;    /* the file's text, to quote tokens in messages */
    int failed;          /* a syntax error stopped the parser */
    int overflow;
} ward_bparse_ctx;

void ward_bparse_syntax_error(ward_bparse_ctx *ctx, const ward_btoken *t);
void ward_bparse_overflow(ward_bparse_ctx *ctx);

ward_blist ward_blist_empty(void);
ward_blist ward_blist_one(ward_bnode *n);
ward_blist ward_blist_add(ward_blist l, ward_bnode *n);
ward_blist ward_blist_cons(ward_bnode *n, ward_blist l);

void ward_bast_add_stmt(ward_bbuilder *b, ward_bnode *s);
/* A node of `kind` spanning from `start` to `end`, with children a, b, c. */
ward_bnode *ward_bast_make(ward_bbuilder *b, ward_bk kind, ward_span start, ward_span end, ward_bnode *a,
                           ward_bnode *c1, ward_bnode *c2);
/* The same, with a name token (statements, parameters). */
ward_bnode *ward_bast_named(ward_bbuilder *b, ward_bk kind, ward_span start, const ward_btoken *name,
                            ward_span end, ward_bnode *a, ward_bnode *c1, ward_bnode *c2);
/* A leaf from a token: identifier, name, number, string, null. */
ward_bnode *ward_bast_tok(ward_bbuilder *b, ward_bk kind, const ward_btoken *t);
ward_bnode *ward_bast_bool(ward_bbuilder *b, const ward_btoken *t, int v);
ward_bnode *ward_bast_unary(ward_bbuilder *b, ward_bop op, ward_span optok, ward_bnode *a);
ward_bnode *ward_bast_binary(ward_bbuilder *b, ward_bop op, ward_bnode *l, ward_bnode *r);
/* obj.name, obj.?name, res::child (kind DOT or CHILD). */
ward_bnode *ward_bast_member(ward_bbuilder *b, ward_bk kind, ward_bnode *obj, ward_bnode *name, uint32_t flags);
/* key: value (key is a NAME or an INTERP node). */
ward_bnode *ward_bast_keyed(ward_bbuilder *b, ward_bnode *key, ward_bnode *value);
ward_bnode *ward_bast_withlist(ward_bnode *n, ward_blist l);
ward_bnode *ward_bast_decorate(ward_bnode *n, ward_blist decos);
ward_bnode *ward_bast_flag(ward_bnode *n, uint32_t flags);
/* `a as b` (imports) and `(item, index)` (for loops): NAME with str a, b = NAME b. */
ward_bnode *ward_bast_alias(ward_bbuilder *b, const ward_btoken *a, const ward_btoken *alias);
ward_bnode *ward_bast_ext(ward_bbuilder *b, ward_bk kind, ward_span start, ward_bnode *what, ward_bnode *opts);
ward_bnode *ward_bast_interp_start(ward_bbuilder *b, const ward_btoken *head, ward_bnode *e);
ward_bnode *ward_bast_interp_add(ward_bbuilder *b, ward_bnode *s, const ward_btoken *mid, ward_bnode *e);
ward_bnode *ward_bast_interp_end(ward_bbuilder *b, ward_bnode *s, const ward_btoken *tail);
ward_bnode *ward_bast_lambda1(ward_bbuilder *b, const ward_btoken *param, ward_bnode *body);
ward_bnode *ward_bast_lambda(ward_bbuilder *b, ward_span start, ward_blist params, ward_bnode *body);
ward_bnode *ward_bast_for(ward_bbuilder *b, ward_span start, ward_span end, ward_bnode *vars, ward_bnode *iter,
                          ward_bnode *body);
ward_bnode *ward_bast_type(ward_bbuilder *b, ward_span start, ward_span end);

#endif
