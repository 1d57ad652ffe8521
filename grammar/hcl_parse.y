/* hcl_parse.y: the grammar of HCL native syntax (Terraform's .tf and .tfvars), for Lemon.
 *
 * Every action is one call into the ward_hast_* builders (hcl_ast.c).
 * Newlines arrive as NL tokens only where they end a body item or separate
 * object members; the driver (hcl_parse.c) drops the others (inside
 * parentheses, brackets, interpolations and for expressions, after an
 * opening brace or a comma, before a closing brace).  A file is a body:
 * attributes `name = expr` and blocks `type label... { body }`.  `for`,
 * `in`, `if` and the template directive words are keywords only where they
 * can start or continue a construct; elsewhere %fallback makes them
 * identifiers.  Lemon fails the build on any conflict. */

%name WardHclParse
%token_prefix WARD_HT_
%token_type {ward_htoken}
%extra_context {ward_hparse_ctx *ctx}
%default_type {ward_hnode *}
%start_symbol file

%include {
#include "hcl_ast.h"
#include <assert.h>
#include <stdlib.h>
#define X (ctx)
}

%syntax_error {
    ward_hparse_syntax_error(ctx, &yyminor);
}
%parse_failure {
    ctx->failed = 1;
}
%stack_overflow {
    ward_hparse_overflow(ctx);
}
%stack_size 2000

/* Tokens only the lexer produces, declared first so their codes exist. */
%token NL NUMBER IDENT OQUOTE CQUOTE HEREDOC HEREDOC_END TLIT TINTERP TDIR TEND.

%fallback IDENT FOR IN IF ELSE ENDIF ENDFOR TRUE FALSE NULL.

/* Precedence, lowest first (HCL spec: ?: then || && == != < > <= >= + - * / % then unary). */
%right QUESTION COLON.
%left OR.
%left AND.
%left EQ NE.
%left LT LE GT GE.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%right NOT UMINUS.
%left DOT DOTSTAR LSPLAT LBRACKET.

file ::= fitems.
fitems ::= .
fitems ::= fitems item(I) NL.                   { X->items = ward_hlist_add(X->items, I); }

/* ---- bodies --------------------------------------------------------------- */

item(I) ::= IDENT(N) ASSIGN expr(E).            { I = ward_hast_attr(X, &N, E); }
item(I) ::= IDENT(N) labels(L) LBRACE RBRACE(R). { I = ward_hast_block(X, &N, L, ward_hlist_empty(), R.span); }
item(I) ::= IDENT(N) labels(L) LBRACE bitems(B) RBRACE(R). { I = ward_hast_block(X, &N, L, B, R.span); }

%type bitems {ward_hlist}
bitems(L) ::= item(I).                          { L = ward_hlist_one(I); }
bitems(L) ::= bitems(A) NL item(I).             { L = ward_hlist_add(A, I); }

%type labels {ward_hlist}
labels(L) ::= .                                 { L = ward_hlist_empty(); }
labels(L) ::= labels(A) label(B).               { L = ward_hlist_add(A, B); }
label(B) ::= IDENT(T).                          { B = ward_hast_tok(X, WARD_HK_LABEL, &T); }
label(B) ::= template(T).                       { B = T; }

/* ---- expressions ---------------------------------------------------------- */

