/* hcl_lex.re: the HCL native-syntax lexer (re2c), for Terraform .tf and .tfvars.
 *
 * Returns Lemon token codes from the generated hcl_parse.h.  The lexer is
 * modal: a stack of open contexts (brackets, `${ }` interpolations, `%{ }`
 * directives, quoted strings, heredocs) says whether the next token is an
 * ordinary one (scanned by re2c below) or a piece of template text (scanned
 * by lex_template, a plain loop: template text has few delimiters and its
 * decoding depends on the context).  Newlines are NL tokens; the driver
 * (hcl_parse.c) decides which matter.  A block comment spanning lines
 * counts as one line break.  Strip markers (`${~`, `~}`) trim the
 * whitespace of the neighbouring literal here, so the grammar never sees
 * them.  Uses the bounds-checked sentinel method (re2c:eof). */
#include "hcl_syntax.h"
#include "hcl_parse.h"

#include <stdlib.h>
#include <string.h>

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mar";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
*/

void ward_hlex_init(ward_hlexer *lx, const char *text, size_t len, uint32_t file, ward_arena *arena,
                    ward_diags *diags)
{
    memset(lx, 0, sizeof *lx);
    lx->base = lx->cur = lx->tok = text;
    lx->lim = text + len;   /* text[len] is NUL (ward_sources guarantees it) */
    lx->file = file;
    lx->arena = arena;
    lx->diags = diags;
}

static ward_span tok_span(const ward_hlexer *lx)
{
    return ward_span_make(lx->file, (uint32_t)(lx->tok - lx->base), (uint32_t)(lx->cur - lx->base));
}

static int error_at(ward_hlexer *lx, ward_diag_code code, const char *p, const char *msg)
{
    uint32_t off = (uint32_t)(p - lx->base);
    uint32_t end = p < lx->lim ? off + 1 : off;
    ward_diag_add(lx->diags, code, ward_span_make(lx->file, off, end), "%s", msg);
    lx->cur = lx->lim;
    return WARD_HLEX_ERROR;
}

static int push(ward_hlexer *lx, char kind)
{
    if (lx->depth >= WARD_HLEX_MAX_NEST)
        return error_at(lx, WARD_D_DOC_DEPTH, lx->tok, "HCL file nested too deeply");
    ward_hlctx *c = &lx->stack[lx->depth++];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->open = lx->tok;
    return 0;
}

static char top(const ward_hlexer *lx)
{
    return lx->depth ? lx->stack[lx->depth - 1].kind : 0;
}

/* Pops a bracket context when `kind` is on top (a stray closer is left to the parser). */
static void pop_if(ward_hlexer *lx, char kind)
{
    if (top(lx) == kind)
        lx->depth--;
}

/* ---- template text -------------------------------------------------------- */

typedef struct strbuf {
    char *p;
    size_t n, cap;
    ward_arena *arena;
} strbuf;

