/* hcl_ast.h: syntax-tree builders called by the HCL grammar actions, and the
 * parse context the driver shares with them.  Builders return NULL when the
 * arena is exhausted (setting the sticky `oom`) and accept NULL children, so
 * one failed allocation never crashes the parse. */
#ifndef WARD_HCL_AST_H
#define WARD_HCL_AST_H

#include "hcl_syntax.h"

typedef struct ward_hparse_ctx {
    ward_arena *arena;
    uint32_t file;
    ward_diags *diags;
    const char *text;    /* the file's text, to quote tokens in messages */
    ward_hlist items;    /* the file's top-level body */
    int oom;
    int failed;          /* a syntax error stopped the parser */
    int overflow;
} ward_hparse_ctx;

void ward_hparse_syntax_error(ward_hparse_ctx *ctx, const ward_htoken *t);
void ward_hparse_overflow(ward_hparse_ctx *ctx);

ward_hlist ward_hlist_empty(void);
ward_hlist ward_hlist_one(ward_hnode *n);
ward_hlist ward_hlist_add(ward_hlist l, ward_hnode *n);

/* A node of `kind` spanning from `start` to `end` with children a, b, c. */
ward_hnode *ward_hast_make(ward_hparse_ctx *x, ward_hk kind, ward_span start, ward_span end, ward_hnode *a,
                           ward_hnode *b, ward_hnode *c);
/* A leaf from a token: VAR, NUM, STR (decoded literal), NULL, LABEL. */
ward_hnode *ward_hast_tok(ward_hparse_ctx *x, ward_hk kind, const ward_htoken *t);
ward_hnode *ward_hast_bool(ward_hparse_ctx *x, const ward_htoken *t, int v);
ward_hnode *ward_hast_attr(ward_hparse_ctx *x, const ward_htoken *name, ward_hnode *value);
ward_hnode *ward_hast_block(ward_hparse_ctx *x, const ward_htoken *type, ward_hlist labels, ward_hlist body,
                            ward_span end);
/* A quoted string or heredoc: a STR node when it has no interpolation or
 * directive, else a TEMPLATE. */
ward_hnode *ward_hast_template(ward_hparse_ctx *x, ward_span open, ward_hlist parts, ward_span close);
ward_hnode *ward_hast_tif(ward_hparse_ctx *x, ward_span start, ward_hnode *cond, ward_hlist then, ward_hlist els,
                          ward_span end);
ward_hnode *ward_hast_tfor(ward_hparse_ctx *x, ward_span start, ward_hnode *vars, ward_hnode *coll, ward_hlist body,
                           ward_span end);
ward_hnode *ward_hast_unary(ward_hparse_ctx *x, ward_hop op, ward_span optok, ward_hnode *a);
ward_hnode *ward_hast_binary(ward_hparse_ctx *x, ward_hop op, ward_hnode *l, ward_hnode *r);
/* Traversals: obj.name, obj[index], obj.*, obj[*].  A traversal after a
 * splat applies to each element (for .*, only attribute names do). */
ward_hnode *ward_hast_getattr(ward_hparse_ctx *x, ward_hnode *obj, const ward_htoken *name);
ward_hnode *ward_hast_index(ward_hparse_ctx *x, ward_hnode *obj, ward_hnode *index, ward_span end);
ward_hnode *ward_hast_splat(ward_hparse_ctx *x, ward_hnode *obj, int full, ward_span end);
ward_hnode *ward_hast_paren(ward_hparse_ctx *x, ward_span open, ward_hnode *e, ward_span close);
ward_hnode *ward_hast_call(ward_hparse_ctx *x, const ward_htoken *name, ward_span nsend, ward_hlist args, int expand,
                           ward_span end);
ward_hnode *ward_hast_list(ward_hparse_ctx *x, ward_hk kind, ward_span start, ward_hlist items, ward_span end);
ward_hnode *ward_hast_item(ward_hparse_ctx *x, ward_hnode *key, ward_hnode *value);
/* `k, v` or `v` of a for expression or directive: a LABEL node with str the
 * first name and str2 the second (or NULL). */
ward_hnode *ward_hast_forvars(ward_hparse_ctx *x, const ward_htoken *a, const ward_htoken *b);
/* [for vars in coll : val if cond] (key NULL) and {for vars in coll : key => val... if cond}. */
ward_hnode *ward_hast_for(ward_hparse_ctx *x, ward_span start, ward_hnode *vars, ward_hnode *coll, ward_hnode *key,
                          ward_hnode *val, int group, ward_hnode *cond, ward_span end);

#endif
