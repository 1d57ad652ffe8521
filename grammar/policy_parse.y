/* policy_parse.y: the policy language grammar (Lemon).
 *
 * Every action is one call into the ward_ast_* builders (src/syntax/ast.h);
 * no lookups or checks happen here.  Lemon fails the build on any conflict.
 * The driver (src/syntax/driver.c) pushes tokens and resynchronises after a
 * syntax error at the next top-level keyword, so one run reports the errors
 * of every item. */

%name WardPolicyParse
%token_prefix WARD_TOK_
%token_type {ward_token}
%extra_context {ward_parse_ctx *ctx}
%default_type {ward_ast *}
%start_symbol module

%include {
#include "syntax/ast.h"
#include "syntax/parse_ctx.h"
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#define B (ctx->builder)
}

%syntax_error {
    ward_parse_syntax_error(ctx, &yyminor);
}
%parse_failure {
    ctx->failed = 1;
}
%stack_overflow {
    ward_parse_overflow(ctx);
}
%stack_size 1000

/* Tokens only the lexer produces, declared so their codes exist. */
%token RULEID TMPL_HEAD TMPL_MID TMPL_TAIL.

/* Precedence, lowest first. */
%right QUANT.
%left OR.
%left AND.
%right NOT.
%nonassoc EQ NE LT LE GT GE IN.
%right DEFAULT.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%right UMINUS.
%left DOT LBRACKET LPAREN.

module ::= items.
items ::= items item.
items ::= .

item ::= IMPORT(K) IDENT(N).                                  { ward_ast_add_item(B, ward_ast_import(B, K, N)); }
item ::= PARAM(K) IDENT(N) COLON IDENT(T) ASSIGN expr(E).     { ward_ast_add_item(B, ward_ast_param(B, K, N, ward_ast_name(B, T), E)); }
item ::= PARAM(K) IDENT(N) ASSIGN expr(E).                    { ward_ast_add_item(B, ward_ast_param(B, K, N, NULL, E)); }
item ::= LET(K) IDENT(N) ASSIGN expr(E).                      { ward_ast_add_item(B, ward_ast_global(B, K, N, E)); }
item ::= FUNC(K) IDENT(N) LPAREN names(P) RPAREN ASSIGN expr(E). { ward_ast_add_item(B, ward_ast_func(B, K, N, P, E)); }
item ::= RULE(K) RULEID(I) LBRACE rule_items(L) RBRACE(C).   { ward_ast_add_item(B, ward_ast_rule(B, K, I, L, C)); }

%type names {ward_ast_list}
names(L) ::= .                                  { L = ward_ast_list_empty(); }
names(L) ::= names1(A).                         { L = A; }
%type names1 {ward_ast_list}
names1(L) ::= IDENT(N).                         { L = ward_ast_list_one(ward_ast_name(B, N)); }
names1(L) ::= names1(A) COMMA IDENT(N).         { L = ward_ast_list_append(A, ward_ast_name(B, N)); }

%type rule_items {ward_ast_list}
rule_items(L) ::= .                             { L = ward_ast_list_empty(); }
rule_items(L) ::= rule_items(A) rule_item(I).   { L = ward_ast_list_append(A, I); }

rule_item(R) ::= IDENT(K) expr(E).              { R = ward_ast_meta(B, K, E); }
rule_item(R) ::= SEVERITY(K) expr(E).           { R = ward_ast_meta(B, K, E); }
rule_item(R) ::= ON(K) IDENT(F) strings(T) AS IDENT(A) LBRACE stmts(S) RBRACE(C).
                                                { R = ward_ast_selector(B, K, F, T, A, S, C); }

%type strings {ward_ast_list}
strings(L) ::= STRING(S).                       { L = ward_ast_list_one(ward_ast_str(B, S)); }
strings(L) ::= strings(A) COMMA STRING(S).      { L = ward_ast_list_append(A, ward_ast_str(B, S)); }

%type stmts {ward_ast_list}
stmts(L) ::= .                                  { L = ward_ast_list_empty(); }
stmts(L) ::= stmts(A) stmt(S).                  { L = ward_ast_list_append(A, S); }

