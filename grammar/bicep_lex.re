/* bicep_lex.re: the Bicep lexer (re2c).
 *
 * Returns Lemon token codes from the generated bicep_parse.h.  Newlines are
 * tokens (NL): Bicep separates statements and the items of multi-line
 * objects and arrays by line breaks; the driver (bicep_parse.c) decides
 * which of them matter.  A block comment that spans lines counts as one
 * line break.  Strings with `${expr}` interpolations are split into
 * STR_HEAD / STR_MID / STR_TAIL pieces around ordinary tokens; a small stack
 * counts braces so a `{` inside an interpolation nests.  `'''` strings are
 * verbatim (no escapes, no interpolation) and lose one leading line break.
 * Uses the bounds-checked sentinel method (re2c:eof), so a NUL byte inside a
 * file is a character, not the end. */
#include "bicep_syntax.h"
#include "bicep_parse.h"

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

void ward_blex_init(ward_blexer *lx, const char *text, size_t len, uint32_t file, ward_arena *arena,
                    ward_diags *diags)
{
    memset(lx, 0, sizeof *lx);
    lx->base = lx->cur = lx->tok = text;
    lx->lim = text + len;   /* text[len] is NUL (ward_sources guarantees it) */
    lx->file = file;
    lx->arena = arena;
    lx->diags = diags;
}

static ward_span tok_span(const ward_blexer *lx)
{
    return ward_span_make(lx->file, (uint32_t)(lx->tok - lx->base), (uint32_t)(lx->cur - lx->base));
}

static int error_at(ward_blexer *lx, ward_diag_code code, const char *p, const char *msg)
{
    uint32_t off = (uint32_t)(p - lx->base);
    uint32_t end = p < lx->lim ? off + 1 : off;
    ward_diag_add(lx->diags, code, ward_span_make(lx->file, off, end), "%s", msg);
    return WARD_BLEX_ERROR;
}

/* ---- strings ------------------------------------------------------------ */

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
    if (cp > 0x10FFFF)
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

static void set_text(ward_btoken *t, strbuf *b)
{
    t->str = b->p ? b->p : "";
    t->len = (uint32_t)b->n;
}

/* Scans string text from lx->cur up to the closing quote or a `${`.
 * `first` says whether this piece opened the string. */
static int lex_string_piece(ward_blexer *lx, ward_btoken *t, int first)
{
    strbuf b = {NULL, 0, 0, lx->arena};
    sb_put(&b, "", 0);
    for (;;) {
        const char *s = lx->cur;
        /*!re2c
            ['] {
                set_text(t, &b);
                return first ? WARD_BT_STRING : WARD_BT_STR_TAIL;
            }
            "${" {
                if (lx->ninterp >= WARD_BLEX_MAX_INTERP)
                    return error_at(lx, WARD_D_DOC_DEPTH, s, "string interpolations nested too deeply");
                lx->braces[lx->ninterp++] = 0;
                set_text(t, &b);
                return first ? WARD_BT_STR_HEAD : WARD_BT_STR_MID;
            }
            "\\n"  { sb_put(&b, "\n", 1); continue; }
            "\\t"  { sb_put(&b, "\t", 1); continue; }
            "\\r"  { sb_put(&b, "\r", 1); continue; }
            "\\" [\\'$] { sb_put(&b, s + 1, 1); continue; }
            "\\u{" [0-9a-fA-F]{1,6} "}" { sb_utf8(&b, strtoul(s + 3, NULL, 16)); continue; }
            "\\" { return error_at(lx, WARD_D_DOC_SYNTAX, s, "invalid escape sequence in string"); }
            [\n] { return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unterminated string (a line break ends it; use ''' for multi-line strings)"); }
            "$" { sb_put(&b, "$", 1); continue; }
            [^'$\\\n\x00]+ { sb_put(&b, s, (size_t)(lx->cur - s)); continue; }
            [\x00] { sb_put(&b, "\0", 1); continue; }
            $ { return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unterminated string"); }
        */
    }
}

