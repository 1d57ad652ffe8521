/* armexpr_lex.re: the lexer of ARM template expressions (re2c 3.0).
 *
 * Input is the text between the outer '[' and ']' of a template string, as a
 * NUL-terminated copy; the re2c:eof rule makes the scanner bounds-checked, so
 * an embedded NUL byte is an ordinary (bad) character, not the end.  Tokens
 * are Lemon's own codes from the generated armexpr_parse.h.  Strings are
 * single-quoted with '' standing for one quote; the builder unescapes them. */
#include "eval/armexpr.h"
#include "armexpr_parse.h"

#include <stddef.h>

int ward_armx_lex(ward_armx_lexer *lx, ward_armx_tok *tok, const char **msg)
{
    for (;;) {
        lx->tok = lx->cur;
        tok->start = (uint32_t)(lx->tok - lx->start);
        /*!re2c
            re2c:api:style = free-form;
            re2c:define:YYCTYPE = "unsigned char";
            re2c:define:YYCURSOR = "lx->cur";
            re2c:define:YYMARKER = "lx->mar";
            re2c:define:YYLIMIT = "lx->lim";
            re2c:yyfill:enable = 0;
            re2c:eof = 0;

            ws    = [ \t\r\n]+;
            ident = [A-Za-z_$] [A-Za-z0-9_$]*;
            num   = "-"? [0-9]+ ("." [0-9]+)?;
            str   = "'" ([^'] | "''")* "'";
            ustr  = "'" ([^'] | "''")*;

            $      { tok->end = tok->start; return 0; }
            ws     { continue; }
            "("    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_LPAREN; }
            ")"    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_RPAREN; }
            "["    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_LBRACK; }
            "]"    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_RBRACK; }
            ","    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_COMMA; }
            "."    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_DOT; }
            ident  { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_IDENT; }
            num    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_NUMBER; }
            str    { tok->end = (uint32_t)(lx->cur - lx->start); return WARD_ATK_STRING; }
            ustr   { tok->end = (uint32_t)(lx->cur - lx->start);
                     *msg = "unterminated string"; return -1; }
            *      { tok->end = (uint32_t)(lx->cur - lx->start);
                     *msg = "unexpected character"; return -1; }
        */
    }
}
