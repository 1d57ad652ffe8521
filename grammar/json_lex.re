/* json_lex.re: the JSON scanner (re2c), for the located JSON reader.
 *
 * Input is one whole buffer ending in a NUL sentinel at YYLIMIT.  The
 * `re2c:eof` mode checks the limit only when it reads the sentinel value, so
 * the hot loops cost one comparison per byte and embedded NUL bytes are seen
 * as bytes, not as the end.  All state lives in ward_json_lexer.
 *
 * Strings are scanned by a second block that validates UTF-8 and escape
 * syntax as it goes; the parser can then point a string without escapes
 * straight into the source text.  Surrogate pairing in \u escapes is left to
 * the decoder in json.c, which needs to look at two escapes at once. */
#include "json_lex.h"

#include <stddef.h>

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mar";
    re2c:define:YYLIMIT = "lx->lim";
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

static ward_json_tok token(ward_json_lexer *lx, ward_json_token *t, ward_json_tok kind)
{
    t->kind = kind;
    t->start = off(lx, lx->tok);
    t->end = off(lx, lx->cur);
    t->escaped = 0;
    return kind;
}

static ward_json_tok error(ward_json_lexer *lx, ward_json_token *t, ward_json_lex_error err,
                           const unsigned char *from, const unsigned char *to)
{
    lx->err = err;
    lx->err_start = off(lx, from);
    lx->err_end = off(lx, to);
    t->kind = WARD_JT_ERROR;
    t->start = lx->err_start;
    t->end = lx->err_end;
    t->escaped = 0;
    return WARD_JT_ERROR;
}

/* The rest of a string after its opening quote at `open`. */
static ward_json_tok lex_string(ward_json_lexer *lx, ward_json_token *t, const unsigned char *open)
{
    int escaped = 0;
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        plain+                      { continue; }
        ["]                         {
            lx->tok = open;
            token(lx, t, WARD_JT_STRING);
            t->escaped = escaped;
            return WARD_JT_STRING;
        }
        [\\] ["\\/bfnrt]            { escaped = 1; continue; }
        [\\] "u" [0-9a-fA-F]{4}     { escaped = 1; continue; }
        [\\]                        {
            /* Point at the backslash and the character after it. */
            const unsigned char *to = lx->cur < lx->lim ? lx->cur + 1 : lx->cur;
            return error(lx, t, WARD_JLE_ESCAPE, lx->tok, to);
        }
        [\x00-\x1f]                 { return error(lx, t, WARD_JLE_CONTROL, lx->tok, lx->cur); }
        $                           { return error(lx, t, WARD_JLE_UNTERMINATED, open, open + 1); }
        *                           { return error(lx, t, WARD_JLE_UTF8, lx->tok, lx->cur); }
        */
    }
}

static ward_json_tok comment(ward_json_lexer *lx, ward_json_token *t)
{
    if (!lx->allow_comments)
        return error(lx, t, WARD_JLE_COMMENT_OFF, lx->tok, lx->tok + 2);
    return WARD_JT_EOF;   /* "no token": the caller keeps scanning */
}

ward_json_tok ward_json_lex(ward_json_lexer *lx, ward_json_token *t)
{
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        ws          { continue; }
        "{"         { return token(lx, t, WARD_JT_LBRACE); }
        "}"         { return token(lx, t, WARD_JT_RBRACE); }
        "["         { return token(lx, t, WARD_JT_LBRACKET); }
        "]"         { return token(lx, t, WARD_JT_RBRACKET); }
        ":"         { return token(lx, t, WARD_JT_COLON); }
        ","         { return token(lx, t, WARD_JT_COMMA); }
        ["]         { return lex_string(lx, t, lx->tok); }
        number      { return token(lx, t, WARD_JT_NUMBER); }
        badnum      { return error(lx, t, WARD_JLE_NUMBER, lx->tok, lx->cur); }
        "true"      { return token(lx, t, WARD_JT_TRUE); }
        "false"     { return token(lx, t, WARD_JT_FALSE); }
        "null"      { return token(lx, t, WARD_JT_NULL); }
        word        { return error(lx, t, WARD_JLE_LITERAL, lx->tok, lx->cur); }

        "//" [^\n]* {
            if (comment(lx, t) == WARD_JT_ERROR)
                return WARD_JT_ERROR;
            continue;
        }
        "/*" ([^*] | "*"+ [^*/])* "*"+ "/" {
            if (comment(lx, t) == WARD_JT_ERROR)
                return WARD_JT_ERROR;
            continue;
        }
        "/*"        {
            if (comment(lx, t) == WARD_JT_ERROR)
                return WARD_JT_ERROR;
            return error(lx, t, WARD_JLE_COMMENT_OPEN, lx->tok, lx->tok + 2);
        }

        $           { return token(lx, t, WARD_JT_EOF); }
        *           { return error(lx, t, WARD_JLE_BAD_CHAR, lx->tok, lx->cur); }
        */
    }
}
