/* json_lex.re: the JSON scanner (re2c), for the located JSON reader.
 *
 * Input is one whole buffer ending in a NUL sentinel at YYLIMIT.  The
 * `re2c:eof` mode checks the limit only when it reads the sentinel value, so
 * the hot loops cost one comparison per byte and embedded NUL bytes are seen
 * as bytes, not as the end.  All state lives in ward_json_lexer; while
 * scanning, the cursors are copied into locals (written back on return) so
 * that the compiler keeps them in registers instead of storing the cursor
 * through `lx` at every byte.
 *
 * Strings are scanned by a second block that validates UTF-8 and escape
 * syntax as it goes; the parser can then point a string without escapes
 * straight into the source text.  Surrogate pairing in \u escapes is left to
 * the decoder in json.c, which needs to look at two escapes at once. */
#include "json_lex.h"

#include <stddef.h>
#include <string.h>

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "cur";
    re2c:define:YYMARKER = "mar";
    re2c:define:YYLIMIT = "lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    ws      = [ \t\r\n]+;
    int     = "-"? ("0" | [1-9] [0-9]*);
    number  = int ("." [0-9]+)? ([eE] [+-]? [0-9]+)?;
    // Anything that starts like a number but runs on: "01", "1.", "1e", ".5", "-".
    badnum  = "-"? [0-9.] [0-9a-zA-Z_.+-]* | "-";
    word    = [a-zA-Z_] [a-zA-Z0-9_]*;

    // Well-formed UTF-8 beyond ASCII (no overlongs, no surrogates, <= U+10FFFF).
    u2      = [\xc2-\xdf] [\x80-\xbf];
    u3      = [\xe0] [\xa0-\xbf] [\x80-\xbf]
            | [\xe1-\xec\xee\xef] [\x80-\xbf] [\x80-\xbf]
            | [\xed] [\x80-\x9f] [\x80-\xbf];
    u4      = [\xf0] [\x90-\xbf] [\x80-\xbf] [\x80-\xbf]
            | [\xf1-\xf3] [\x80-\xbf] [\x80-\xbf] [\x80-\xbf]
            | [\xf4] [\x80-\x8f] [\x80-\xbf] [\x80-\xbf];
    // Characters allowed in a string as they are: printable ASCII except '"'
    // and '\', and any well-formed multi-byte sequence.
    plain   = [\x20-\x21\x23-\x5b\x5d-\x7f] | u2 | u3 | u4;
*/

static uint32_t off(const ward_json_lexer *lx, const unsigned char *p)
{
    return (uint32_t)(p - lx->base);
}

static ward_json_tok token(ward_json_lexer *lx, ward_json_token *t, ward_json_tok kind,
                           const unsigned char *tok, const unsigned char *cur)
{
    lx->cur = cur;
    t->kind = kind;
    t->start = off(lx, tok);
    t->end = off(lx, cur);
    t->escaped = 0;
    return kind;
}

static ward_json_tok error(ward_json_lexer *lx, ward_json_token *t, ward_json_lex_error err,
                           const unsigned char *from, const unsigned char *to)
{
    lx->cur = to;
    lx->err = err;
    lx->err_start = off(lx, from);
    lx->err_end = off(lx, to);
    t->kind = WARD_JT_ERROR;
    t->start = lx->err_start;
    t->end = lx->err_end;
    t->escaped = 0;
    return WARD_JT_ERROR;
}

/* Skips printable ASCII other than '"' and '\' eight bytes at a time; most
 * of a plan is such string text, and the DFA below goes a byte at a time.
 * Stops at or before the first byte the DFA must look at; never reads at or
 * past `lim`. */
static const unsigned char *skip_plain(const unsigned char *p, const unsigned char *lim)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (lim - p >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
        /* Nonzero iff some byte is '"', '\', below 0x20, or has its top bit set. */
        uint64_t stop = ((q - ones) & ~q) | ((b - ones) & ~b) | (w - ones * 0x20) | w;
        if (stop & highs)
            break;
        p += 8;
    }
    return p;
}