static void sb_put(strbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 64) + n;
        char *np = ward_arena_alloc(b->arena, cap);
        if (!np)
            return;
        if (b->n)
            memcpy(np, b->p, b->n);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void sb_utf8(strbuf *b, unsigned long cp)
{
    char u[4];
    size_t n;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    sb_put(b, u, n);
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A heredoc's closing line at p (a line start): optional blanks, the marker, end of line. */
static const char *marker_line(const ward_hlexer *lx, const ward_hlctx *c, const char *p)
{
    while (p < lx->lim && (*p == ' ' || *p == '\t'))
        p++;
    if ((size_t)(lx->lim - p) < c->mlen || memcmp(p, c->marker, c->mlen) != 0)
        return NULL;
    const char *e = p + c->mlen;
    if (e == lx->lim || *e == '\n' || (*e == '\r' && e + 1 < lx->lim && e[1] == '\n'))
        return e;
    return NULL;
}

/* <<- heredocs: skips up to c->indent blanks at a line start. */
static void skip_indent(ward_hlexer *lx, const ward_hlctx *c)
{
    for (uint32_t i = 0; i < c->indent && lx->cur < lx->lim && (*lx->cur == ' ' || *lx->cur == '\t'); i++)
        lx->cur++;
}

/* A backslash escape in a quoted template; returns -1 when invalid. */
static int escape(ward_hlexer *lx, strbuf *b)
{
    const char *s = lx->cur;
    char c = s + 1 < lx->lim ? s[1] : 0;
    switch (c) {
    case 'n': sb_put(b, "\n", 1); break;
    case 'r': sb_put(b, "\r", 1); break;
    case 't': sb_put(b, "\t", 1); break;
    case '"': sb_put(b, "\"", 1); break;
    case '\\': sb_put(b, "\\", 1); break;
    case 'u': case 'U': {
        int n = c == 'u' ? 4 : 8;
        unsigned long cp = 0;
        if (lx->lim - s < 2 + n)
            return -1;
        for (int i = 0; i < n; i++) {
            int h = hexval(s[2 + i]);
            if (h < 0)
                return -1;
            cp = cp * 16 + (unsigned long)h;
        }
        sb_utf8(b, cp);
        lx->cur = s + 2 + n;
        return 0;
    }
    default:
        return -1;
    }
    lx->cur = s + 2;
    return 0;
}

static void trim_tail(strbuf *b)
{
    while (b->n && is_ws(b->p[b->n - 1]))
        b->p[--b->n] = 0;
}

static int literal(ward_hlexer *lx, ward_htoken *t, strbuf *b)
{
    t->str = b->p ? b->p : "";
    t->len = (uint32_t)b->n;
    t->span = tok_span(lx);
    return WARD_HT_TLIT;
}

/* `${` or `%{` at lx->cur: opens an interpolation or a directive. */
static int open_part(ward_hlexer *lx, ward_htoken *t)
{
    int interp = *lx->cur == '$';
    lx->cur += 2;
    if (lx->cur < lx->lim && *lx->cur == '~')
        lx->cur++;
    if (push(lx, interp ? 'i' : 'd') != 0)
        return WARD_HLEX_ERROR;
    t->span = tok_span(lx);
    return interp ? WARD_HT_TINTERP : WARD_HT_TDIR;
}

static int unterminated(ward_hlexer *lx, const ward_hlctx *c)
{
    return error_at(lx, WARD_D_DOC_SYNTAX, c->open, c->kind == 'q' ? "unterminated string" : "unterminated heredoc");
}

/* Template text up to the next delimiter of the innermost string or heredoc. */
static int lex_template(ward_hlexer *lx, ward_htoken *t)
{
    ward_hlctx *c = &lx->stack[lx->depth - 1];
    strbuf b = {NULL, 0, 0, lx->arena};
    int have = 0;
    sb_put(&b, "", 0);
    if (c->kind == 'h' && (lx->cur == lx->base || lx->cur[-1] == '\n')) {
        const char *e = marker_line(lx, c, lx->cur);
        if (e) {
            while (*lx->cur == ' ' || *lx->cur == '\t')
                lx->cur++;
            lx->tok = lx->cur;
            lx->cur = e;
            lx->depth--;
            lx->strip_next = 0;
            t->span = tok_span(lx);
            return WARD_HT_HEREDOC_END;
        }
        skip_indent(lx, c);
    }
    if (lx->strip_next) {
        while (lx->cur < lx->lim && is_ws(*lx->cur) &&
               !(c->kind == 'h' && *lx->cur == '\n' && lx->cur + 1 <= lx->lim && marker_line(lx, c, lx->cur + 1)))
            lx->cur++;
        lx->strip_next = 0;
    }
    lx->tok = lx->cur;
    for (;;) {
        if (lx->cur >= lx->lim)
            return unterminated(lx, c);
        char ch = *lx->cur;
        const char *nx = lx->cur + 1;
        if (c->kind == 'q' && ch == '"') {
            if (have)
                return literal(lx, t, &b);
            lx->cur++;
            lx->depth--;
            t->span = tok_span(lx);
            return WARD_HT_CQUOTE;
        }
        if (c->kind == 'q' && ch == '\n')
            return error_at(lx, WARD_D_DOC_SYNTAX, c->open, "unterminated string (a line break ends it; use a heredoc for multi-line text)");
        if ((ch == '$' || ch == '%') && nx < lx->lim && *nx == '{') {
            if (have) {
                if (nx + 1 < lx->lim && nx[1] == '~')
                    trim_tail(&b);
                return literal(lx, t, &b);
            }
            return open_part(lx, t);
        }
        if ((ch == '$' || ch == '%') && nx + 1 < lx->lim && *nx == ch && nx[1] == '{') {
            sb_put(&b, lx->cur + 1, 2);   /* $${ and %%{ are the literal text ${ and %{ */
            lx->cur += 3;
        } else if (c->kind == 'q' && ch == '\\') {
            if (escape(lx, &b) != 0)
                return error_at(lx, WARD_D_DOC_SYNTAX, lx->cur, "invalid escape sequence in string");
        } else if (c->kind == 'h' && ch == '\n') {
            sb_put(&b, "\n", 1);
            lx->cur++;
            have = 1;
            if (marker_line(lx, c, lx->cur))
                return literal(lx, t, &b);
            skip_indent(lx, c);
            continue;
        } else {
            sb_put(&b, lx->cur, 1);
            lx->cur++;
        }
        have = 1;
    }
}

/* After `<<MARK` or `<<-MARK` and its line break: the heredoc context. */
static int open_heredoc(ward_hlexer *lx, ward_htoken *t)
{
    const char *p = lx->tok + 2;
    int indented = *p == '-';
    if (indented)
        p++;
    const char *m = p;
    while (p < lx->cur && *p != '\r' && *p != '\n')
        p++;
    if (push(lx, 'h') != 0)
        return WARD_HLEX_ERROR;
    ward_hlctx *c = &lx->stack[lx->depth - 1];
    c->marker = m;
    c->mlen = (uint32_t)(p - m);
    if (indented) {
        uint32_t min = UINT32_MAX;
        for (const char *q = lx->cur; q < lx->lim && !marker_line(lx, c, q);) {
            uint32_t n = 0;
            while (q + n < lx->lim && (q[n] == ' ' || q[n] == '\t'))
                n++;
            if (q + n < lx->lim && q[n] != '\n' && q[n] != '\r' && n < min)
                min = n;
            while (q < lx->lim && *q != '\n')
                q++;
            if (q < lx->lim)
                q++;
        }
        c->indent = min == UINT32_MAX ? 0 : min;
    }
    t->span = tok_span(lx);
    return WARD_HT_HEREDOC;
}

/* ---- ordinary tokens ------------------------------------------------------ */

static int keyword(const char *s, size_t n)
{
    static const struct { const char *w; int tok; } kw[] = {
        {"for", WARD_HT_FOR},     {"in", WARD_HT_IN},       {"if", WARD_HT_IF},
        {"else", WARD_HT_ELSE},   {"endif", WARD_HT_ENDIF}, {"endfor", WARD_HT_ENDFOR},
        {"true", WARD_HT_TRUE},   {"false", WARD_HT_FALSE}, {"null", WARD_HT_NULL},
    };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if (strlen(kw[i].w) == n && memcmp(kw[i].w, s, n) == 0)
            return kw[i].tok;
    return WARD_HT_IDENT;
}

static int simple(ward_hlexer *lx, ward_htoken *t, int kind)
{
    t->span = tok_span(lx);
    return kind;
}

static int opener(ward_hlexer *lx, ward_htoken *t, char kind, int tok)
{
    if (push(lx, kind) != 0)
        return WARD_HLEX_ERROR;
    return simple(lx, t, tok);
}

static int close_brace(ward_hlexer *lx, ward_htoken *t, int strip)
{
    char k = top(lx);
    if (k == 'i' || k == 'd') {
        lx->depth--;
        lx->strip_next = strip;
        return simple(lx, t, WARD_HT_TEND);
    }
    if (strip)
        return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unexpected '~'");
    pop_if(lx, '{');
    return simple(lx, t, WARD_HT_RBRACE);
}

static int block_comment(ward_hlexer *lx, ward_htoken *t)
{
    int lines = 0;
    for (const char *p = lx->cur; p + 1 < lx->lim; p++) {
        if (*p == '\n')
            lines = 1;
        if (p[0] == '*' && p[1] == '/') {
            lx->cur = p + 2;
            return lines ? simple(lx, t, WARD_HT_NL) : 0;
        }
    }
    return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unterminated comment");
}

int ward_hlex_next(ward_hlexer *lx, ward_htoken *t)
{
    memset(t, 0, sizeof *t);
    t->str = "";
    char k = top(lx);
    if (k == 'q' || k == 'h')
        return lex_template(lx, t);
    lx->strip_next = 0;
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
            [ \t\r]+ { continue; }
            ("#" | "//") [^\n\x00]* { continue; }
            "/*" {
                int r = block_comment(lx, t);
                if (r)
                    return r;
                continue;
            }
            "\n" { return simple(lx, t, WARD_HT_NL); }
            "\xEF\xBB\xBF" {
                if (lx->tok == lx->base)
                    continue;
                return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unexpected byte order mark");
            }
            [0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)? {
                t->num = strtod(ward_arena_strndup(lx->arena, lx->tok, (size_t)(lx->cur - lx->tok)), NULL);
                return simple(lx, t, WARD_HT_NUMBER);
            }
            [A-Za-z_][A-Za-z0-9_-]* {
                size_t n = (size_t)(lx->cur - lx->tok);
                t->str = ward_arena_strndup(lx->arena, lx->tok, n);
                t->len = (uint32_t)n;
                return simple(lx, t, keyword(lx->tok, n));
            }
            "<<" "-"? [A-Za-z_][A-Za-z0-9_-]* "\r"? "\n" { return open_heredoc(lx, t); }
            ["] { return opener(lx, t, 'q', WARD_HT_OQUOTE); }
            "{" { return opener(lx, t, '{', WARD_HT_LBRACE); }
            "}" { return close_brace(lx, t, 0); }
            "~}" { return close_brace(lx, t, 1); }
            "(" { return opener(lx, t, '(', WARD_HT_LPAREN); }
            ")" { pop_if(lx, '('); return simple(lx, t, WARD_HT_RPAREN); }
            "[" [ \t]* "*" [ \t]* "]" { return simple(lx, t, WARD_HT_LSPLAT); }
            "[" { return opener(lx, t, '[', WARD_HT_LBRACKET); }
            "]" { pop_if(lx, '['); return simple(lx, t, WARD_HT_RBRACKET); }
            ","   { return simple(lx, t, WARD_HT_COMMA); }
            "::"  { return simple(lx, t, WARD_HT_DCOLON); }
            ":"   { return simple(lx, t, WARD_HT_COLON); }
            "..." { return simple(lx, t, WARD_HT_ELLIPSIS); }
            ".*"  { return simple(lx, t, WARD_HT_DOTSTAR); }
            "."   { return simple(lx, t, WARD_HT_DOT); }
            "?"   { return simple(lx, t, WARD_HT_QUESTION); }
            "||"  { return simple(lx, t, WARD_HT_OR); }
            "&&"  { return simple(lx, t, WARD_HT_AND); }
            "=="  { return simple(lx, t, WARD_HT_EQ); }
            "!="  { return simple(lx, t, WARD_HT_NE); }
            "=>"  { return simple(lx, t, WARD_HT_ARROW); }
            "<="  { return simple(lx, t, WARD_HT_LE); }
            ">="  { return simple(lx, t, WARD_HT_GE); }
            "<"   { return simple(lx, t, WARD_HT_LT); }
            ">"   { return simple(lx, t, WARD_HT_GT); }
            "="   { return simple(lx, t, WARD_HT_ASSIGN); }
            "+"   { return simple(lx, t, WARD_HT_PLUS); }
            "-"   { return simple(lx, t, WARD_HT_MINUS); }
            "*"   { return simple(lx, t, WARD_HT_STAR); }
            "/"   { return simple(lx, t, WARD_HT_SLASH); }
            "%"   { return simple(lx, t, WARD_HT_PERCENT); }
            "!"   { return simple(lx, t, WARD_HT_NOT); }
            $ { t->span = tok_span(lx); return 0; }
            * {
                while (lx->cur < lx->lim && ((unsigned char)*lx->cur & 0xC0) == 0x80)
                    lx->cur++;
                return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok,
                                (unsigned char)*lx->tok >= 0x80 ? "unexpected non-ASCII character"
                                                                : "unexpected character");
            }
        */
    }
}
