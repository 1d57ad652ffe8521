/* hcl_parse.c: the HCL parse driver.
 *
 * Pulls tokens from the re2c lexer, decides which line breaks matter, and
 * pushes the rest into the Lemon parser.  In HCL a line break ends an
 * attribute or a block, and separates the members of a multi-line object;
 * inside parentheses, brackets, interpolations and for expressions it is
 * layout.  So a NL token is kept only directly inside a body or an object
 * brace (or at the top level), and even there it is dropped:
 *  - after another line break, the start of the file, or a token that
 *    cannot end an item (`{`, `,`, `=`, `:`, `?`, `=>`, an operator, `.`);
 *  - before a token that cannot start one (`}`, `?`, `:`, an operator, `.`),
 *    so that a long conditional may continue on the next line.
 * A keyword directly followed by `=` is an attribute name (`in = 1`).
 * Parsing stops at the first error: a file is read whole or not at all. */
#include "hcl_ast.h"
#include "hcl_parse.h"
#include "../../base/alloc.h"

#include <stdlib.h>
#include <string.h>

void *WardHclParseAlloc(void *(*mallocProc)(size_t), ward_hparse_ctx *ctx);
void WardHclParseFree(void *p, void (*freeProc)(void *));
void WardHclParse(void *p, int kind, ward_htoken tok);

enum { MAX_NEST = 512 };

typedef struct driver {
    ward_hlexer lx;
    ward_htoken look;
    int have_look;
    int prev;                 /* kind of the last token pushed; -1 at the start */
    char stack[MAX_NEST];     /* open brackets: { f(or-object) ( [ i(nterpolation) */
    int depth;
    int failed;
} driver;

static const char *token_desc(int kind)
{
    switch (kind) {
    case 0: return "end of file";
    case WARD_HT_NL: return "line break";
    case WARD_HT_NUMBER: return "number";
    case WARD_HT_OQUOTE: case WARD_HT_TLIT: case WARD_HT_HEREDOC: return "string";
    case WARD_HT_CQUOTE: return "end of string";
    case WARD_HT_HEREDOC_END: return "end of heredoc";
    case WARD_HT_TINTERP: return "'${'";
    case WARD_HT_TDIR: return "'%{'";
    case WARD_HT_TEND: return "'}'";
    default: return NULL;
    }
}

void ward_hparse_syntax_error(ward_hparse_ctx *ctx, const ward_htoken *t)
{
    if (ctx->failed)
        return;
    ctx->failed = 1;
    const char *desc = token_desc(t->kind);
    ward_span sp = t->span;
    uint32_t n = sp.end - sp.start;
    if (desc)
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected %s", desc);
    else if (t->kind == WARD_HT_IDENT)
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected identifier '%.*s'", (int)(n > 40 ? 40 : n),
                      ctx->text + sp.start);
    else
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected '%.*s'", (int)(n > 40 ? 40 : n),
                      ctx->text + sp.start);
}

void ward_hparse_overflow(ward_hparse_ctx *ctx)
{
    if (!ctx->overflow && !ctx->failed)
        ward_diag_add(ctx->diags, WARD_D_DOC_DEPTH, ward_span_make(ctx->file, 0, 0), "HCL file nested too deeply");
    ctx->overflow = 1;
    ctx->failed = 1;
}

/* The next token from the lexer; a lexical error ends the parse. */
static int raw(driver *d, ward_htoken *t)
{
    if (d->have_look) {
        *t = d->look;
        d->have_look = 0;
        return t->kind;
    }
    int k = ward_hlex_next(&d->lx, t);
    if (k == WARD_HLEX_ERROR) {
        d->failed = 1;
        k = 0;
    }
    t->kind = k;
    return k;
}

static const ward_htoken *peek(driver *d)
{
    if (!d->have_look) {
        raw(d, &d->look);
        d->have_look = 1;
    }
    return &d->look;
}

static int is_keyword(int k)
{
    switch (k) {
    case WARD_HT_FOR: case WARD_HT_IN: case WARD_HT_IF: case WARD_HT_ELSE: case WARD_HT_ENDIF:
    case WARD_HT_ENDFOR: case WARD_HT_TRUE: case WARD_HT_FALSE: case WARD_HT_NULL:
        return 1;
    default:
        return 0;
    }
}

static int is_binop(int k)
{
    switch (k) {
    case WARD_HT_OR: case WARD_HT_AND: case WARD_HT_EQ: case WARD_HT_NE: case WARD_HT_LT: case WARD_HT_LE:
    case WARD_HT_GT: case WARD_HT_GE: case WARD_HT_PLUS: case WARD_HT_MINUS: case WARD_HT_STAR:
    case WARD_HT_SLASH: case WARD_HT_PERCENT:
        return 1;
    default:
        return 0;
    }
}

