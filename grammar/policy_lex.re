/* policy_lex.re: the policy language lexer (re2c).
 *
 * Returns Lemon token codes from the generated policy_parse.h.  Uses the
 * bounds-checked sentinel method (re2c:eof) so a NUL byte inside a file is a
 * character, not the end.  Strings with `{expr}` interpolations are split
 * into TMPL_HEAD / TMPL_MID / TMPL_TAIL pieces around ordinary tokens; a
 * small stack counts braces so `{` inside an interpolation nests. */
#include "syntax/lexer.h"
#include "policy_parse.h"

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

void ward_lexer_init(ward_lexer *lx, const char *text, size_t len, uint32_t file, ward_arena *arena,
                     ward_diags *diags)
{
    memset(lx, 0, sizeof *lx);
    lx->base = lx->cur = lx->tok = text;
    lx->lim = text + len;   /* text[len] must be NUL (ward_sources guarantees it) */
    lx->file = file;
    lx->arena = arena;
    lx->diags = diags;
}

static ward_span tok_span(const ward_lexer *lx)
{
    return ward_span_make(lx->file, (uint32_t)(lx->tok - lx->base), (uint32_t)(lx->cur - lx->base));
}

static int error_at(ward_lexer *lx, ward_diag_code code, const char *p, const char *msg)
{
    uint32_t off = (uint32_t)(p - lx->base);
    ward_diag_add(lx->diags, code, ward_span_make(lx->file, off, off + 1), "%s", msg);
    return WARD_LEX_ERROR;
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

/* Scans string text from lx->cur up to the closing quote or an interpolation
 * `{`.  `first` says whether this piece opened the string.  Returns the token
 * kind: STRING, TMPL_HEAD, TMPL_MID or TMPL_TAIL. */
static int lex_string_piece(ward_lexer *lx, ward_token *t, int first)
{
    strbuf b = {NULL, 0, 0, lx->arena};
    sb_put(&b, "", 0);
    for (;;) {
        const char *s = lx->cur;
        /*!re2c
            ["] {
                t->str = b.p ? b.p : "";
                t->len = (uint32_t)b.n;
                t->span = tok_span(lx);
                return first ? WARD_TOK_STRING : WARD_TOK_TMPL_TAIL;
            }
            "{" {
                if (lx->ntmpl >= WARD_LEX_MAX_TMPL)
                    return error_at(lx, WARD_D_PARSE_DEPTH, s, "string interpolations nested too deeply");
                lx->tmpl_braces[lx->ntmpl++] = 0;
                t->str = b.p ? b.p : "";
                t->len = (uint32_t)b.n;
                t->span = tok_span(lx);
                return first ? WARD_TOK_TMPL_HEAD : WARD_TOK_TMPL_MID;
            }
            "\\n"  { sb_put(&b, "\n", 1); continue; }
            "\\t"  { sb_put(&b, "\t", 1); continue; }
            "\\r"  { sb_put(&b, "\r", 1); continue; }
            "\\" ["\\{}] { sb_put(&b, s + 1, 1); continue; }
            "\\u" [0-9a-fA-F]{4} { sb_utf8(&b, strtoul(s + 2, NULL, 16)); continue; }
            "\\" [^\x00] {
                /* Report and go on with the string, so one bad escape is one error. */
                error_at(lx, WARD_D_LEX_BAD_ESCAPE, s, "invalid escape sequence in string");
                continue;
            }
            "\\" { error_at(lx, WARD_D_LEX_BAD_ESCAPE, s, "invalid escape sequence in string"); continue; }
            [^"{\\\x00]+ { sb_put(&b, s, (size_t)(lx->cur - s)); continue; }
            [\x00] { sb_put(&b, "\0", 1); continue; }
            $ {
                lx->ntmpl = 0;
                return error_at(lx, WARD_D_LEX_UNTERMINATED, lx->tok, "unterminated string");
            }
        */
    }
}

/* ---- tokens ------------------------------------------------------------- */

static int keyword(const char *s, size_t n)
{
    static const struct { const char *w; int tok; } kw[] = {
        {"import", WARD_TOK_IMPORT}, {"param", WARD_TOK_PARAM}, {"let", WARD_TOK_LET},
        {"func", WARD_TOK_FUNC},     {"rule", WARD_TOK_RULE},   {"on", WARD_TOK_ON},
        {"as", WARD_TOK_AS},         {"when", WARD_TOK_WHEN},   {"expect", WARD_TOK_EXPECT},
        {"fail", WARD_TOK_FAIL},     {"if", WARD_TOK_IF},       {"else", WARD_TOK_ELSE},
        {"for", WARD_TOK_FOR},       {"in", WARD_TOK_IN},       {"not", WARD_TOK_NOT},
        {"and", WARD_TOK_AND},       {"or", WARD_TOK_OR},       {"true", WARD_TOK_TRUE},
        {"false", WARD_TOK_FALSE},   {"null", WARD_TOK_NULL},   {"any", WARD_TOK_ANY},
        {"all", WARD_TOK_ALL},       {"none", WARD_TOK_NONE},   {"count", WARD_TOK_COUNT},
        {"filter", WARD_TOK_FILTER}, {"at", WARD_TOK_AT},         {"then", WARD_TOK_THEN},
        {"unknown", WARD_TOK_UNKNOWN}, {"severity", WARD_TOK_SEVERITY},
    };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if (strlen(kw[i].w) == n && memcmp(kw[i].w, s, n) == 0)
            return kw[i].tok;
    return WARD_TOK_IDENT;
}

static int lex_ident(ward_lexer *lx, ward_token *t)
{
    size_t n = (size_t)(lx->cur - lx->tok);
    t->str = ward_arena_strndup(lx->arena, lx->tok, n);
    t->len = (uint32_t)n;
    t->span = tok_span(lx);
    return keyword(lx->tok, n);
}

/* After `rule`, an id such as AZAI-ACC-001 is one token (dashes allowed). */
static int lex_ruleid(ward_lexer *lx, ward_token *t)
{
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
            [ \t\r\n]+ | "#" [^\n\x00]* { continue; }
            [A-Za-z_][A-Za-z0-9_.]* ("-" [A-Za-z0-9_.]+)* {
                size_t n = (size_t)(lx->cur - lx->tok);
                t->str = ward_arena_strndup(lx->arena, lx->tok, n);
                t->len = (uint32_t)n;
                t->span = tok_span(lx);
                return WARD_TOK_RULEID;
            }
            * { lx->cur = lx->tok; return 0; }
            $ { lx->cur = lx->tok; return 0; }
        */
    }
}

