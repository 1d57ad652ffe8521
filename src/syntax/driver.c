/* driver.c: the push-parser loop.  Gets a token from the re2c lexer, feeds
 * Lemon, and at the end feeds end-of-input.  After a syntax error it skips
 * to the next top-level keyword and starts a fresh parser, so every broken
 * item in a file is reported in one run. */
#include "syntax.h"
#include "lexer.h"
#include "parse_ctx.h"
#include "policy_parse.h"

#include <stdlib.h>
#include <string.h>

void *WardPolicyParseAlloc(void *(*mallocProc)(size_t), ward_parse_ctx *ctx);
void WardPolicyParseFree(void *p, void (*freeProc)(void *));
void WardPolicyParse(void *p, int kind, ward_token tok);

const char *ward_token_desc(int kind)
{
    switch (kind) {
    case 0: return "end of file";
    case WARD_TOK_IDENT: return "identifier";
    case WARD_TOK_NUMBER: return "number";
    case WARD_TOK_STRING: return "string";
    case WARD_TOK_RULEID: return "rule id";
    case WARD_TOK_TMPL_HEAD: case WARD_TOK_TMPL_MID: case WARD_TOK_TMPL_TAIL: return "string";
    case WARD_TOK_LBRACE: return "'{'";
    case WARD_TOK_RBRACE: return "'}'";
    case WARD_TOK_LPAREN: return "'('";
    case WARD_TOK_RPAREN: return "')'";
    case WARD_TOK_LBRACKET: return "'['";
    case WARD_TOK_RBRACKET: return "']'";
    case WARD_TOK_COMMA: return "','";
    case WARD_TOK_COLON: return "':'";
    case WARD_TOK_DOT: return "'.'";
    case WARD_TOK_ASSIGN: return "'='";
    default: return NULL;
    }
}

void ward_parse_syntax_error(ward_parse_ctx *ctx, const ward_token *t)
{
    if (ctx->failed)
        return;
    ctx->failed = 1;
    const char *desc = ward_token_desc(t->kind);
    ward_span sp = t->span;
    if (t->kind == 0) {
        ward_diag_add(ctx->diags, WARD_D_PARSE_SYNTAX, sp, "unexpected end of file");
    } else if (desc && t->kind != WARD_TOK_IDENT && t->kind != WARD_TOK_STRING) {
        ward_diag_add(ctx->diags, WARD_D_PARSE_SYNTAX, sp, "unexpected %s", desc);
    } else if (desc) {
        ward_diag_add(ctx->diags, WARD_D_PARSE_SYNTAX, sp, "unexpected %s '%.*s'", desc,
                      (int)(t->len > 40 ? 40 : t->len), t->str);
    } else {
        /* keywords and operators: quote them as written */
        uint32_t n = sp.end - sp.start;
        ward_diag_add(ctx->diags, WARD_D_PARSE_SYNTAX, sp, "unexpected '%.*s'", (int)(n > 40 ? 40 : n),
                      ctx->text + sp.start);
    }
}

void ward_parse_overflow(ward_parse_ctx *ctx)
{
    if (!ctx->overflow)
        ward_diag_add(ctx->diags, WARD_D_PARSE_DEPTH, ward_span_none(), "policy nested too deeply");
    ctx->overflow = 1;
    ctx->failed = 1;
}

static int is_sync(int kind)
{
    return kind == WARD_TOK_RULE || kind == WARD_TOK_FUNC || kind == WARD_TOK_PARAM || kind == WARD_TOK_IMPORT;
}

ward_ast *ward_parse_policy(const ward_sources *src, uint32_t file, ward_arena *arena, ward_diags *diags)
{
    const ward_source *f = ward_sources_get(src, file);
    if (!f)
        return NULL;
    ward_ast_builder b = {arena, file, {NULL, NULL, 0}, 0};
    ward_parse_ctx ctx = {&b, diags, f->text, 0, 0};
    ward_lexer lx;
    ward_lexer_init(&lx, f->text, f->len, file, arena, diags);
    void *p = WardPolicyParseAlloc(malloc, &ctx);
    if (!p) {
        diags->oom = 1;
        return NULL;
    }
    ward_token t;
    int skipping = 0;
    for (;;) {
        int kind = ward_lex_next(&lx, &t);
        if (kind == WARD_LEX_ERROR)
            continue;   /* reported; the token is dropped */
        if (skipping) {
            if (kind != 0 && !is_sync(kind))
                continue;
            /* Resynchronise: a fresh parser for the rest of the file. */
            WardPolicyParseFree(p, free);
            ctx.failed = 0;
            p = WardPolicyParseAlloc(malloc, &ctx);
            if (!p) {
                diags->oom = 1;
                return b.items.head;
            }
            skipping = 0;
        }
        if (kind == WARD_TOK_RULE)
            lx.want_ruleid = 1;
        t.kind = kind;
        WardPolicyParse(p, kind, t);
        if (ctx.failed) {
            if (kind == 0 || ctx.overflow)
                break;
            skipping = 1;
            lx.ntmpl = 0;
            continue;
        }
        if (kind == 0)
            break;
    }
    WardPolicyParseFree(p, free);
    if (b.oom)
        diags->oom = 1;
    return b.items.head;
}
