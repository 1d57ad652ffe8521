/* armexpr.h: the AST of one ARM template expression, its builders (called
 * from the one-line actions of grammar/armexpr_parse.y) and the parse driver.
 *
 * Internal to src/eval.  Offsets are relative to the start of the expression
 * text (the byte after the leading '['); the driver maps them to file spans. */
#ifndef WARD_ARMEXPR_H
#define WARD_ARMEXPR_H

#include "../base/arena.h"
#include "../base/diag.h"
#include "../base/span.h"

#include <stddef.h>
#include <stdint.h>

typedef enum ward_armx_kind {
    WARD_ARMX_CALL,      /* name(args) or ns.name(args) */
    WARD_ARMX_STRING,
    WARD_ARMX_NUMBER,
    WARD_ARMX_BOOL,      /* the identifiers true / false */
    WARD_ARMX_IDENT,     /* any other bare identifier: rejected after parsing */
    WARD_ARMX_MEMBER,    /* base.name */
    WARD_ARMX_INDEX,     /* base[index] */
} ward_armx_kind;

typedef struct ward_armx ward_armx;
struct ward_armx {
    uint8_t kind;
    uint16_t depth;          /* height of this subtree, for the depth limit */
    uint32_t start, end;     /* offsets in the expression text */
    const char *str;         /* call/member/ident name, string value (NUL-terminated) */
    size_t len;
    const char *ns;          /* namespace of a user-defined function call, else NULL */
    size_t nslen;
    double num;              /* NUMBER value; BOOL: 0 or 1 */
    ward_armx *base;         /* MEMBER, INDEX */
    ward_armx *index;        /* INDEX */
    ward_armx **args;        /* CALL */
    size_t nargs;
    ward_armx *next;         /* link while building argument lists */
};

/* A token as Lemon sees it (passed by value). */
typedef struct ward_armx_tok {
    uint32_t start, end;
} ward_armx_tok;

/* An argument list under construction. */
typedef struct ward_armx_list {
    ward_armx *head, *tail;
    size_t n;
} ward_armx_list;

/* Parser state: the %extra_context of the Lemon parser. */
typedef struct ward_armx_parser {
    ward_arena *arena;
    ward_diags *diags;
    const char *text;        /* expression text, NUL-terminated copy */
    size_t len;
    uint32_t file;           /* for diagnostics */
    int32_t base;            /* file offset of text[0], or -1 if offsets do not map */
    ward_span whole;         /* fallback span for diagnostics */
    ward_armx *root;
    int failed;              /* a syntax error was reported */
    int oom;
} ward_armx_parser;

/* Lexer state (re2c). */
typedef struct ward_armx_lexer {
    const char *start;       /* text[0] */
    const char *cur, *mar, *tok, *lim;
} ward_armx_lexer;

/* grammar/armexpr_lex.re: returns a WARD_ATK_* code, 0 at the end, or -1 on
 * a lexical error (tok->start says where, *msg why). */
int ward_armx_lex(ward_armx_lexer *lx, ward_armx_tok *tok, const char **msg);

/* Builders (armexpr.c), one per grammar action.  They never fail loudly:
 * out of memory sets p->oom and returns NULL, which later builders accept. */
ward_armx *ward_armx_string(ward_armx_parser *p, ward_armx_tok t);
ward_armx *ward_armx_number(ward_armx_parser *p, ward_armx_tok t);
ward_armx *ward_armx_ident(ward_armx_parser *p, ward_armx_tok t);
ward_armx *ward_armx_member(ward_armx_parser *p, ward_armx *base, ward_armx_tok name);
ward_armx *ward_armx_index(ward_armx_parser *p, ward_armx *base, ward_armx *index, ward_armx_tok close);
ward_armx *ward_armx_call(ward_armx_parser *p, ward_armx *callee, ward_armx_list *args,
                          ward_armx_tok open, ward_armx_tok close);
ward_armx_list *ward_armx_args(ward_armx_parser *p, ward_armx_list *list, ward_armx *arg);
void ward_armx_root(ward_armx_parser *p, ward_armx *e);
/* Records a located syntax error (first one only). */
void ward_armx_error(ward_armx_parser *p, uint32_t offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Syntax error on token code `major` at `t`; `expected` has bit i set for
 * each token code i the parser would have accepted (from %syntax_error). */
void ward_armx_syntax_error(ward_armx_parser *p, int major, ward_armx_tok t, unsigned expected);

/* Parses `text` (the expression without its brackets).  Returns the root, or
 * NULL with p->failed (a diagnostic was recorded) or p->oom set. */
ward_armx *ward_armx_parse_text(ward_armx_parser *p);

#endif
