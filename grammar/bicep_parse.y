/* bicep_parse.y: the Bicep grammar (Lemon).
 *
 * Every action is one call into the ward_bast_* builders (bicep_ast.c).
 * Newlines arrive as NL tokens only where they separate things (statements,
 * object members, array items, decorators); the driver (bicep_parse.c) drops
 * the others, and turns a keyword written as an object key into IDENT.
 * Keywords are otherwise soft: %fallback lets `type`, `if`, `resource` ... be
 * property names, member names and identifiers wherever the keyword itself
 * cannot stand.  Types are parsed by their own small grammar (texpr) and
 * kept only as spans.  Lemon fails the build on any conflict. */

%name WardBicepParse
%token_prefix WARD_BT_
%token_type {ward_btoken}
%extra_context {ward_bparse_ctx *ctx}
%default_type {ward_bnode *}
%start_symbol program

%include {
#include "bicep_ast.h"
#include <assert.h>
#include <stdlib.h>
#define B (ctx->builder)
}

%syntax_error {
    ward_bparse_syntax_error(ctx, &yyminor);
}
%parse_failure {
    ctx->failed = 1;
}
%stack_overflow {
    ward_bparse_overflow(ctx);
}
%stack_size 2000

/* Tokens only the lexer produces, declared first so their codes exist. */
%token NL STR_HEAD STR_MID STR_TAIL NUMBER STRING IDENT.

%fallback IDENT TARGETSCOPE METADATA PARAM VAR RESOURCE MODULE OUTPUT TYPE FUNC IMPORT EXTENSION
          ASSERT USING EXTENDS EXISTING IF FOR IN AS FROM WITH NONE TRUE FALSE NULL.

/* Precedence, lowest first. */
%right ARROW.
%right QUESTION COLON.
%left COALESCE.
%left OR.
%left AND.
%left EQ NE EQI NEI.
%left LT LE GT GE.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%right BANG UMINUS.
%left DOT DOTQ LBRACKET LBRACKQ LPAREN DCOLON.

program ::= stmts.

stmts ::= .
stmts ::= stmts NL.
stmts ::= stmts decl(D) NL.                     { ward_bast_add_stmt(B, D); }

decl(D) ::= decos(L) stmt(S).                   { D = ward_bast_decorate(S, L); }

%type decos {ward_blist}
decos(L) ::= .                                  { L = ward_blist_empty(); }
decos(L) ::= decos1(A).                         { L = A; }
/* Non-empty, where an empty list would hide a keyword behind %fallback:
 * Lemon makes the empty reduction a state's default action, and a keyword
 * with no action of its own then falls back to IDENT. */
%type decos1 {ward_blist}
decos1(L) ::= deco(D) NL.                       { L = ward_blist_one(D); }
decos1(L) ::= decos1(A) deco(D) NL.             { L = ward_blist_add(A, D); }
deco(D) ::= AT(K) primary(E).                   { D = ward_bast_make(B, WARD_BK_DECORATOR, K.span, E->span, E, NULL, NULL); }

/* ---- statements ----------------------------------------------------------- */

stmt(S) ::= TARGETSCOPE(K) ASSIGN expr(E).      { S = ward_bast_make(B, WARD_BK_TARGETSCOPE, K.span, E->span, E, NULL, NULL); }
stmt(S) ::= METADATA(K) IDENT(N) ASSIGN expr(E). { S = ward_bast_named(B, WARD_BK_METADATA, K.span, &N, E->span, E, NULL, NULL); }
stmt(S) ::= PARAM(K) IDENT(N) texpr(T).         { S = ward_bast_named(B, WARD_BK_PARAM, K.span, &N, T->span, T, NULL, NULL); }
stmt(S) ::= PARAM(K) IDENT(N) texpr(T) ASSIGN expr(E). { S = ward_bast_named(B, WARD_BK_PARAM, K.span, &N, E->span, T, E, NULL); }
stmt(S) ::= PARAM(K) IDENT(N) ASSIGN expr(E).   { S = ward_bast_named(B, WARD_BK_PARAM, K.span, &N, E->span, NULL, E, NULL); }
stmt(S) ::= VAR(K) IDENT(N) ASSIGN expr(E).     { S = ward_bast_named(B, WARD_BK_VAR, K.span, &N, E->span, NULL, E, NULL); }
stmt(S) ::= VAR(K) IDENT(N) texpr(T) ASSIGN expr(E). { S = ward_bast_named(B, WARD_BK_VAR, K.span, &N, E->span, T, E, NULL); }
stmt(S) ::= resdecl(R).                         { S = R; }
stmt(S) ::= MODULE(K) IDENT(N) STRING(P) ASSIGN body(E).
                                                { S = ward_bast_named(B, WARD_BK_MODULE, K.span, &N, E->span, ward_bast_tok(B, WARD_BK_STR, &P), E, NULL); }