/* A ''' string: everything up to the next ''' verbatim. */
static int lex_multiline(ward_blexer *lx, ward_btoken *t)
{
    const char *s = lx->cur;
    if (s < lx->lim && *s == '\n')
        s++;
    else if (s + 1 < lx->lim && s[0] == '\r' && s[1] == '\n')
        s += 2;
    for (const char *p = s; p + 3 <= lx->lim; p++) {
        if (p[0] == '\'' && p[1] == '\'' && p[2] == '\'') {
            /* ''''' : extra quotes before the closing three belong to the text */
            while (p + 3 < lx->lim && p[3] == '\'')
                p++;
            t->str = ward_arena_strndup(lx->arena, s, (size_t)(p - s));
            t->len = (uint32_t)(p - s);
            lx->cur = p + 3;
            return WARD_BT_STRING;
        }
    }
    lx->cur = lx->lim;
    return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unterminated multi-line string");
}

/* ---- tokens ------------------------------------------------------------- */

static int keyword(const char *s, size_t n)
{
    static const struct { const char *w; int tok; } kw[] = {
        {"targetScope", WARD_BT_TARGETSCOPE}, {"metadata", WARD_BT_METADATA}, {"param", WARD_BT_PARAM},
        {"var", WARD_BT_VAR},       {"resource", WARD_BT_RESOURCE}, {"module", WARD_BT_MODULE},
        {"output", WARD_BT_OUTPUT}, {"type", WARD_BT_TYPE},         {"func", WARD_BT_FUNC},
        {"import", WARD_BT_IMPORT}, {"extension", WARD_BT_EXTENSION}, {"provider", WARD_BT_EXTENSION},
        {"assert", WARD_BT_ASSERT}, {"using", WARD_BT_USING},       {"extends", WARD_BT_EXTENDS},
        {"existing", WARD_BT_EXISTING}, {"if", WARD_BT_IF},         {"for", WARD_BT_FOR},
        {"in", WARD_BT_IN},         {"as", WARD_BT_AS},             {"from", WARD_BT_FROM},
        {"with", WARD_BT_WITH},     {"none", WARD_BT_NONE},         {"true", WARD_BT_TRUE},
        {"false", WARD_BT_FALSE},   {"null", WARD_BT_NULL},
    };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if (strlen(kw[i].w) == n && memcmp(kw[i].w, s, n) == 0)
            return kw[i].tok;
    return WARD_BT_IDENT;
}

static int simple(ward_blexer *lx, ward_btoken *t, int kind)
{
    t->span = tok_span(lx);
    return kind;
}

static int string_token(ward_blexer *lx, ward_btoken *t, int first)
{
    int k = lex_string_piece(lx, t, first);
    if (k != WARD_BLEX_ERROR)
        t->span = tok_span(lx);
    else
        lx->cur = lx->lim;   /* an unterminated string ends the file */
    return k;
}

