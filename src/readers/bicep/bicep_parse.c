/* bicep_parse.c: the Bicep parse driver.
 *
 * Pulls tokens from the re2c lexer, decides which line breaks matter, and
 * pushes the rest into the Lemon parser.  Bicep's line breaks end statements
 * and separate the items of multi-line objects and arrays; everywhere else
 * they are layout.  So a NL token is dropped when:
 *  - it is inside parentheses or a string interpolation (multi-line calls);
 *  - it follows another line break, the start of the file, or a token that
 *    cannot end an item (an opening bracket, a comma, a colon, `=`, `=>`, a
 *    binary operator, `.`, `@`, `|`);
 *  - the next token cannot start an item (a closing bracket, `?`, `:`, a
 *    binary operator other than + and -, `.`, `|`, `=>`), so that ternaries
 *    and type unions may continue on the next line.
 * A statement keyword directly followed by `:` is a property name (Cosmos
 * DB's `resource:`), and becomes IDENT.  Parsing stops at the first error:
 * a file is read whole or not at all. */
#include "bicep_ast.h"
#include "bicep_parse.h"

#include <stdlib.h>
#include <string.h>

void *WardBicepParseAlloc(void *(*mallocProc)(size_t), ward_bparse_ctx *ctx);
void WardBicepParseFree(void *p, void (*freeProc)(void *));
void WardBicepParse(void *p, int kind, ward_btoken tok);

enum { MAX_NEST = 512 };

typedef struct driver {
    ward_blexer lx;
    ward_btoken look;
    int have_look;
    int prev;                 /* kind of the last token pushed; -1 at the start */
    char stack[MAX_NEST];     /* open brackets: ( { [ and i for ${ */
    int depth;
    int failed;
} driver;

static const char *token_desc(int kind)
{
    switch (kind) {
    case 0: return "end of file";
    case WARD_BT_NL: return "line break";
    case WARD_BT_IDENT: return "identifier";
    case WARD_BT_NUMBER: return "number";
    case WARD_BT_STRING: case WARD_BT_STR_HEAD: case WARD_BT_STR_MID: case WARD_BT_STR_TAIL: return "string";
    default: return NULL;
    }
}

void ward_bparse_syntax_error(ward_bparse_ctx *ctx, const ward_btoken *t)
{
    if (ctx->failed)
        return;
    ctx->failed = 1;
    const char *desc = token_desc(t->kind);
    ward_span sp = t->span;
    uint32_t n = sp.end - sp.start;
    if (t->kind == 0 || t->kind == WARD_BT_NL)
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected %s", desc);
    else if (t->kind == WARD_BT_IDENT)
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected identifier '%.*s'", (int)(n > 40 ? 40 : n),
                      ctx->text + sp.start);
    else if (desc)
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected %s", desc);
    else
        ward_diag_add(ctx->diags, WARD_D_DOC_SYNTAX, sp, "unexpected '%.*s'", (int)(n > 40 ? 40 : n),
                      ctx->text + sp.start);
}

void ward_bparse_overflow(ward_bparse_ctx *ctx)
{
    if (!ctx->overflow && !ctx->failed)
        ward_diag_add(ctx->diags, WARD_D_DOC_DEPTH, ward_span_make(ctx->builder->file, 0, 0),
                      "Bicep file nested too deeply");
    ctx->overflow = 1;
    ctx->failed = 1;
}

/* The next token from the lexer; a lexical error ends the parse. */
static int raw(driver *d, ward_btoken *t)
{
    if (d->have_look) {
        *t = d->look;
        d->have_look = 0;
        return t->kind;
    }
    int k = ward_blex_next(&d->lx, t);
    if (k == WARD_BLEX_ERROR) {
        d->failed = 1;
        k = 0;
    }
    t->kind = k;
    return k;
}

static const ward_btoken *peek(driver *d)
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
    case WARD_BT_TARGETSCOPE: case WARD_BT_METADATA: case WARD_BT_PARAM: case WARD_BT_VAR:
    case WARD_BT_RESOURCE: case WARD_BT_MODULE: case WARD_BT_OUTPUT: case WARD_BT_TYPE: case WARD_BT_FUNC:
    case WARD_BT_IMPORT: case WARD_BT_EXTENSION: case WARD_BT_ASSERT: case WARD_BT_USING:
    case WARD_BT_EXTENDS: case WARD_BT_EXISTING: case WARD_BT_IF: case WARD_BT_FOR: case WARD_BT_IN:
    case WARD_BT_AS: case WARD_BT_FROM: case WARD_BT_WITH: case WARD_BT_NONE:
        return 1;
    default:
        return 0;
    }
}