expr(E) ::= primary(A).                         { E = A; }
expr(E) ::= NOT(K) expr(A).                     { E = ward_hast_unary(X, WARD_HOP_NOT, K.span, A); }
expr(E) ::= MINUS(K) expr(A). [UMINUS]          { E = ward_hast_unary(X, WARD_HOP_NEG, K.span, A); }
expr(E) ::= expr(A) OR expr(C).                 { E = ward_hast_binary(X, WARD_HOP_OR, A, C); }
expr(E) ::= expr(A) AND expr(C).                { E = ward_hast_binary(X, WARD_HOP_AND, A, C); }
expr(E) ::= expr(A) EQ expr(C).                 { E = ward_hast_binary(X, WARD_HOP_EQ, A, C); }
expr(E) ::= expr(A) NE expr(C).                 { E = ward_hast_binary(X, WARD_HOP_NE, A, C); }
expr(E) ::= expr(A) LT expr(C).                 { E = ward_hast_binary(X, WARD_HOP_LT, A, C); }
expr(E) ::= expr(A) LE expr(C).                 { E = ward_hast_binary(X, WARD_HOP_LE, A, C); }
expr(E) ::= expr(A) GT expr(C).                 { E = ward_hast_binary(X, WARD_HOP_GT, A, C); }
expr(E) ::= expr(A) GE expr(C).                 { E = ward_hast_binary(X, WARD_HOP_GE, A, C); }
expr(E) ::= expr(A) PLUS expr(C).               { E = ward_hast_binary(X, WARD_HOP_ADD, A, C); }
expr(E) ::= expr(A) MINUS expr(C).              { E = ward_hast_binary(X, WARD_HOP_SUB, A, C); }
expr(E) ::= expr(A) STAR expr(C).               { E = ward_hast_binary(X, WARD_HOP_MUL, A, C); }
expr(E) ::= expr(A) SLASH expr(C).              { E = ward_hast_binary(X, WARD_HOP_DIV, A, C); }
expr(E) ::= expr(A) PERCENT expr(C).            { E = ward_hast_binary(X, WARD_HOP_MOD, A, C); }
expr(E) ::= expr(A) QUESTION expr(T) COLON expr(F). { E = ward_hast_make(X, WARD_HK_COND, A->span, F->span, A, T, F); }

primary(E) ::= NUMBER(T).                       { E = ward_hast_tok(X, WARD_HK_NUM, &T); }
primary(E) ::= TRUE(T).                         { E = ward_hast_bool(X, &T, 1); }
primary(E) ::= FALSE(T).                        { E = ward_hast_bool(X, &T, 0); }
primary(E) ::= NULL(T).                         { E = ward_hast_tok(X, WARD_HK_NULL, &T); }
primary(E) ::= IDENT(T).                        { E = ward_hast_tok(X, WARD_HK_VAR, &T); }
primary(E) ::= template(A).                     { E = A; }
primary(E) ::= tuple(A).                        { E = A; }
primary(E) ::= object(A).                       { E = A; }
primary(E) ::= forexpr(A).                      { E = A; }
primary(E) ::= LPAREN(K) expr(A) RPAREN(R).     { E = ward_hast_paren(X, K.span, A, R.span); }
primary(E) ::= fname(N) LPAREN args(L) RPAREN(R). { E = ward_hast_call(X, &N, N.span, L, 0, R.span); }
primary(E) ::= fname(N) LPAREN args1(L) ELLIPSIS RPAREN(R). { E = ward_hast_call(X, &N, N.span, L, 1, R.span); }
primary(E) ::= fname(N) LPAREN args1(L) COMMA ELLIPSIS RPAREN(R). { E = ward_hast_call(X, &N, N.span, L, 1, R.span); }
primary(E) ::= primary(A) DOT IDENT(N).         { E = ward_hast_getattr(X, A, &N); }
primary(E) ::= primary(A) DOT NUMBER(N).        { E = ward_hast_index(X, A, ward_hast_tok(X, WARD_HK_NUM, &N), N.span); }
primary(E) ::= primary(A) LBRACKET expr(I) RBRACKET(R). { E = ward_hast_index(X, A, I, R.span); }
primary(E) ::= primary(A) DOTSTAR(R).           { E = ward_hast_splat(X, A, 0, R.span); }
primary(E) ::= primary(A) LSPLAT(R).            { E = ward_hast_splat(X, A, 1, R.span); }

/* Function names, with provider namespaces (provider::azurerm::normalise_resource_id). */
%type fname {ward_htoken}
fname(N) ::= IDENT(A).                          { N = A; }
fname(N) ::= fname(A) DCOLON IDENT(B).          { N = A; N.span = ward_span_join(A.span, B.span); N.str = X->text + A.span.start; N.len = B.span.end - A.span.start; }

%type args {ward_hlist}
args(L) ::= .                                   { L = ward_hlist_empty(); }
args(L) ::= args1(A).                           { L = A; }
args(L) ::= args1(A) COMMA.                     { L = A; }
%type args1 {ward_hlist}
args1(L) ::= expr(E).                           { L = ward_hlist_one(E); }
args1(L) ::= args1(A) COMMA expr(E).            { L = ward_hlist_add(A, E); }