/* A line break after this token continues the item. */
static int drop_after(int k)
{
    if (is_binop(k))
        return 1;
    switch (k) {
    case -1: case WARD_HT_NL: case WARD_HT_LBRACE: case WARD_HT_COMMA: case WARD_HT_COLON:
    case WARD_HT_QUESTION: case WARD_HT_ASSIGN: case WARD_HT_ARROW: case WARD_HT_DOT: case WARD_HT_NOT:
    case WARD_HT_DCOLON:
        return 1;
    default:
        return 0;
    }
}

/* A line break before this token continues the item. */
static int drop_before(int k)
{
    if (is_binop(k) && k != WARD_HT_MINUS)
        return 1;
    switch (k) {
    case WARD_HT_RBRACE: case WARD_HT_QUESTION: case WARD_HT_COLON: case WARD_HT_DOT: case WARD_HT_DOTSTAR:
    case WARD_HT_ARROW:
        return 1;
    default:
        return 0;
    }
}

/* Tracks brackets; returns -1 when nesting is too deep. */
static int track(driver *d, int k)
{
    char open = 0;
    switch (k) {
    case WARD_HT_LPAREN: open = '('; break;
    case WARD_HT_LBRACE: open = peek(d)->kind == WARD_HT_FOR ? 'f' : '{'; break;
    case WARD_HT_LBRACKET: open = '['; break;
    case WARD_HT_TINTERP: case WARD_HT_TDIR: open = 'i'; break;
    case WARD_HT_RPAREN: case WARD_HT_RBRACE: case WARD_HT_RBRACKET: case WARD_HT_TEND:
        if (d->depth > 0)
            d->depth--;
        return 0;
    default:
        return 0;
    }
    if (d->depth >= MAX_NEST)
        return -1;
    d->stack[d->depth++] = open;
    return 0;
}

static int in_body(const driver *d)
{
    return d->depth == 0 || d->stack[d->depth - 1] == '{';
}

/* Whether this line break separates items.  Consumes following breaks. */
static int keep_nl(driver *d)
{
    while (peek(d)->kind == WARD_HT_NL)
        d->have_look = 0;
    if (!in_body(d) || drop_after(d->prev))
        return 0;
    return !drop_before(peek(d)->kind);
}

static void push_token(driver *d, void *p, int k, ward_htoken t)
{
    WardHclParse(p, k, t);
    d->prev = k;
}

static void run(driver *d, void *p, ward_hparse_ctx *ctx, ward_diags *diags)
{
    for (;;) {
        ward_htoken t;
        int k = raw(d, &t);
        if (d->failed)
            break;
        if (k == WARD_HT_NL && !keep_nl(d))
            continue;
        if (d->failed)
            break;
        if (is_keyword(k) && peek(d)->kind == WARD_HT_ASSIGN)
            t.kind = k = WARD_HT_IDENT;
        if (track(d, k) != 0) {
            ward_diag_add(diags, WARD_D_DOC_DEPTH, t.span, "HCL file nested too deeply");
            d->failed = 1;
            break;
        }
        if (k == 0 && d->prev != WARD_HT_NL && d->prev != -1) {
            ward_htoken nl = t;
            nl.kind = WARD_HT_NL;
            push_token(d, p, WARD_HT_NL, nl);
        }
        push_token(d, p, k, t);
        if (ctx->failed || k == 0)
            break;
    }
}

int ward_hcl_parse(const ward_sources *src, uint32_t file, ward_arena *arena, ward_diags *diags, ward_hnode **out)
{
    *out = NULL;
    const ward_source *f = ward_sources_get(src, file);
    if (!f)
        return -1;
    ward_hparse_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.arena = arena;
    ctx.file = file;
    ctx.diags = diags;
    ctx.text = f->text;
    driver *d = ward_calloc(1, sizeof *d);
    void *p = d ? WardHclParseAlloc(ward_malloc, &ctx) : NULL;
    if (!p) {
        ward_free(d);
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory");
        return -1;
    }
    size_t before = diags->errors;
    ward_hlex_init(&d->lx, f->text, f->len, file, arena, diags);
    d->prev = -1;
    run(d, p, &ctx, diags);
    WardHclParseFree(p, ward_free);
    ward_free(d);
    if (ctx.oom && diags->errors == before)
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory");
    if (diags->errors != before || ctx.failed)
        return -1;
    *out = ctx.items.head;
    return 0;
}
