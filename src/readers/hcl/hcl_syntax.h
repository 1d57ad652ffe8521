/* hcl_syntax.h: the Terraform HCL front end's tokens, lexer, syntax tree and parser.
 *
 * Shared by the re2c lexer (grammar/hcl_lex.re), the Lemon grammar
 * (grammar/hcl_parse.y), the tree builders (hcl_ast.c), the parse driver
 * (hcl_parse.c) and the evaluator (hcl_eval.c, hcl_lib.c, hcl_read.c).
 * Nothing outside src/readers/hcl includes it.
 *
 * The lexer is modal: inside a quoted string or a heredoc it returns
 * template pieces (TLIT, TINTERP `${`, TDIR `%{`), elsewhere ordinary
 * tokens; a stack of open contexts tells which mode applies and which `}`
 * closes an interpolation.  The tree is one node type with a kind, a span
 * and up to four children plus a sibling link for lists. */
#ifndef WARD_HCL_SYNTAX_H
#define WARD_HCL_SYNTAX_H

#include "../../base/arena.h"
#include "../../base/diag.h"
#include "../../base/source.h"

#include <stdint.h>

/* A token as the lexer hands it over.  `kind` is Lemon's code (WARD_HT_*). */
typedef struct ward_htoken {
    int kind;
    ward_span span;
    const char *str;     /* identifier text or decoded literal (NUL-terminated) */
    uint32_t len;
    double num;
} ward_htoken;

enum { WARD_HLEX_MAX_NEST = 256 };
#define WARD_HLEX_ERROR (-1)

/* One open context of the lexer. */
typedef struct ward_hlctx {
    char kind;           /* '{' '(' '[' brackets, 'i' ${ }, 'd' %{ }, 'q' "...", 'h' heredoc */
    const char *marker;  /* heredoc end marker */
    uint32_t mlen;
    uint32_t indent;     /* <<- heredoc: leading whitespace removed from each line */
    const char *open;    /* where a string or heredoc opened (for 'unterminated' errors) */
} ward_hlctx;

typedef struct ward_hlexer {
    const char *base, *cur, *lim, *tok, *mar;
    uint32_t file;
    ward_arena *arena;
    ward_diags *diags;
    ward_hlctx stack[WARD_HLEX_MAX_NEST];
    int depth;
    int strip_next;      /* a `~}` asked to trim the next literal's leading whitespace */
} ward_hlexer;

void ward_hlex_init(ward_hlexer *lx, const char *text, size_t len, uint32_t file, ward_arena *arena,
                    ward_diags *diags);
/* Next token; 0 at the end.  Errors add a diagnostic and return WARD_HLEX_ERROR. */
int ward_hlex_next(ward_hlexer *lx, ward_htoken *t);

/* ---- syntax tree --------------------------------------------------------- */

typedef enum ward_hk {
    /* body items */
    WARD_HK_ATTR, WARD_HK_BLOCK, WARD_HK_LABEL,
    /* expressions */
    WARD_HK_NUM, WARD_HK_STR, WARD_HK_TEMPLATE, WARD_HK_INTERP, WARD_HK_TIF, WARD_HK_TFOR,
    WARD_HK_BOOL, WARD_HK_NULL, WARD_HK_VAR, WARD_HK_GETATTR, WARD_HK_INDEX, WARD_HK_SPLAT,
    WARD_HK_SELF, WARD_HK_CALL, WARD_HK_TUPLE, WARD_HK_OBJECT, WARD_HK_ITEM, WARD_HK_FOR,
    WARD_HK_UNARY, WARD_HK_BINARY, WARD_HK_COND, WARD_HK_PAREN,
} ward_hk;

typedef enum ward_hop {
    WARD_HOP_NOT, WARD_HOP_NEG,
    WARD_HOP_OR, WARD_HOP_AND, WARD_HOP_EQ, WARD_HOP_NE, WARD_HOP_LT, WARD_HOP_LE, WARD_HOP_GT,
    WARD_HOP_GE, WARD_HOP_ADD, WARD_HOP_SUB, WARD_HOP_MUL, WARD_HOP_DIV, WARD_HOP_MOD,
} ward_hop;

enum {
    WARD_HF_FULL = 1 << 0,     /* SPLAT: [*] (every traversal continues it), else .* */
    WARD_HF_EXPAND = 1 << 1,   /* CALL: last argument followed by `...` */
    WARD_HF_GROUP = 1 << 2,    /* FOR: `...` grouping of an object for */
    WARD_HF_OBJFOR = 1 << 3,   /* FOR: {for ...} */
    WARD_HF_CLOSED = 1 << 4,   /* SPLAT: parenthesised, traversals no longer extend it */
};

typedef struct ward_hnode ward_hnode;
struct ward_hnode {
    uint16_t kind;               /* ward_hk */
    uint16_t op;                 /* ward_hop for UNARY/BINARY */
    uint32_t flags;              /* WARD_HF_* */
    ward_span span;              /* the whole construct */
    ward_span nspan;             /* the name token (ATTR, BLOCK, GETATTR) */
    const char *str;             /* name, decoded string, variable, function */
    uint32_t len;
    const char *str2;            /* FOR / TFOR: the value variable (str: the key variable or NULL) */
    uint32_t len2;
    double num;
    ward_hnode *a, *b, *c, *d;   /* children (see hcl_ast.c for each kind) */
    ward_hnode *list;            /* first item of a list child */
    ward_hnode *next;            /* sibling in a list */
};

typedef struct ward_hlist {
    ward_hnode *head, *tail;
} ward_hlist;

/* Parses file `file` into a list of body items.  Returns 0, or -1 after
 * adding a located WARD_D_DOC_SYNTAX error (the first one).  *out is the
 * first item. */
int ward_hcl_parse(const ward_sources *src, uint32_t file, ward_arena *arena, ward_diags *diags,
                   ward_hnode **out);

#endif
