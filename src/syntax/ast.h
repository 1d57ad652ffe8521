/* ast.h: the policy AST, built by grammar actions through ward_ast_*
 * builders and allocated in the compilation arena.
 *
 * One node struct serves every kind (see ast.def for which fields each kind
 * uses); lists of children are singly linked through `next`.  The checker
 * fills the `res` fields (what a name refers to) for the compiler. */
#ifndef WARD_AST_H
#define WARD_AST_H

#include "../base/arena.h"
#include "../base/span.h"
#include "token.h"

#include <stddef.h>
#include <stdint.h>

typedef enum ward_ast_kind {
#define X(name, str) WARD_AST_##name,
#include "ast.def"
#undef X
    WARD_AST__COUNT
} ward_ast_kind;

typedef enum ward_ast_op {
    WARD_OP_NONE,
    /* binary */
    WARD_BOP_OR, WARD_BOP_AND, WARD_BOP_EQ, WARD_BOP_NE, WARD_BOP_LT, WARD_BOP_LE,
    WARD_BOP_GT, WARD_BOP_GE, WARD_BOP_IN, WARD_BOP_NOTIN, WARD_BOP_DEFAULT,
    WARD_BOP_ADD, WARD_BOP_SUB, WARD_BOP_MUL, WARD_BOP_DIV, WARD_BOP_MOD,
    /* unary */
    WARD_UOP_NOT, WARD_UOP_NEG,
    /* quantifiers */
    WARD_Q_ANY, WARD_Q_ALL, WARD_Q_NONE, WARD_Q_COUNT, WARD_Q_FILTER,
} ward_ast_op;

/* What a NAME or CALL resolved to (filled by the checker). */
typedef enum ward_ref_kind {
    WARD_REF_NONE,
    WARD_REF_LOCAL,     /* index: local slot */
    WARD_REF_PARAM,     /* index: parameter (global numbering across modules) */
    WARD_REF_GLOBAL,    /* index: module-level let (compiled as a function) */
    WARD_REF_FUNC,      /* index: user function */
    WARD_REF_BUILTIN,   /* index: builtin id */
} ward_ref_kind;

typedef struct ward_ast ward_ast;
struct ward_ast {
    uint8_t kind;          /* ward_ast_kind */
    uint8_t op;            /* ward_ast_op */
    uint8_t ref;           /* ward_ref_kind (checker) */
    uint8_t type;          /* inferred static type (checker), ward_type */
    uint32_t index;        /* ref index (checker) */
    ward_span span;
    const char *str;       /* NUL-terminated */
    uint32_t len;          /* bytes of str (may contain NUL for STR) */
    double num;
    ward_ast *a, *b, *c;
    ward_ast *kids;        /* first child of a list */
    uint32_t nkids;
    ward_ast *next;        /* sibling in the parent's list */
};

/* A list under construction (grammar nonterminals). */
typedef struct ward_ast_list {
    ward_ast *head, *tail;
    uint32_t n;
} ward_ast_list;

/* The builder context passed to the parser as %extra_context. */
typedef struct ward_ast_builder {
    ward_arena *arena;
    uint32_t file;
    ward_ast_list items;   /* top-level items of the module */
    int oom;
} ward_ast_builder;

ward_ast *ward_ast_new(ward_ast_builder *b, ward_ast_kind kind, ward_span span);
ward_ast *ward_ast_num(ward_ast_builder *b, ward_token t);
ward_ast *ward_ast_str(ward_ast_builder *b, ward_token t);
ward_ast *ward_ast_name(ward_ast_builder *b, ward_token t);
ward_ast *ward_ast_bool(ward_ast_builder *b, ward_token t, int v);
ward_ast *ward_ast_null(ward_ast_builder *b, ward_token t);
ward_ast *ward_ast_unary(ward_ast_builder *b, ward_ast_op op, ward_token t, ward_ast *a);
ward_ast *ward_ast_binary(ward_ast_builder *b, ward_ast_op op, ward_ast *x, ward_ast *y);
ward_ast *ward_ast_member(ward_ast_builder *b, ward_ast *obj, ward_token name);
ward_ast *ward_ast_index(ward_ast_builder *b, ward_ast *obj, ward_ast *idx, ward_token close);
ward_ast *ward_ast_call(ward_ast_builder *b, ward_ast *callee, ward_ast_list args, ward_token close);
ward_ast *ward_ast_list_expr(ward_ast_builder *b, ward_token open, ward_ast_list items, ward_token close);
ward_ast *ward_ast_object(ward_ast_builder *b, ward_token open, ward_ast_list pairs, ward_token close);
ward_ast *ward_ast_pair(ward_ast_builder *b, ward_token key, ward_ast *value);
ward_ast *ward_ast_quant(ward_ast_builder *b, ward_ast_op q, ward_token kw, ward_token var, ward_ast *coll, ward_ast *body);
ward_ast *ward_ast_paren(ward_ast_builder *b, ward_token open, ward_ast *e, ward_token close);
/* Templates: head/mid/tail string pieces and expressions, in order. */
ward_ast_list ward_ast_tmpl_start(ward_ast_builder *b, ward_token head);
ward_ast_list ward_ast_tmpl_add(ward_ast_builder *b, ward_ast_list l, ward_ast *expr, ward_token piece);
ward_ast *ward_ast_tmpl_end(ward_ast_builder *b, ward_ast_list l);

ward_ast *ward_ast_stmt(ward_ast_builder *b, ward_ast_kind kind, ward_token kw, ward_ast *a, ward_ast *m, ward_ast *at);
ward_ast *ward_ast_with_severity(ward_ast_builder *b, ward_ast *stmt, ward_token sev);
ward_ast *ward_ast_cond(ward_ast_builder *b, ward_token kw, ward_ast *c, ward_ast *then, ward_ast *els);
ward_ast *ward_ast_let(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast *value);
ward_ast *ward_ast_if(ward_ast_builder *b, ward_token kw, ward_ast *cond, ward_ast_list then, ward_ast *els);
ward_ast *ward_ast_else(ward_ast_builder *b, ward_token kw, ward_ast_list stmts);
ward_ast *ward_ast_for(ward_ast_builder *b, ward_token kw, ward_token var, ward_ast *coll, ward_ast_list body);

ward_ast *ward_ast_import(ward_ast_builder *b, ward_token kw, ward_token name);
ward_ast *ward_ast_param(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast *type, ward_ast *def);
ward_ast *ward_ast_global(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast *value);
ward_ast *ward_ast_func(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast_list params, ward_ast *body);
ward_ast *ward_ast_rule(ward_ast_builder *b, ward_token kw, ward_token id, ward_ast_list items, ward_token close);
ward_ast *ward_ast_meta(ward_ast_builder *b, ward_token key, ward_ast *value);
ward_ast *ward_ast_selector(ward_ast_builder *b, ward_token kw, ward_token family, ward_ast_list types,
                            ward_token alias, ward_ast_list stmts, ward_token close);
void ward_ast_add_item(ward_ast_builder *b, ward_ast *item);

ward_ast_list ward_ast_list_empty(void);
ward_ast_list ward_ast_list_one(ward_ast *n);
ward_ast_list ward_ast_list_append(ward_ast_list l, ward_ast *n);

const char *ward_ast_kind_name(ward_ast_kind k);
const char *ward_ast_op_name(ward_ast_op op);

struct ward_writer;
/* Canonical S-expression dump (golden tests, `ward parse --dump-ast`). */
void ward_ast_dump(struct ward_writer *w, const ward_ast *items);

#endif