static int simple(ward_lexer *lx, ward_token *t, int kind)
{
    t->span = tok_span(lx);
    return kind;
}

int ward_lex_next(ward_lexer *lx, ward_token *t)
{
    memset(t, 0, sizeof *t);
    t->str = "";
    if (lx->want_ruleid) {
        lx->want_ruleid = 0;
        int k = lex_ruleid(lx, t);
        if (k)
            return k;
    }
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
            [ \t\r\n]+ { continue; }
            "#" [^\n\x00]* { continue; }
            "\xEF\xBB\xBF" { if (lx->tok == lx->base) continue; return error_at(lx, WARD_D_LEX_BAD_CHAR, lx->tok, "unexpected byte order mark"); }

            [0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)? {
                t->num = strtod(ward_arena_strndup(lx->arena, lx->tok, (size_t)(lx->cur - lx->tok)), NULL);
                return simple(lx, t, WARD_TOK_NUMBER);
            }
            [0-9]+ [A-Za-z_]+ { return error_at(lx, WARD_D_LEX_BAD_NUMBER, lx->tok, "invalid number"); }
            [A-Za-z_][A-Za-z0-9_]* { return lex_ident(lx, t); }
            ["] {
                int k = lex_string_piece(lx, t, 1);
                if (k != WARD_LEX_ERROR)
                    t->span = tok_span(lx);
                return k;
            }

            "{" {
                if (lx->ntmpl)
                    lx->tmpl_braces[lx->ntmpl - 1]++;
                return simple(lx, t, WARD_TOK_LBRACE);
            }
            "}" {
                if (lx->ntmpl && lx->tmpl_braces[lx->ntmpl - 1] == 0) {
                    /* closes an interpolation: the string continues */
                    lx->ntmpl--;
                    int k = lex_string_piece(lx, t, 0);
                    if (k != WARD_LEX_ERROR)
                        t->span = tok_span(lx);
                    return k;
                }
                if (lx->ntmpl)
                    lx->tmpl_braces[lx->ntmpl - 1]--;
                return simple(lx, t, WARD_TOK_RBRACE);
            }
            "("  { return simple(lx, t, WARD_TOK_LPAREN); }
            ")"  { return simple(lx, t, WARD_TOK_RPAREN); }
            "["  { return simple(lx, t, WARD_TOK_LBRACKET); }
            "]"  { return simple(lx, t, WARD_TOK_RBRACKET); }
            ","  { return simple(lx, t, WARD_TOK_COMMA); }
            ":"  { return simple(lx, t, WARD_TOK_COLON); }
            "."  { return simple(lx, t, WARD_TOK_DOT); }
            "??" { return simple(lx, t, WARD_TOK_DEFAULT); }
            "==" { return simple(lx, t, WARD_TOK_EQ); }
            "!=" { return simple(lx, t, WARD_TOK_NE); }
            "<=" { return simple(lx, t, WARD_TOK_LE); }
            ">=" { return simple(lx, t, WARD_TOK_GE); }
            "<"  { return simple(lx, t, WARD_TOK_LT); }
            ">"  { return simple(lx, t, WARD_TOK_GT); }
            "="  { return simple(lx, t, WARD_TOK_ASSIGN); }
            "+"  { return simple(lx, t, WARD_TOK_PLUS); }
            "-"  { return simple(lx, t, WARD_TOK_MINUS); }
            "*"  { return simple(lx, t, WARD_TOK_STAR); }
            "/"  { return simple(lx, t, WARD_TOK_SLASH); }
            "%"  { return simple(lx, t, WARD_TOK_PERCENT); }
            $ { t->span = tok_span(lx); return 0; }
            * {
                /* one diagnostic per character, not per byte of a UTF-8 sequence */
                while (lx->cur < lx->lim && ((unsigned char)*lx->cur & 0xC0) == 0x80)
                    lx->cur++;
                return error_at(lx, WARD_D_LEX_BAD_CHAR, lx->tok,
                                (unsigned char)*lx->tok >= 0x80 ? "unexpected non-ASCII character"
                                                                : "unexpected character");
            }
        */
    }
}
