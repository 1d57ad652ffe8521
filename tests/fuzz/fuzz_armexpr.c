/* fuzz_armexpr.c: libFuzzer target for the ARM expression parser and
 * evaluator.  The input bytes are one template string (a leading '[' is
 * added when missing so most inputs reach the parser); parameters and
 * variables resolve to small fixed values, including an UNKNOWN, and a
 * user-defined function that calls itself exercises the nesting limit.
 * Everything lives in one arena with a byte cap, so a runaway allocation
 * shows up as a failed arena, not as memory exhaustion. */
#include "base/arena.h"
#include "base/diag.h"
#include "base/writer.h"
#include "doc/doc.h"
#include "eval/eval.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const ward_node *fixed(ward_eval_ctx *ctx, const char *name, size_t len)
{
    ward_span sp = ward_span_make(0, 0, 1);
    if (len > 0 && name[0] == 'u')
        return ward_node_unknown(ctx->arena, "unknown", sp);
    if (len > 0 && name[0] == 'a') {
        ward_node *a = ward_node_new(ctx->arena, WARD_N_ARRAY, sp);
        ward_node **items = ward_arena_alloc(ctx->arena, 2 * sizeof *items);
        if (!a || !items)
            return NULL;
        items[0] = ward_node_number(ctx->arena, 1, sp);
        items[1] = ward_node_string(ctx->arena, "x", 1, sp);
        if (!items[0] || !items[1])
            return NULL;
        a->u.items = items;
        a->len = 2;
        return a;
    }
    if (len > 0 && name[0] == 'n')
        return ward_node_number(ctx->arena, 42, sp);
    return ward_node_string(ctx->arena, "value", 5, sp);
}

static const ward_node *udf(ward_eval_ctx *ctx, const char *ns, size_t nslen, const char *name, size_t nlen)
{
    (void)ns;
    (void)nslen;
    (void)name;
    (void)nlen;
    const ward_node *def = ctx->user;
    return def;
}

static int copy_index(ward_eval_ctx *ctx, const char *loop, size_t len, int64_t *index)
{
    (void)ctx;
    (void)loop;
    *index = (int64_t)len;
    return 0;
}

/* {"parameters":[{"name":"p"}],"output":{"value":"[f.g(parameters('p'))]"}} */
static ward_node *make_udf(ward_arena *a)
{
    ward_span sp = ward_span_make(0, 0, 1);
    ward_eval_ctx tmp;
    ward_eval_ctx_init(&tmp, a, NULL);
    const char *j = "[json('{\"parameters\":[{\"name\":\"p\"}],\"output\":{\"value\":\"[f.g(parameters(''p''))]\"}}')]";
    return ward_eval_arm_string(&tmp, j, strlen(j), sp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ward_arena arena;
    ward_diags diags;
    ward_eval_ctx ctx;
    ward_arena_init(&arena);
    ward_diags_init(&diags);
    arena.cap = 64u << 20;
    ward_eval_ctx_init(&ctx, &arena, &diags);
    ctx.parameter = fixed;
    ctx.variable = fixed;
    ctx.user_function = udf;
    ctx.copy_index = copy_index;
    ctx.user = make_udf(&arena);
    ctx.budget = 200000;

    char *text = malloc(size + 2);
    if (text) {
        size_t n = 0;
        if (size == 0 || data[0] != '[')
            text[n++] = '[';
        memcpy(text + n, data, size);
        n += size;
        if (n < 2 || text[n - 1] != ']')
            text[n++] = ']';
        ward_node *r = ward_eval_arm_string(&ctx, text, n, ward_span_make(0, 0, (uint32_t)n));
        if (r) {
            ward_writer w;
            ward_writer_mem(&w);
            ward_eval_dump(&w, r);
            ward_writer_free(&w);
        }
        free(text);
    }
    ward_diags_free(&diags);
    ward_arena_free(&arena);
    return 0;
}