int ward_blex_next(ward_blexer *lx, ward_btoken *t)
{
    memset(t, 0, sizeof *t);
    t->str = "";
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
            [ \t\r]+ { continue; }
            "//" [^\n\x00]* { continue; }
            "/*" {
                int lines = 0;
                for (const char *p = lx->cur; p + 1 < lx->lim; p++) {
                    if (*p == '\n')
                        lines = 1;
                    if (p[0] == '*' && p[1] == '/') {
                        lx->cur = p + 2;
                        if (lines)
                            return simple(lx, t, WARD_BT_NL);
                        goto next;
                    }
                }
                lx->cur = lx->lim;
                return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unterminated comment");
            }
            "\n" { return simple(lx, t, WARD_BT_NL); }
            "#" [a-z] [a-zA-Z-]* ([ \t] [^\n\x00]*)? { continue; }   /* #disable-next-line and other pragmas */
            "\xEF\xBB\xBF" {
                if (lx->tok == lx->base)
                    continue;
                return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok, "unexpected byte order mark");
            }
            [0-9]+ ("." [0-9]+)? {
                t->num = strtod(ward_arena_strndup(lx->arena, lx->tok, (size_t)(lx->cur - lx->tok)), NULL);
                return simple(lx, t, WARD_BT_NUMBER);
            }
            [A-Za-z_][A-Za-z0-9_]* {
                size_t n = (size_t)(lx->cur - lx->tok);
                t->str = ward_arena_strndup(lx->arena, lx->tok, n);
                t->len = (uint32_t)n;
                return simple(lx, t, keyword(lx->tok, n));
            }
            "'''" { int k = lex_multiline(lx, t); t->span = tok_span(lx); return k; }
            ['] { return string_token(lx, t, 1); }
            "{" {
                if (lx->ninterp)
                    lx->braces[lx->ninterp - 1]++;
                return simple(lx, t, WARD_BT_LBRACE);
            }
            "}" {
                if (lx->ninterp && lx->braces[lx->ninterp - 1] == 0) {
                    lx->ninterp--;   /* closes an interpolation: the string goes on */
                    return string_token(lx, t, 0);
                }
                if (lx->ninterp)
                    lx->braces[lx->ninterp - 1]--;
                return simple(lx, t, WARD_BT_RBRACE);
            }
            "("   { return simple(lx, t, WARD_BT_LPAREN); }
            ")"   { return simple(lx, t, WARD_BT_RPAREN); }
            "[?"  { return simple(lx, t, WARD_BT_LBRACKQ); }
            "["   { return simple(lx, t, WARD_BT_LBRACKET); }
            "]"   { return simple(lx, t, WARD_BT_RBRACKET); }
            ","   { return simple(lx, t, WARD_BT_COMMA); }
            "::"  { return simple(lx, t, WARD_BT_DCOLON); }
            ":"   { return simple(lx, t, WARD_BT_COLON); }
            "..." { return simple(lx, t, WARD_BT_ELLIPSIS); }
            ".?"  { return simple(lx, t, WARD_BT_DOTQ); }
            "."   { return simple(lx, t, WARD_BT_DOT); }
            "@"   { return simple(lx, t, WARD_BT_AT); }
            "??"  { return simple(lx, t, WARD_BT_COALESCE); }
            "?"   { return simple(lx, t, WARD_BT_QUESTION); }
            "||"  { return simple(lx, t, WARD_BT_OR); }
            "&&"  { return simple(lx, t, WARD_BT_AND); }
            "|"   { return simple(lx, t, WARD_BT_PIPE); }
            "=="  { return simple(lx, t, WARD_BT_EQ); }
            "!="  { return simple(lx, t, WARD_BT_NE); }
            "=~"  { return simple(lx, t, WARD_BT_EQI); }
            "!~"  { return simple(lx, t, WARD_BT_NEI); }
            "=>"  { return simple(lx, t, WARD_BT_ARROW); }
            "<="  { return simple(lx, t, WARD_BT_LE); }
            ">="  { return simple(lx, t, WARD_BT_GE); }
            "<"   { return simple(lx, t, WARD_BT_LT); }
            ">"   { return simple(lx, t, WARD_BT_GT); }
            "="   { return simple(lx, t, WARD_BT_ASSIGN); }
            "+"   { return simple(lx, t, WARD_BT_PLUS); }
            "-"   { return simple(lx, t, WARD_BT_MINUS); }
            "*"   { return simple(lx, t, WARD_BT_STAR); }
            "/"   { return simple(lx, t, WARD_BT_SLASH); }
            "%"   { return simple(lx, t, WARD_BT_PERCENT); }
            "!"   { return simple(lx, t, WARD_BT_BANG); }
            $ { t->span = tok_span(lx); return 0; }
            * {
                while (lx->cur < lx->lim && ((unsigned char)*lx->cur & 0xC0) == 0x80)
                    lx->cur++;
                return error_at(lx, WARD_D_DOC_SYNTAX, lx->tok,
                                (unsigned char)*lx->tok >= 0x80 ? "unexpected non-ASCII character"
                                                                : "unexpected character");
            }
        */
    next:;
    }
}