stmt(S) ::= LET(K) IDENT(N) ASSIGN expr(E).     { S = ward_ast_let(B, K, N, E); }
stmt(S) ::= WHEN(K) expr(E).                    { S = ward_ast_stmt(B, WARD_AST_WHEN, K, E, NULL, NULL); }
stmt(S) ::= EXPECT(K) expr(E) sev(V).           { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_EXPECT, K, E, NULL, NULL), V); }
stmt(S) ::= EXPECT(K) expr(E) message(M) sev(V). { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_EXPECT, K, E, M, NULL), V); }
stmt(S) ::= EXPECT(K) expr(E) message(M) AT expr(L) sev(V). { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_EXPECT, K, E, M, L), V); }
stmt(S) ::= FAIL(K) message(M) sev(V).          { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_FAIL, K, NULL, M, NULL), V); }
stmt(S) ::= FAIL(K) message(M) AT expr(L) sev(V). { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_FAIL, K, NULL, M, L), V); }
stmt(S) ::= UNKNOWN(K) message(M) sev(V).       { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_UNDECIDED, K, NULL, M, NULL), V); }
stmt(S) ::= UNKNOWN(K) message(M) AT expr(L) sev(V). { S = ward_ast_with_severity(B, ward_ast_stmt(B, WARD_AST_UNDECIDED, K, NULL, M, L), V); }

/* Optional per-finding severity: `expect ... severity low`. */
%type sev {ward_token}
sev(V) ::= .                                    { memset(&V, 0, sizeof V); }
sev(V) ::= SEVERITY IDENT(N).                   { V = N; }
stmt(S) ::= IF(K) expr(E) LBRACE stmts(T) RBRACE.  { S = ward_ast_if(B, K, E, T, NULL); }
stmt(S) ::= IF(K) expr(E) LBRACE stmts(T) RBRACE ELSE(L) LBRACE stmts(F) RBRACE.
                                                { S = ward_ast_if(B, K, E, T, ward_ast_else(B, L, F)); }
stmt(S) ::= FOR(K) IDENT(V) IN expr(E) LBRACE stmts(T) RBRACE. { S = ward_ast_for(B, K, V, E, T); }

message(M) ::= STRING(S).                       { M = ward_ast_str(B, S); }
message(M) ::= template(T).                     { M = T; }

template(T) ::= tmpl_parts(L) TMPL_TAIL(E).     { T = ward_ast_tmpl_end(B, ward_ast_list_append(L, ward_ast_str(B, E))); }
%type tmpl_parts {ward_ast_list}
tmpl_parts(L) ::= TMPL_HEAD(H) expr(E).         { L = ward_ast_list_append(ward_ast_tmpl_start(B, H), E); }
tmpl_parts(L) ::= tmpl_parts(A) TMPL_MID(M) expr(E). { L = ward_ast_list_append(ward_ast_list_append(A, ward_ast_str(B, M)), E); }

expr(E) ::= expr(A) OR expr(C).                 { E = ward_ast_binary(B, WARD_BOP_OR, A, C); }
expr(E) ::= expr(A) AND expr(C).                { E = ward_ast_binary(B, WARD_BOP_AND, A, C); }
expr(E) ::= NOT(K) expr(A).                     { E = ward_ast_unary(B, WARD_UOP_NOT, K, A); }
expr(E) ::= expr(A) EQ expr(C).                 { E = ward_ast_binary(B, WARD_BOP_EQ, A, C); }
expr(E) ::= expr(A) NE expr(C).                 { E = ward_ast_binary(B, WARD_BOP_NE, A, C); }
expr(E) ::= expr(A) LT expr(C).                 { E = ward_ast_binary(B, WARD_BOP_LT, A, C); }
expr(E) ::= expr(A) LE expr(C).                 { E = ward_ast_binary(B, WARD_BOP_LE, A, C); }
expr(E) ::= expr(A) GT expr(C).                 { E = ward_ast_binary(B, WARD_BOP_GT, A, C); }
expr(E) ::= expr(A) GE expr(C).                 { E = ward_ast_binary(B, WARD_BOP_GE, A, C); }
expr(E) ::= expr(A) IN expr(C).                 { E = ward_ast_binary(B, WARD_BOP_IN, A, C); }
expr(E) ::= expr(A) NOT IN expr(C). [IN]        { E = ward_ast_binary(B, WARD_BOP_NOTIN, A, C); }
expr(E) ::= expr(A) DEFAULT expr(C).            { E = ward_ast_binary(B, WARD_BOP_DEFAULT, A, C); }
expr(E) ::= expr(A) PLUS expr(C).               { E = ward_ast_binary(B, WARD_BOP_ADD, A, C); }
expr(E) ::= expr(A) MINUS expr(C).              { E = ward_ast_binary(B, WARD_BOP_SUB, A, C); }
expr(E) ::= expr(A) STAR expr(C).               { E = ward_ast_binary(B, WARD_BOP_MUL, A, C); }
expr(E) ::= expr(A) SLASH expr(C).              { E = ward_ast_binary(B, WARD_BOP_DIV, A, C); }
expr(E) ::= expr(A) PERCENT expr(C).            { E = ward_ast_binary(B, WARD_BOP_MOD, A, C); }
expr(E) ::= MINUS(K) expr(A). [UMINUS]          { E = ward_ast_unary(B, WARD_UOP_NEG, K, A); }
expr(E) ::= quant(Q) IDENT(V) IN postfix(C) COLON expr(X). [QUANT]
                                                { E = ward_ast_quant(B, (ward_ast_op)Q.num, Q, V, C, X); }