stmt(S) ::= OUTPUT(K) IDENT(N) texpr(T) ASSIGN expr(E). { S = ward_bast_named(B, WARD_BK_OUTPUT, K.span, &N, E->span, T, E, NULL); }
stmt(S) ::= TYPE(K) IDENT(N) ASSIGN texpr(T).   { S = ward_bast_named(B, WARD_BK_TYPE, K.span, &N, T->span, T, NULL, NULL); }
stmt(S) ::= FUNC(K) IDENT(N) LPAREN fparams(P) RPAREN texpr(T) ARROW expr(E).
                                                { S = ward_bast_withlist(ward_bast_named(B, WARD_BK_FUNC, K.span, &N, E->span, T, E, NULL), P); }
stmt(S) ::= ASSERT(K) IDENT(N) ASSIGN expr(E).  { S = ward_bast_named(B, WARD_BK_ASSERT, K.span, &N, E->span, E, NULL, NULL); }
stmt(S) ::= USING(K) STRING(P).                 { S = ward_bast_make(B, WARD_BK_USING, K.span, P.span, ward_bast_tok(B, WARD_BK_STR, &P), NULL, NULL); }
stmt(S) ::= USING(K) STRING(P) WITH expr(E).    { S = ward_bast_make(B, WARD_BK_USING, K.span, E->span, ward_bast_tok(B, WARD_BK_STR, &P), E, NULL); }
stmt(S) ::= USING(K) NONE(P).                   { S = ward_bast_flag(ward_bast_make(B, WARD_BK_USING, K.span, P.span, NULL, NULL, NULL), WARD_BF_NONE); }
stmt(S) ::= EXTENDS(K) STRING(P).               { S = ward_bast_make(B, WARD_BK_EXTENDS, K.span, P.span, ward_bast_tok(B, WARD_BK_STR, &P), NULL, NULL); }

/* import: compile-time imports of types, variables and functions, and the
 * older provider form `import 'name@version' [with {...}] [as alias]`. */
stmt(S) ::= IMPORT(K) STAR AS IDENT(N) FROM STRING(P).
                                                { S = ward_bast_flag(ward_bast_named(B, WARD_BK_IMPORT, K.span, &N, P.span, ward_bast_tok(B, WARD_BK_STR, &P), NULL, NULL), WARD_BF_IMPORT_ALL); }
stmt(S) ::= IMPORT(K) LBRACE iitems(L) RBRACE FROM STRING(P).
                                                { S = ward_bast_withlist(ward_bast_make(B, WARD_BK_IMPORT, K.span, P.span, ward_bast_tok(B, WARD_BK_STR, &P), NULL, NULL), L); }
stmt(S) ::= IMPORT(K) LBRACE RBRACE FROM STRING(P).
                                                { S = ward_bast_make(B, WARD_BK_IMPORT, K.span, P.span, ward_bast_tok(B, WARD_BK_STR, &P), NULL, NULL); }
stmt(S) ::= IMPORT(K) STRING(P) extopts(O).     { S = ward_bast_ext(B, WARD_BK_EXTENSION, K.span, ward_bast_tok(B, WARD_BK_STR, &P), O); }
stmt(S) ::= EXTENSION(K) STRING(P) extopts(O).  { S = ward_bast_ext(B, WARD_BK_EXTENSION, K.span, ward_bast_tok(B, WARD_BK_STR, &P), O); }
stmt(S) ::= EXTENSION(K) IDENT(P) extopts(O).   { S = ward_bast_ext(B, WARD_BK_EXTENSION, K.span, ward_bast_tok(B, WARD_BK_IDENT, &P), O); }