static int is_binop(int k)
{
    switch (k) {
    case WARD_BT_COALESCE: case WARD_BT_OR: case WARD_BT_AND: case WARD_BT_EQ: case WARD_BT_NE:
    case WARD_BT_EQI: case WARD_BT_NEI: case WARD_BT_LT: case WARD_BT_LE: case WARD_BT_GT: case WARD_BT_GE:
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
    case -1: case WARD_BT_NL: case WARD_BT_LBRACE: case WARD_BT_LBRACKET: case WARD_BT_LBRACKQ:
    case WARD_BT_LPAREN: case WARD_BT_COMMA: case WARD_BT_COLON: case WARD_BT_DCOLON: case WARD_BT_ASSIGN:
    case WARD_BT_ARROW: case WARD_BT_PLUS: case WARD_BT_MINUS: case WARD_BT_SLASH: case WARD_BT_PERCENT:
    case WARD_BT_DOT: case WARD_BT_DOTQ: case WARD_BT_AT: case WARD_BT_PIPE: case WARD_BT_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* A line break before this token continues the item. */
static int drop_before(int k)
{
    if (is_binop(k))
        return 1;
    switch (k) {
    case 0: case WARD_BT_RBRACE: case WARD_BT_RBRACKET: case WARD_BT_RPAREN: case WARD_BT_QUESTION:
    case WARD_BT_COLON: case WARD_BT_DOT: case WARD_BT_DOTQ: case WARD_BT_PIPE: case WARD_BT_ARROW:
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
    case WARD_BT_LPAREN: open = '('; break;
    case WARD_BT_LBRACE: open = '{'; break;
    case WARD_BT_LBRACKET: case WARD_BT_LBRACKQ: open = '['; break;
    case WARD_BT_STR_HEAD: open = 'i'; break;
    case WARD_BT_RPAREN: case WARD_BT_RBRACE: case WARD_BT_RBRACKET: case WARD_BT_STR_TAIL:
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

static int in_parens(const driver *d)
{
    return d->depth > 0 && (d->stack[d->depth - 1] == '(' || d->stack[d->depth - 1] == 'i');
}

/* Whether this line break separates items.  Consumes following breaks. */
static int keep_nl(driver *d)
{
    while (peek(d)->kind == WARD_BT_NL)
        d->have_look = 0;
    if (in_parens(d) || drop_after(d->prev))
        return 0;
    return !drop_before(peek(d)->kind);
}

int ward_bicep_parse(const ward_sources *src, uint32_t file, ward_arena *arena, ward_diags *diags,
                     ward_bnode **out)
{
    *out = NULL;
    const ward_source *f = ward_sources_get(src, file);
    if (!f)
        return -1;
    ward_bbuilder b = {arena, file, {NULL, NULL}, 0};
    ward_bparse_ctx ctx = {&b, diags, f->text, 0, 0};
    driver *d = calloc(1, sizeof *d);
    void *p = d ? WardBicepParseAlloc(malloc, &ctx) : NULL;
    if (!p) {
        free(d);
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory");
        return -1;
    }
    size_t before = diags->errors;
    ward_blex_init(&d->lx, f->text, f->len, file, arena, diags);
    d->prev = -1;
    for (;;) {
        ward_btoken t;
        int k = raw(d, &t);
        if (d->failed)
            break;
        if (k == WARD_BT_NL && !keep_nl(d))
            continue;
        if (d->failed)
            break;
        if (is_keyword(k) && peek(d)->kind == WARD_BT_COLON)
            t.kind = k = WARD_BT_IDENT;
        if (track(d, k) != 0) {
            ward_diag_add(diags, WARD_D_DOC_DEPTH, t.span, "Bicep file nested too deeply");
            d->failed = 1;
            break;
        }
        if (k == 0 && d->prev != WARD_BT_NL && d->prev != -1) {
            ward_btoken nl = t;
            nl.kind = WARD_BT_NL;
            WardBicepParse(p, WARD_BT_NL, nl);
        }
        WardBicepParse(p, k, t);
        d->prev = k;
        if (ctx.failed || k == 0)
            break;
    }
    WardBicepParseFree(p, free);
    free(d);
    if (b.oom && diags->errors == before)
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory");
    if (diags->errors != before || ctx.failed)
        return -1;
    *out = b.stmts.head;
    return 0;
}