expr(E) ::= IF(K) expr(C) THEN expr(A) ELSE expr(Z). [QUANT]
                                                { E = ward_ast_cond(B, K, C, A, Z); }
expr(E) ::= postfix(P).                         { E = P; }

%type quant {ward_token}
quant(Q) ::= ANY(K).                            { Q = K; Q.num = WARD_Q_ANY; }
quant(Q) ::= ALL(K).                            { Q = K; Q.num = WARD_Q_ALL; }
quant(Q) ::= NONE(K).                           { Q = K; Q.num = WARD_Q_NONE; }
quant(Q) ::= COUNT(K).                          { Q = K; Q.num = WARD_Q_COUNT; }
quant(Q) ::= FILTER(K).                         { Q = K; Q.num = WARD_Q_FILTER; }

postfix(E) ::= primary(P).                      { E = P; }
postfix(E) ::= postfix(A) DOT IDENT(N).         { E = ward_ast_member(B, A, N); }
postfix(E) ::= postfix(A) LBRACKET expr(I) RBRACKET(C). { E = ward_ast_index(B, A, I, C); }
postfix(E) ::= postfix(A) LPAREN args(L) RPAREN(C).     { E = ward_ast_call(B, A, L, C); }

primary(E) ::= NUMBER(T).                       { E = ward_ast_num(B, T); }
primary(E) ::= STRING(T).                       { E = ward_ast_str(B, T); }
primary(E) ::= template(T).                     { E = T; }
primary(E) ::= TRUE(T).                         { E = ward_ast_bool(B, T, 1); }
primary(E) ::= FALSE(T).                        { E = ward_ast_bool(B, T, 0); }
primary(E) ::= NULL(T).                         { E = ward_ast_null(B, T); }
primary(E) ::= IDENT(T).                        { E = ward_ast_name(B, T); }
primary(E) ::= LPAREN(O) expr(X) RPAREN(C).     { E = ward_ast_paren(B, O, X, C); }
primary(E) ::= LBRACKET(O) args(L) RBRACKET(C). { E = ward_ast_list_expr(B, O, L, C); }
primary(E) ::= LBRACE(O) pairs(L) RBRACE(C).    { E = ward_ast_object(B, O, L, C); }

%type args {ward_ast_list}
args(L) ::= .                                   { L = ward_ast_list_empty(); }
args(L) ::= args1(A).                           { L = A; }
args(L) ::= args1(A) COMMA.                     { L = A; }
%type args1 {ward_ast_list}
args1(L) ::= expr(E).                           { L = ward_ast_list_one(E); }
args1(L) ::= args1(A) COMMA expr(E).            { L = ward_ast_list_append(A, E); }

%type pairs {ward_ast_list}
pairs(L) ::= .                                  { L = ward_ast_list_empty(); }
pairs(L) ::= pairs1(A).                         { L = A; }
pairs(L) ::= pairs1(A) COMMA.                   { L = A; }
%type pairs1 {ward_ast_list}
pairs1(L) ::= pair(P).                          { L = ward_ast_list_one(P); }
pairs1(L) ::= pairs1(A) COMMA pair(P).          { L = ward_ast_list_append(A, P); }
pair(P) ::= IDENT(K) COLON expr(V).             { P = ward_ast_pair(B, K, V); }
pair(P) ::= STRING(K) COLON expr(V).            { P = ward_ast_pair(B, K, V); }