/* [with {config}] [as alias]: a = config, b = alias (NAME). */
extopts(O) ::= .                                { O = NULL; }
extopts(O) ::= WITH expr(E).                    { O = ward_bast_make(B, WARD_BK_NAME, E->span, E->span, E, NULL, NULL); }
extopts(O) ::= AS IDENT(N).                     { O = ward_bast_make(B, WARD_BK_NAME, N.span, N.span, NULL, ward_bast_tok(B, WARD_BK_IDENT, &N), NULL); }
extopts(O) ::= WITH expr(E) AS IDENT(N).        { O = ward_bast_make(B, WARD_BK_NAME, E->span, N.span, E, ward_bast_tok(B, WARD_BK_IDENT, &N), NULL); }

%type iitems {ward_blist}
iitems(L) ::= iitem(I).                         { L = ward_blist_one(I); }
iitems(L) ::= iitems(A) sep iitem(I).           { L = ward_blist_add(A, I); }
iitem(I) ::= IDENT(N).                          { I = ward_bast_tok(B, WARD_BK_NAME, &N); }
iitem(I) ::= IDENT(N) AS IDENT(A).              { I = ward_bast_alias(B, &N, &A); }
iitem(I) ::= STRING(N) AS IDENT(A).             { I = ward_bast_alias(B, &N, &A); }

resdecl(S) ::= RESOURCE(K) IDENT(N) STRING(T) ASSIGN body(E).
                                                { S = ward_bast_named(B, WARD_BK_RESOURCE, K.span, &N, E->span, ward_bast_tok(B, WARD_BK_STR, &T), E, NULL); }
resdecl(S) ::= RESOURCE(K) IDENT(N) STRING(T) EXISTING ASSIGN body(E).
                                                { S = ward_bast_flag(ward_bast_named(B, WARD_BK_RESOURCE, K.span, &N, E->span, ward_bast_tok(B, WARD_BK_STR, &T), E, NULL), WARD_BF_EXISTING); }

/* The value of a resource or module: an object, `if (c) {...}`, or a for-expression. */
body(E) ::= expr(A).                            { E = A; }
body(E) ::= IF(K) LPAREN expr(C) RPAREN expr(A). { E = ward_bast_make(B, WARD_BK_IF, K.span, A->span, C, A, NULL); }

%type fparams {ward_blist}
fparams(L) ::= .                                { L = ward_blist_empty(); }
fparams(L) ::= fparams1(A).                     { L = A; }
%type fparams1 {ward_blist}
fparams1(L) ::= fparam(P).                      { L = ward_blist_one(P); }
fparams1(L) ::= fparams1(A) COMMA fparam(P).    { L = ward_blist_add(A, P); }
fparam(P) ::= IDENT(N) texpr(T).                { P = ward_bast_named(B, WARD_BK_NAME, N.span, &N, T->span, T, NULL, NULL); }

sep ::= NL.
sep ::= COMMA.

/* ---- expressions ---------------------------------------------------------- */