/* The rest of a string after its opening quote at `open`: fills *t with a
 * STRING token, or an ERROR one, and returns the cursor after it. */
static const unsigned char *lex_string(ward_json_lexer *lx, ward_json_token *t,
                                       const unsigned char *open)
{
    const unsigned char *cur = open + 1, *mar = cur, *tok;
    const unsigned char *const lim = lx->lim;
    int escaped = 0;
    for (;;) {
        cur = skip_plain(cur, lim);
        tok = cur;
        /*!re2c
        plain+                      { continue; }
        ["]                         {
            token(lx, t, WARD_JT_STRING, open, cur);
            t->escaped = escaped;
            return cur;
        }
        [\\] ["\\/bfnrt]            { escaped = 1; continue; }
        [\\] "u" [0-9a-fA-F]{4}     { escaped = 1; continue; }
        [\\]                        {
            /* Point at the backslash and the character after it. */
            error(lx, t, WARD_JLE_ESCAPE, tok, cur < lim ? cur + 1 : cur);
            return lx->cur;
        }
        [\x00-\x1f]                 { error(lx, t, WARD_JLE_CONTROL, tok, cur); return cur; }
        $                           { error(lx, t, WARD_JLE_UNTERMINATED, open, open + 1); return cur; }
        *                           { error(lx, t, WARD_JLE_UTF8, tok, cur); return cur; }
        */
    }
}

size_t ward_json_lex_batch(ward_json_lexer *lx, ward_json_token *out, size_t max)
{
    const unsigned char *cur = lx->cur, *mar = cur, *tok;
    const unsigned char *const lim = lx->lim;
    size_t n = 0;
    ward_json_tok kind;
    while (n < max) {
        ward_json_token *t = &out[n];
        tok = cur;
        /*!re2c
        ws          { continue; }
        "{"         { kind = WARD_JT_LBRACE; goto emit; }
        "}"         { kind = WARD_JT_RBRACE; goto emit; }
        "["         { kind = WARD_JT_LBRACKET; goto emit; }
        "]"         { kind = WARD_JT_RBRACKET; goto emit; }
        ":"         { kind = WARD_JT_COLON; goto emit; }
        ","         { kind = WARD_JT_COMMA; goto emit; }
        number      { kind = WARD_JT_NUMBER; goto emit; }
        "true"      { kind = WARD_JT_TRUE; goto emit; }
        "false"     { kind = WARD_JT_FALSE; goto emit; }
        "null"      { kind = WARD_JT_NULL; goto emit; }
        $           { kind = WARD_JT_EOF; goto emit; }
        ["]         {
            cur = lex_string(lx, t, tok);
            if (t->kind == WARD_JT_ERROR)
                return n + 1;
            n++;
            continue;
        }
        badnum      { error(lx, t, WARD_JLE_NUMBER, tok, cur); return n + 1; }
        word        { error(lx, t, WARD_JLE_LITERAL, tok, cur); return n + 1; }

        // Comments are scanned even when they are not allowed, so that the
        // error can say "comments are not allowed" rather than "unexpected '/'".
        "//" [^\n]* | "/*" ([^*] | "*"+ [^*/])* "*"+ "/" {
            if (!lx->allow_comments) {
                error(lx, t, WARD_JLE_COMMENT_OFF, tok, tok + 2);
                return n + 1;
            }
            continue;
        }
        "/*"        {
            error(lx, t, lx->allow_comments ? WARD_JLE_COMMENT_OPEN : WARD_JLE_COMMENT_OFF, tok,
                  tok + 2);
            return n + 1;
        }
        *           { error(lx, t, WARD_JLE_BAD_CHAR, tok, cur); return n + 1; }
        */
    emit:
        token(lx, t, kind, tok, cur);
        n++;
        if (kind == WARD_JT_EOF)
            break;
    }
    lx->cur = cur;
    return n;
}