tuple(E) ::= LBRACKET(K) RBRACKET(R).           { E = ward_hast_list(X, WARD_HK_TUPLE, K.span, ward_hlist_empty(), R.span); }
tuple(E) ::= LBRACKET(K) args1(L) RBRACKET(R).  { E = ward_hast_list(X, WARD_HK_TUPLE, K.span, L, R.span); }
tuple(E) ::= LBRACKET(K) args1(L) COMMA RBRACKET(R). { E = ward_hast_list(X, WARD_HK_TUPLE, K.span, L, R.span); }

object(E) ::= LBRACE(K) RBRACE(R).              { E = ward_hast_list(X, WARD_HK_OBJECT, K.span, ward_hlist_empty(), R.span); }
object(E) ::= LBRACE(K) members(L) RBRACE(R).   { E = ward_hast_list(X, WARD_HK_OBJECT, K.span, L, R.span); }
object(E) ::= LBRACE(K) members(L) COMMA RBRACE(R). { E = ward_hast_list(X, WARD_HK_OBJECT, K.span, L, R.span); }
%type members {ward_hlist}
members(L) ::= member(M).                       { L = ward_hlist_one(M); }
members(L) ::= members(A) COMMA member(M).      { L = ward_hlist_add(A, M); }
members(L) ::= members(A) NL member(M).         { L = ward_hlist_add(A, M); }
member(M) ::= expr(K) ASSIGN expr(V).           { M = ward_hast_item(X, K, V); }
member(M) ::= expr(K) COLON expr(V).            { M = ward_hast_item(X, K, V); }

/* for expressions: V is a LABEL node with str (first name) and str2 (second or NULL). */
forexpr(E) ::= LBRACKET(K) FOR forvars(V) IN expr(C) COLON expr(B) RBRACKET(R).
                                                { E = ward_hast_for(X, K.span, V, C, NULL, B, 0, NULL, R.span); }
forexpr(E) ::= LBRACKET(K) FOR forvars(V) IN expr(C) COLON expr(B) IF expr(F) RBRACKET(R).
                                                { E = ward_hast_for(X, K.span, V, C, NULL, B, 0, F, R.span); }
forexpr(E) ::= LBRACE(K) FOR forvars(V) IN expr(C) COLON expr(A) ARROW expr(B) ogroup(G) RBRACE(R).
                                                { E = ward_hast_for(X, K.span, V, C, A, B, G, NULL, R.span); }
forexpr(E) ::= LBRACE(K) FOR forvars(V) IN expr(C) COLON expr(A) ARROW expr(B) ogroup(G) IF expr(F) RBRACE(R).
                                                { E = ward_hast_for(X, K.span, V, C, A, B, G, F, R.span); }
%type ogroup {int}
ogroup(G) ::= .                                 { G = 0; }
ogroup(G) ::= ELLIPSIS.                         { G = 1; }
forvars(V) ::= IDENT(A).                        { V = ward_hast_forvars(X, &A, NULL); }
forvars(V) ::= IDENT(A) COMMA IDENT(B).         { V = ward_hast_forvars(X, &A, &B); }

/* ---- templates ------------------------------------------------------------ */

template(E) ::= OQUOTE(O) tparts(P) CQUOTE(C).  { E = ward_hast_template(X, O.span, P, C.span); }
template(E) ::= HEREDOC(O) tparts(P) HEREDOC_END(C). { E = ward_hast_template(X, O.span, P, C.span); }
%type tparts {ward_hlist}
tparts(L) ::= .                                 { L = ward_hlist_empty(); }
tparts(L) ::= tparts(A) tpart(B).               { L = ward_hlist_add(A, B); }
tpart(B) ::= TLIT(T).                           { B = ward_hast_tok(X, WARD_HK_STR, &T); }
tpart(B) ::= TINTERP(O) expr(E) TEND(C).        { B = ward_hast_make(X, WARD_HK_INTERP, O.span, C.span, E, NULL, NULL); }
tpart(B) ::= TDIR(O) IF expr(C) TEND tparts(T) TDIR ENDIF TEND(R).
                                                { B = ward_hast_tif(X, O.span, C, T, ward_hlist_empty(), R.span); }
tpart(B) ::= TDIR(O) IF expr(C) TEND tparts(T) TDIR ELSE TEND tparts(F) TDIR ENDIF TEND(R).
                                                { B = ward_hast_tif(X, O.span, C, T, F, R.span); }
tpart(B) ::= TDIR(O) FOR forvars(V) IN expr(C) TEND tparts(T) TDIR ENDFOR TEND(R).
                                                { B = ward_hast_tfor(X, O.span, V, C, T, R.span); }