expr(E) ::= primary(A).                         { E = A; }
expr(E) ::= BANG(K) expr(A).                    { E = ward_bast_unary(B, WARD_BOP_NOT, K.span, A); }
expr(E) ::= MINUS(K) expr(A). [UMINUS]          { E = ward_bast_unary(B, WARD_BOP_NEG, K.span, A); }
expr(E) ::= PLUS(K) expr(A). [UMINUS]           { E = ward_bast_unary(B, WARD_BOP_PLUS, K.span, A); }
expr(E) ::= expr(A) OR expr(C).                 { E = ward_bast_binary(B, WARD_BOP_OR, A, C); }
expr(E) ::= expr(A) AND expr(C).                { E = ward_bast_binary(B, WARD_BOP_AND, A, C); }
expr(E) ::= expr(A) EQ expr(C).                 { E = ward_bast_binary(B, WARD_BOP_EQ, A, C); }
expr(E) ::= expr(A) NE expr(C).                 { E = ward_bast_binary(B, WARD_BOP_NE, A, C); }
expr(E) ::= expr(A) EQI expr(C).                { E = ward_bast_binary(B, WARD_BOP_EQI, A, C); }
expr(E) ::= expr(A) NEI expr(C).                { E = ward_bast_binary(B, WARD_BOP_NEI, A, C); }
expr(E) ::= expr(A) LT expr(C).                 { E = ward_bast_binary(B, WARD_BOP_LT, A, C); }
expr(E) ::= expr(A) LE expr(C).                 { E = ward_bast_binary(B, WARD_BOP_LE, A, C); }
expr(E) ::= expr(A) GT expr(C).                 { E = ward_bast_binary(B, WARD_BOP_GT, A, C); }
expr(E) ::= expr(A) GE expr(C).                 { E = ward_bast_binary(B, WARD_BOP_GE, A, C); }
expr(E) ::= expr(A) PLUS expr(C).               { E = ward_bast_binary(B, WARD_BOP_ADD, A, C); }
expr(E) ::= expr(A) MINUS expr(C).              { E = ward_bast_binary(B, WARD_BOP_SUB, A, C); }
expr(E) ::= expr(A) STAR expr(C).               { E = ward_bast_binary(B, WARD_BOP_MUL, A, C); }
expr(E) ::= expr(A) SLASH expr(C).              { E = ward_bast_binary(B, WARD_BOP_DIV, A, C); }
expr(E) ::= expr(A) PERCENT expr(C).            { E = ward_bast_binary(B, WARD_BOP_MOD, A, C); }
expr(E) ::= expr(A) COALESCE expr(C).           { E = ward_bast_binary(B, WARD_BOP_COALESCE, A, C); }
expr(E) ::= expr(A) QUESTION expr(T) COLON expr(F). { E = ward_bast_make(B, WARD_BK_TERNARY, A->span, F->span, A, T, F); }
expr(E) ::= expr(A) QUESTION NL expr(T) COLON expr(F). { E = ward_bast_make(B, WARD_BK_TERNARY, A->span, F->span, A, T, F); }

/* Lemon takes a rule's precedence from its leftmost terminal, so the
 * parenthesised lambdas say [ARROW]: their body extends as far as it can. */
/* Lambdas: x => e, (x, y) => e, () => e.  The parameters are parsed as
 * expressions (so `(x)` stays a parenthesised expression until `=>`) and
 * checked to be plain names by the builder. */
expr(E) ::= IDENT(N) ARROW expr(A).             { E = ward_bast_lambda1(B, &N, A); }
expr(E) ::= LPAREN(K) RPAREN ARROW expr(A). [ARROW] { E = ward_bast_lambda(B, K.span, ward_blist_empty(), A); }
expr(E) ::= LPAREN(K) expr(P) RPAREN ARROW expr(A). [ARROW] { E = ward_bast_lambda(B, K.span, ward_blist_one(P), A); }
expr(E) ::= LPAREN(K) expr(P) COMMA args1(L) RPAREN ARROW expr(A). [ARROW]
                                                { E = ward_bast_lambda(B, K.span, ward_blist_cons(P, L), A); }

