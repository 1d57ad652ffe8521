/* armexpr_parse.y: the grammar of ARM template expressions (Lemon).
 *
 *   expr := name '(' args? ')' | ns '.' name '(' args? ')'
 *         | 'string' | number | true | false
 *         | expr '.' name | expr '[' expr ']'
 *
 * Calls are parsed as postfix '(' on any expression; the builder accepts only
 * a name or ns.name as callee.  Every action is one builder call (armexpr.c);
 * lemon fails the build on any conflict. */

%name ward_armx_lemon
%token_prefix WARD_ATK_
%token_type {ward_armx_tok}
%extra_context {ward_armx_parser *p}
%stack_size 400

%include {
#include "eval/armexpr.h"
#include <assert.h>
#include <stdlib.h>
/* Prototypes of the generated entry points (lempar.c defines them extern). */
void *ward_armx_lemonAlloc(void *(*mallocProc)(size_t), ward_armx_parser *p);
void ward_armx_lemonFree(void *parser, void (*freeProc)(void *));
void ward_armx_lemon(void *parser, int major, ward_armx_tok minor);
}

/* The expected-token set is read from the action table so that the message
 * can say "expected ')'" instead of only "unexpected end". */
%syntax_error {
    unsigned expected = 0;
    for (int i = 1; i < YYNTOKEN && i < 32; i++)
        if (yy_find_shift_action((YYCODETYPE)i, yypParser->yytos->stateno) != YY_ERROR_ACTION)
            expected |= 1u << i;
    ward_armx_syntax_error(p, yymajor, yyminor, expected);
}
%stack_overflow { ward_armx_error(p, 0, "expression nested too deeply"); }

%type expr {ward_armx *}
%type args {ward_armx_list *}

root ::= expr(E). { ward_armx_root(p, E); }

expr(A) ::= expr(B) LPAREN(O) args(L) RPAREN(C). { A = ward_armx_call(p, B, L, O, C); }
expr(A) ::= expr(B) LPAREN(O) RPAREN(C). { A = ward_armx_call(p, B, NULL, O, C); }
expr(A) ::= expr(B) DOT IDENT(N). { A = ward_armx_member(p, B, N); }
expr(A) ::= expr(B) LBRACK expr(I) RBRACK(C). { A = ward_armx_index(p, B, I, C); }
expr(A) ::= IDENT(N). { A = ward_armx_ident(p, N); }
expr(A) ::= STRING(S). { A = ward_armx_string(p, S); }
expr(A) ::= NUMBER(N). { A = ward_armx_number(p, N); }

args(A) ::= expr(E). { A = ward_armx_args(p, NULL, E); }
args(A) ::= args(L) COMMA expr(E). { A = ward_armx_args(p, L, E); }
