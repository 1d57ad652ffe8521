/* bicep_syntax.h: the Bicep front end's tokens, lexer, syntax tree and parser.
 *
 * Shared by the re2c lexer (grammar/bicep_lex.re), the Lemon grammar
 * (grammar/bicep_parse.y), the tree builders (bicep_ast.c), the parse driver
 * (bicep_parse.c) and the evaluator (bicep_eval.c, bicep_read.c).  Nothing
 * outside src/readers/bicep includes it.
 *
 * The tree is one node type with a kind, a span, an optional text and up to
 * three children plus a sibling link for lists; Bicep's types are kept only as
 * spans (ward checks values, not types).  All nodes live in one arena. */
#ifndef WARD_BICEP_SYNTAX_H
#define WARD_BICEP_SYNTAX_H

#include "../../base/arena.h"
#include "../../base/diag.h"
#include "../../base/source.h"

#include <stdint.h>

/* A token as the lexer hands it over.  `kind` is Lemon's code (WARD_BT_*). */
typedef struct ward_btoken {
    int kind;
    ward_span span;
    const char *str;     /* identifier text or decoded string piece (NUL-terminated) */
    uint32_t len;
    double num;
} ward_btoken;

enum { WARD_BLEX_MAX_INTERP = 32 };
#define WARD_BLEX_ERROR (-1)

typedef struct ward_blexer {
    const char *base, *cur, *lim, *tok, *mar;
    uint32_t file;
    ward_arena *arena;
    ward_diags *diags;
    int ninterp;                              /* open ${ } interpolations */
    int braces[WARD_BLEX_MAX_INTERP];         /* `{` nested inside each */
} ward_blexer;

void ward_blex_init(ward_blexer *lx, const char *text, size_t len, uint32_t file, ward_arena *arena,
                    ward_diags *diags);
/* Next token; 0 at the end.  Errors add a diagnostic and return WARD_BLEX_ERROR. */
int ward_blex_next(ward_blexer *lx, ward_btoken *t);

/* ---- syntax tree --------------------------------------------------------- */

typedef enum ward_bk {
    /* statements */
    WARD_BK_TARGETSCOPE, WARD_BK_METADATA, WARD_BK_PARAM, WARD_BK_VAR, WARD_BK_RESOURCE,
    WARD_BK_MODULE, WARD_BK_OUTPUT, WARD_BK_TYPE, WARD_BK_FUNC, WARD_BK_IMPORT, WARD_BK_EXTENSION,
    WARD_BK_ASSERT, WARD_BK_USING, WARD_BK_EXTENDS,
    /* expressions */
    WARD_BK_STR, WARD_BK_INTERP, WARD_BK_NUM, WARD_BK_BOOL, WARD_BK_NULL, WARD_BK_IDENT,
    WARD_BK_ARRAY, WARD_BK_OBJECT, WARD_BK_MEMBER, WARD_BK_SPREAD, WARD_BK_DOT, WARD_BK_INDEX,
    WARD_BK_CALL, WARD_BK_UNARY, WARD_BK_BINARY, WARD_BK_TERNARY, WARD_BK_LAMBDA, WARD_BK_FOR,
    WARD_BK_IF, WARD_BK_NONNULL, WARD_BK_CHILD, WARD_BK_PAREN,
    /* helpers */
    WARD_BK_TYPEX, WARD_BK_DECORATOR, WARD_BK_NAME, WARD_BK_BAD,
} ward_bk;

/* Operators of UNARY / BINARY nodes. */
typedef enum ward_bop {
    WARD_BOP_NOT, WARD_BOP_NEG, WARD_BOP_PLUS,
    WARD_BOP_OR, WARD_BOP_AND, WARD_BOP_EQ, WARD_BOP_NE, WARD_BOP_EQI, WARD_BOP_NEI, WARD_BOP_LT,
    WARD_BOP_LE, WARD_BOP_GT, WARD_BOP_GE, WARD_BOP_ADD, WARD_BOP_SUB, WARD_BOP_MUL, WARD_BOP_DIV,
    WARD_BOP_MOD, WARD_BOP_COALESCE,
} ward_bop;

/* Node flags. */
enum {
    WARD_BF_EXISTING = 1 << 0,   /* resource ... existing */
    WARD_BF_SAFE = 1 << 1,       /* .? or [?] */
    WARD_BF_IMPORT_ALL = 1 << 2, /* import * as ns */
    WARD_BF_NONE = 1 << 3,       /* using none */
};

typedef struct ward_bnode ward_bnode;
struct ward_bnode {
    uint16_t kind;               /* ward_bk */
    uint16_t op;                 /* ward_bop for UNARY/BINARY */
    uint32_t flags;              /* WARD_BF_* */
    ward_span span;              /* the whole construct */
    ward_span nspan;             /* the name / key token (statements, members, DOT) */
    const char *str;             /* name, key, identifier, decoded string */
    uint32_t len;
    double num;
    ward_bnode *a, *b, *c;       /* children (see bicep_ast.c for each kind) */
    ward_bnode *list;            /* first item of a list child (items, args, members, params) */
    ward_bnode *decos;           /* decorators, in order */
    ward_bnode *next;            /* sibling in a list */
};

/* A list under construction. */
typedef struct ward_blist {
    ward_bnode *head, *tail;
} ward_blist;

typedef struct ward_bbuilder {
    ward_arena *arena;
    uint32_t file;
    ward_blist stmts;
    int oom;
} ward_bbuilder;

/* Parses file `file` into a statement list.  Returns 0, or -1 after adding a
 * located WARD_D_DOC_SYNTAX error (the first one; Bicep files are parsed
 * whole or not at all).  *out is the first statement. */
int ward_bicep_parse(const ward_sources *src, uint32_t file, ward_arena *arena, ward_diags *diags,
                     ward_bnode **out);

#endif