primary(E) ::= IDENT(T).                        { E = ward_bast_tok(B, WARD_BK_IDENT, &T); }
primary(E) ::= NUMBER(T).                       { E = ward_bast_tok(B, WARD_BK_NUM, &T); }
primary(E) ::= STRING(T).                       { E = ward_bast_tok(B, WARD_BK_STR, &T); }
primary(E) ::= TRUE(T).                         { E = ward_bast_bool(B, &T, 1); }
primary(E) ::= FALSE(T).                        { E = ward_bast_bool(B, &T, 0); }
primary(E) ::= NULL(T).                         { E = ward_bast_tok(B, WARD_BK_NULL, &T); }
primary(E) ::= interp(A) STR_TAIL(T).           { E = ward_bast_interp_end(B, A, &T); }
primary(E) ::= array(A).                        { E = A; }
primary(E) ::= object(A).                       { E = A; }
primary(E) ::= forexpr(A).                      { E = A; }
primary(E) ::= LPAREN(K) expr(A) RPAREN(R).     { E = ward_bast_make(B, WARD_BK_PAREN, K.span, R.span, A, NULL, NULL); }
primary(E) ::= primary(A) DOT name(N).          { E = ward_bast_member(B, WARD_BK_DOT, A, N, 0); }
primary(E) ::= primary(A) DOTQ name(N).         { E = ward_bast_member(B, WARD_BK_DOT, A, N, WARD_BF_SAFE); }
primary(E) ::= primary(A) DCOLON name(N).       { E = ward_bast_member(B, WARD_BK_CHILD, A, N, 0); }
primary(E) ::= primary(A) LBRACKET expr(I) RBRACKET(R). { E = ward_bast_make(B, WARD_BK_INDEX, A->span, R.span, A, I, NULL); }
primary(E) ::= primary(A) LBRACKQ expr(I) RBRACKET(R).  { E = ward_bast_flag(ward_bast_make(B, WARD_BK_INDEX, A->span, R.span, A, I, NULL), WARD_BF_SAFE); }
primary(E) ::= primary(A) LPAREN args(L) RPAREN(R).     { E = ward_bast_withlist(ward_bast_make(B, WARD_BK_CALL, A->span, R.span, A, NULL, NULL), L); }
primary(E) ::= primary(A) BANG(R).              { E = ward_bast_make(B, WARD_BK_NONNULL, A->span, R.span, A, NULL, NULL); }

name(N) ::= IDENT(T).                           { N = ward_bast_tok(B, WARD_BK_NAME, &T); }

/* interpolated strings: head expr (mid expr)* tail */
interp(E) ::= STR_HEAD(H) expr(A).              { E = ward_bast_interp_start(B, &H, A); }
interp(E) ::= interp(S) STR_MID(M) expr(A).     { E = ward_bast_interp_add(B, S, &M, A); }

%type args {ward_blist}
args(L) ::= .                                   { L = ward_blist_empty(); }
args(L) ::= args1(A).                           { L = A; }
%type args1 {ward_blist}
args1(L) ::= expr(E).                           { L = ward_blist_one(E); }
args1(L) ::= args1(A) COMMA expr(E).            { L = ward_blist_add(A, E); }

array(E) ::= LBRACKET(K) RBRACKET(R).           { E = ward_bast_make(B, WARD_BK_ARRAY, K.span, R.span, NULL, NULL, NULL); }
array(E) ::= LBRACKET(K) aitems(L) RBRACKET(R). { E = ward_bast_withlist(ward_bast_make(B, WARD_BK_ARRAY, K.span, R.span, NULL, NULL, NULL), L); }
%type aitems {ward_blist}
aitems(L) ::= aitem(I).                         { L = ward_blist_one(I); }
aitems(L) ::= aitems(A) sep aitem(I).           { L = ward_blist_add(A, I); }
aitem(I) ::= expr(E).                           { I = E; }
aitem(I) ::= ELLIPSIS(K) expr(E).               { I = ward_bast_make(B, WARD_BK_SPREAD, K.span, E->span, E, NULL, NULL); }

object(E) ::= LBRACE(K) RBRACE(R).              { E = ward_bast_make(B, WARD_BK_OBJECT, K.span, R.span, NULL, NULL, NULL); }
object(E) ::= LBRACE(K) members(L) RBRACE(R).   { E = ward_bast_withlist(ward_bast_make(B, WARD_BK_OBJECT, K.span, R.span, NULL, NULL, NULL), L); }
%type members {ward_blist}
members(L) ::= member(I).                       { L = ward_blist_one(I); }
members(L) ::= members(A) sep member(I).        { L = ward_blist_add(A, I); }
member(I) ::= key(K) COLON expr(E).             { I = ward_bast_keyed(B, K, E); }
member(I) ::= ELLIPSIS(K) expr(E).              { I = ward_bast_make(B, WARD_BK_SPREAD, K.span, E->span, E, NULL, NULL); }
member(I) ::= resdecl(R).                       { I = R; }
member(I) ::= decos1(L) resdecl(R).             { I = ward_bast_decorate(R, L); }
key(K) ::= IDENT(T).                            { K = ward_bast_tok(B, WARD_BK_NAME, &T); }
key(K) ::= STRING(T).                           { K = ward_bast_tok(B, WARD_BK_NAME, &T); }
key(K) ::= interp(A) STR_TAIL(T).               { K = ward_bast_interp_end(B, A, &T); }

forexpr(E) ::= LBRACKET(K) FOR forvars(V) IN expr(I) COLON body(X) RBRACKET(R).
                                                { E = ward_bast_for(B, K.span, R.span, V, I, X); }
forvars(V) ::= IDENT(N).                        { V = ward_bast_tok(B, WARD_BK_NAME, &N); }
forvars(V) ::= LPAREN IDENT(N) COMMA IDENT(I) RPAREN. { V = ward_bast_alias(B, &N, &I); }

/* ---- types ---------------------------------------------------------------- */

texpr(T) ::= tunion(A).                         { T = A; }
tunion(T) ::= tpost(A).                         { T = A; }
tunion(T) ::= PIPE(K) tpost(A).                 { T = ward_bast_type(B, K.span, A->span); }
tunion(T) ::= tunion(A) PIPE tpost(C).          { T = ward_bast_type(B, A->span, C->span); }
tpost(T) ::= tprim(A).                          { T = A; }
tpost(T) ::= tpost(A) LBRACKET RBRACKET(R).     { T = ward_bast_type(B, A->span, R.span); }
tpost(T) ::= tpost(A) LBRACKET STAR RBRACKET(R). { T = ward_bast_type(B, A->span, R.span); }
tpost(T) ::= tpost(A) LBRACKET NUMBER RBRACKET(R). { T = ward_bast_type(B, A->span, R.span); }
tpost(T) ::= tpost(A) QUESTION(R).              { T = ward_bast_type(B, A->span, R.span); }
tpost(T) ::= tpost(A) BANG(R).                  { T = ward_bast_type(B, A->span, R.span); }
tpost(T) ::= tpost(A) DOT IDENT(R).             { T = ward_bast_type(B, A->span, R.span); }
tpost(T) ::= tpost(A) DOT STAR(R).              { T = ward_bast_type(B, A->span, R.span); }
tprim(T) ::= IDENT(K).                          { T = ward_bast_type(B, K.span, K.span); }
tprim(T) ::= STRING(K).                         { T = ward_bast_type(B, K.span, K.span); }
tprim(T) ::= NUMBER(K).                         { T = ward_bast_type(B, K.span, K.span); }
tprim(T) ::= MINUS(K) NUMBER(R).                { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= TRUE(K).                           { T = ward_bast_type(B, K.span, K.span); }
tprim(T) ::= FALSE(K).                          { T = ward_bast_type(B, K.span, K.span); }
tprim(T) ::= NULL(K).                           { T = ward_bast_type(B, K.span, K.span); }
tprim(T) ::= BANG(K) TRUE(R).                   { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= BANG(K) FALSE(R).                  { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= LPAREN(K) texpr RPAREN(R).         { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= RESOURCE(K) STRING(R).             { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= IDENT(K) LT STRING GT(R).          { T = ward_bast_type(B, K.span, R.span); }   /* resourceInput<'T@v'> */
tprim(T) ::= LBRACE(K) RBRACE(R).               { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= LBRACE(K) tmembers RBRACE(R).      { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= LBRACKET(K) RBRACKET(R).           { T = ward_bast_type(B, K.span, R.span); }
tprim(T) ::= LBRACKET(K) titems RBRACKET(R).    { T = ward_bast_type(B, K.span, R.span); }
tmembers ::= tmember.
tmembers ::= tmembers sep tmember.
tmember ::= decos tkey COLON texpr.
tkey ::= IDENT.
tkey ::= STRING.
tkey ::= STAR.
titems ::= titem.
titems ::= titems sep titem.
titem ::= decos texpr.
