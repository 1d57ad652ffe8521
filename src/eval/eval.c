/* eval.c: evaluation of parsed ARM expressions and of template values.
 *
 * The tree walk handles what needs unevaluated arguments: `if` evaluates
 * only the chosen branch, and/or/coalesce stop at the deciding argument, and
 * filter/map/reduce/sort/toObject bind lambda variables around their body.
 * Every other call evaluates its arguments and goes through the library
 * dispatcher (lib_core.c).  User-defined functions evaluate their output
 * with their parameters bound, under a nesting limit.
 *
 * Spans: results are placed at the span of the template string; diagnostics
 * point at the sub-expression inside it when its bytes map onto the file. */
#include "armexpr.h"
#include "evalint.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Where the expression text sits in its file. */
typedef struct loc {
    ward_span span;           /* the template string (results go here) */
    int32_t base;             /* file offset of expression offset 0, or -1 */
} loc;

static ward_node *eval(ward_eval_ctx *ctx, const loc *l, const ward_armx *e);

static ward_span where(const loc *l, const ward_armx *e)
{
    if (l->base < 0)
        return l->span;
    return ward_span_make(l->span.file, (uint32_t)l->base + e->start, (uint32_t)l->base + e->end);
}

static ward_ev_call call_of(const loc *l, const ward_armx *e, ward_node **args, size_t nargs)
{
    ward_ev_call c = {e->str, e->len, args, nargs, l->span, where(l, e)};
    return c;
}

static bool named(const ward_armx *e, const char *name)
{
    return !e->ns && e->len == strlen(name) && strncasecmp(e->str, name, e->len) == 0;
}

/* --- member access and indexing ------------------------------------------------ */

static const ward_node *member_ci(const ward_node *obj, const char *key, size_t len)
{
    for (uint32_t i = obj->len; i-- > 0;)
        if (obj->u.members[i].klen == len && strncasecmp(obj->u.members[i].key, key, len) == 0)
            return obj->u.members[i].value;
    return NULL;
}

static ward_node *expr_error(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const char *msg)
{
    if (ctx->diags)
        ward_diag_add(ctx->diags, WARD_D_DOC_NOTE, where(l, e), "template expression: %s", msg);
    return ward_ev_unknown(ctx, l->span, "error: %s", msg);
}

/* Property `key` of obj; ARM property names are case-insensitive. */
static ward_node *property(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const ward_node *obj,
                           const char *key, size_t len)
{
    char msg[160];
    int shown = (int)(len > 60 ? 60 : len);
    if (obj->kind == WARD_N_OBJECT) {
        const ward_node *v = member_ci(obj, key, len);
        if (v)
            return (ward_node *)v;
        if (obj->flags & WARD_NF_EXPR)
            return ward_ev_unknown(ctx, l->span, "property '%.*s' is not known before deployment", shown, key);
        snprintf(msg, sizeof msg, "the object has no property '%.*s'", shown, key);
    } else {
        snprintf(msg, sizeof msg, "cannot read property '%.*s' of %s", shown, key, ward_ev_kind(obj));
    }
    return expr_error(ctx, l, e, msg);
}

static ward_node *eval_member(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    ward_node *base = eval(ctx, l, e->base);
    if (base && base->kind == WARD_N_UNKNOWN && (base->flags & WARD_NF_REFERENCE))
        return ward_node_reference_member(ctx->arena, base, e->str, e->len, base->span);   /* reference(x).a.b */
    if (!base || base->kind == WARD_N_UNKNOWN)
        return base;
    return property(ctx, l, e, base, e->str, e->len);
}

static ward_node *eval_index(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    char msg[120];
    ward_node *base = eval(ctx, l, e->base);
    if (!base || base->kind == WARD_N_UNKNOWN)
        return base;
    ward_node *ix = eval(ctx, l, e->index);
    if (!ix || ix->kind == WARD_N_UNKNOWN)
        return ix;
    if (base->kind == WARD_N_ARRAY && ix->kind == WARD_N_NUMBER && ward_ev_is_int(ix->u.num)) {
        if (ix->u.num >= 0 && ix->u.num < base->len)
            return base->u.items[(size_t)ix->u.num];
        snprintf(msg, sizeof msg, "index %.0f is out of range (length %u)", ix->u.num, base->len);
        return expr_error(ctx, l, e, msg);
    }
    if (base->kind == WARD_N_OBJECT && ix->kind == WARD_N_STRING)
        return property(ctx, l, e, base, ix->u.str, ix->len);
    snprintf(msg, sizeof msg, "cannot index %s with %s", ward_ev_kind(base), ward_ev_kind(ix));
    return expr_error(ctx, l, e, msg);
}

/* --- lazy logical forms ------------------------------------------------------ */

static ward_node *arity(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const char *want)
{
    ward_ev_call c = call_of(l, e, NULL, e->nargs);
    return ward_ev_arity(ctx, &c, want);
}

static ward_node *eval_if(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    if (e->nargs != 3)
        return arity(ctx, l, e, "3 arguments");
    ward_node *cond = eval(ctx, l, e->args[0]);
    if (!cond || cond->kind == WARD_N_UNKNOWN)
        return cond;
    if (cond->kind != WARD_N_BOOL) {
        ward_ev_call c = call_of(l, e, NULL, 3);
        return ward_ev_error(ctx, &c, "the condition must be a bool, not %s", ward_ev_kind(cond));
    }
    return eval(ctx, l, e->args[cond->u.b ? 1 : 2]);
}

/* and/or: stop at the first deciding value; remember the first unknown. */
static ward_node *eval_and_or(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, int decider)
{
    ward_node *unknown = NULL;
    if (e->nargs < 1)
        return arity(ctx, l, e, "at least 1 argument");
    for (size_t i = 0; i < e->nargs; i++) {
        ward_node *v = eval(ctx, l, e->args[i]);
        if (!v)
            return NULL;
        if (v->kind == WARD_N_UNKNOWN) {
            unknown = unknown ? unknown : v;
        } else if (v->kind != WARD_N_BOOL) {
            ward_ev_call c = call_of(l, e, NULL, e->nargs);
            return ward_ev_error(ctx, &c, "argument %zu must be a bool, not %s", i + 1, ward_ev_kind(v));
        } else if (v->u.b == decider) {
            return ward_ev_bool(ctx, decider, l->span);
        }
    }
    return unknown ? unknown : ward_ev_bool(ctx, !decider, l->span);
}

static ward_node *eval_coalesce(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    if (e->nargs < 1)
        return arity(ctx, l, e, "at least 1 argument");
    for (size_t i = 0; i < e->nargs; i++) {
        ward_node *v = eval(ctx, l, e->args[i]);
        if (!v || v->kind != WARD_N_NULL)
            return v;   /* known non-null, or unknown (might be null): decided either way */
    }
    return ward_ev_null(ctx, l->span);
}

/* --- lambdas ----------------------------------------------------------------- */

typedef struct lambda {
    const ward_armx *body;
    const char *names[3];
    size_t lens[3];
    size_t n;
} lambda;

/* Reads lambda('a', 'b', body) with 1..max parameter names. */
static int get_lambda(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, size_t max, lambda *out)
{
    if (e->kind != WARD_ARMX_CALL || !named(e, "lambda") || e->nargs < 2 || e->nargs - 1 > max)
        return -1;
    out->n = e->nargs - 1;
    out->body = e->args[e->nargs - 1];
    for (size_t i = 0; i < out->n; i++) {
        if (e->args[i]->kind != WARD_ARMX_STRING)
            return -1;
        out->names[i] = e->args[i]->str;
        out->lens[i] = e->args[i]->len;
    }
    (void)ctx;
    (void)l;
    return 0;
}

static ward_node *apply(ward_eval_ctx *ctx, const loc *l, const lambda *lm, ward_node **vals)
{
    ward_ev_frame f = {1, lm->names, lm->lens, vals, lm->n, ctx->frame};
    const void *saved = ctx->frame;
    ctx->frame = &f;
    ward_node *r = eval(ctx, l, lm->body);
    ctx->frame = saved;
    return r;
}

static ward_node *lambda_filter_map(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const ward_node *arr,
                                    const lambda *lm, int is_map)
{
    ward_node *out = ward_ev_array(ctx, arr->len, l->span);
    size_t n = 0;
    for (uint32_t i = 0; out && i < arr->len; i++) {
        ward_node *idx = ward_ev_num(ctx, i, l->span);
        ward_node *vals[2] = {arr->u.items[i], idx};
        ward_node *r = idx ? apply(ctx, l, lm, vals) : NULL;
        if (!r)
            return NULL;
        if (is_map) {
            out->u.items[n++] = r;
        } else if (r->kind == WARD_N_UNKNOWN) {
            return r;
        } else if (r->kind != WARD_N_BOOL) {
            return expr_error(ctx, l, e, "the filter lambda must return a bool");
        } else if (r->u.b) {
            out->u.items[n++] = arr->u.items[i];
        }
    }
    if (out)
        out->len = (uint32_t)n;
    return out;
}

static ward_node *lambda_reduce(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const ward_node *arr,
                                const lambda *lm)
{
    ward_node *acc = eval(ctx, l, e->args[1]);
    for (uint32_t i = 0; acc && i < arr->len; i++) {
        ward_node *idx = ward_ev_num(ctx, i, l->span);
        ward_node *vals[3] = {acc, arr->u.items[i], idx};
        acc = idx ? apply(ctx, l, lm, vals) : NULL;
    }
    return acc;
}

/* Stable insertion sort; the lambda says whether a sorts before b. */
static ward_node *lambda_sort(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const ward_node *arr,
                              const lambda *lm)
{
    ward_node *out = ward_ev_array(ctx, arr->len, l->span);
    if (!out)
        return NULL;
    for (uint32_t i = 0; i < arr->len; i++) {
        ward_node *x = arr->u.items[i];
        uint32_t j = i;
        while (j > 0) {
            ward_node *vals[2] = {x, out->u.items[j - 1]};
            ward_node *r = apply(ctx, l, lm, vals);
            if (!r || r->kind == WARD_N_UNKNOWN)
                return r;
            if (r->kind != WARD_N_BOOL)
                return expr_error(ctx, l, e, "the sort lambda must return a bool");
            if (!r->u.b)
                break;
            out->u.items[j] = out->u.items[j - 1];
            j--;
        }
        out->u.items[j] = x;
    }
    return out;
}

static ward_node *lambda_to_object(ward_eval_ctx *ctx, const loc *l, const ward_armx *e, const ward_node *arr,
                                   const lambda *key, const lambda *val)
{
    ward_node *out = ward_ev_object(ctx, arr->len, l->span);
    for (uint32_t i = 0; out && i < arr->len; i++) {
        ward_node *vals[1] = {arr->u.items[i]};
        ward_node *k = apply(ctx, l, key, vals);
        if (!k || k->kind == WARD_N_UNKNOWN)
            return k;
        if (k->kind != WARD_N_STRING)
            return expr_error(ctx, l, e, "the key lambda must return a string");
        ward_node *v = val ? apply(ctx, l, val, vals) : arr->u.items[i];
        if (!v)
            return NULL;
        out->u.members[i] = (ward_member){k->u.str, k->len, l->span.start, v};
    }
    return out;
}

static ward_node *eval_lambda_call(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    int is_reduce = named(e, "reduce"), is_obj = named(e, "toObject");
    size_t want = is_reduce ? 3 : 2;
    if (e->nargs != want && !(is_obj && e->nargs == 3))
        return arity(ctx, l, e, is_reduce ? "3 arguments" : is_obj ? "2 to 3 arguments" : "2 arguments");
    lambda lm, lv;
    size_t li = is_obj ? 1 : e->nargs - 1;
    size_t maxp = is_reduce ? 3 : named(e, "sort") ? 2 : is_obj ? 1 : 2;
    if (get_lambda(ctx, l, e->args[li], maxp, &lm) < 0 ||
        (is_obj && e->nargs == 3 && get_lambda(ctx, l, e->args[2], 1, &lv) < 0))
        return expr_error(ctx, l, e, "expects a lambda('name', ...) argument with literal names");
    ward_node *arr = eval(ctx, l, e->args[0]);
    if (!arr || arr->kind == WARD_N_UNKNOWN)
        return arr;
    if (arr->kind != WARD_N_ARRAY)
        return expr_error(ctx, l, e, "lambda functions expect an array");
    if (is_reduce)
        return lambda_reduce(ctx, l, e, arr, &lm);
    if (is_obj)
        return lambda_to_object(ctx, l, e, arr, &lm, e->nargs == 3 ? &lv : NULL);
    if (named(e, "sort"))
        return lambda_sort(ctx, l, e, arr, &lm);
    return lambda_filter_map(ctx, l, e, arr, &lm, named(e, "map"));
}

/* --- calls ----------------------------------------------------------------- */

static ward_node *eval_args_and_call(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    ward_node **args = e->nargs ? ward_arena_alloc(ctx->arena, e->nargs * sizeof *args) : NULL;
    if (e->nargs && !args)
        return NULL;
    for (size_t i = 0; i < e->nargs; i++)
        if (!(args[i] = eval(ctx, l, e->args[i])))
            return NULL;
    ward_ev_call c = call_of(l, e, args, e->nargs);
    if (e->ns)
        return ward_ev_call_udf(ctx, e->ns, e->nslen, &c);
    return ward_ev_dispatch(ctx, &c);
}

static ward_node *eval_call(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    if (named(e, "if"))
        return eval_if(ctx, l, e);
    if (named(e, "and") || named(e, "or"))
        return eval_and_or(ctx, l, e, named(e, "or"));
    if (named(e, "coalesce"))
        return eval_coalesce(ctx, l, e);
    if (named(e, "filter") || named(e, "map") || named(e, "reduce") || named(e, "sort") || named(e, "toObject"))
        return eval_lambda_call(ctx, l, e);
    return eval_args_and_call(ctx, l, e);
}

static ward_node *eval(ward_eval_ctx *ctx, const loc *l, const ward_armx *e)
{
    if (!ward_ev_spend(ctx, 1))
        return ward_ev_exhausted(ctx, l->span);
    switch (e->kind) {
    case WARD_ARMX_STRING: return ward_ev_str(ctx, e->str, e->len, l->span);
    case WARD_ARMX_NUMBER: return ward_ev_num(ctx, e->num, l->span);
    case WARD_ARMX_BOOL: return ward_ev_bool(ctx, e->num != 0, l->span);
    case WARD_ARMX_MEMBER: return eval_member(ctx, l, e);
    case WARD_ARMX_INDEX: return eval_index(ctx, l, e);
    case WARD_ARMX_CALL: return eval_call(ctx, l, e);
    default: return ward_ev_unknown(ctx, l->span, "invalid expression");
    }
}

/* --- user-defined functions -------------------------------------------------- */

ward_node *ward_ev_call_udf(ward_eval_ctx *ctx, const char *ns, size_t nslen, const ward_ev_call *c)
{
    int sn = (int)(nslen > 40 ? 40 : nslen), fnl = (int)(c->nlen > 40 ? 40 : c->nlen);
    if (!ctx->user_function)
        return ward_ev_unknown(ctx, c->span, "user-defined function '%.*s.%.*s' is not available", sn, ns, fnl, c->name);
    const ward_node *def = ctx->user_function(ctx, ns, nslen, c->name, c->nlen);
    if (!def)
        return ward_ev_error(ctx, c, "no user-defined function '%.*s.%.*s'", sn, ns, fnl, c->name);
    if (ctx->depth >= WARD_EVAL_MAX_UDF_DEPTH)
        return ward_ev_error(ctx, c, "user-defined functions nested too deeply (limit %d)", WARD_EVAL_MAX_UDF_DEPTH);
    const ward_node *params = ward_node_get_ci(def, "parameters");
    const ward_node *value = ward_node_get_ci(ward_node_get_ci(def, "output"), "value");
    size_t np = params && params->kind == WARD_N_ARRAY ? params->len : 0;
    if (!value)
        return ward_ev_error(ctx, c, "the user-defined function has no output value");
    if (np != c->nargs) {
        char want[40];
        snprintf(want, sizeof want, "%zu argument%s", np, np == 1 ? "" : "s");
        return ward_ev_arity(ctx, c, want);
    }
    const char **names = ward_arena_alloc(ctx->arena, (np + 1) * sizeof *names);
    size_t *lens = ward_arena_alloc(ctx->arena, (np + 1) * sizeof *lens);
    if (!names || !lens)
        return NULL;
    for (size_t i = 0; i < np; i++) {
        const ward_node *nm = ward_node_get_ci(params->u.items[i], "name");
        names[i] = nm && nm->kind == WARD_N_STRING ? nm->u.str : "";
        lens[i] = nm && nm->kind == WARD_N_STRING ? nm->len : 0;
    }
    ward_ev_frame f = {0, names, lens, c->args, np, ctx->frame};
    const void *saved = ctx->frame;
    ctx->frame = &f;
    ctx->depth++;
    ward_node *r = ward_eval_value(ctx, value);
    ctx->depth--;
    ctx->frame = saved;
    return r ? ward_ev_place(ctx, r, c->span, NULL) : NULL;
}

/* --- entry points ------------------------------------------------------------- */

void ward_eval_ctx_init(ward_eval_ctx *ctx, ward_arena *arena, ward_diags *diags)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->arena = arena;
    ctx->diags = diags;
    ctx->budget = WARD_EVAL_DEFAULT_BUDGET;
}

/* Where text[1] (the byte after '[') is in the file: the span covers the
 * string with its quotes (len + 2 bytes) or without (len bytes); otherwise
 * escapes changed the length and offsets do not map. */
static int32_t content_base(ward_span span, size_t len)
{
    if (!ward_span_valid(span) || span.start > INT32_MAX - 2)
        return -1;
    size_t width = span.end - span.start;
    if (width == len + 2)
        return (int32_t)span.start + 2;
    if (width == len)
        return (int32_t)span.start + 1;
    return -1;
}

static ward_node *parse_and_eval(ward_eval_ctx *ctx, const char *text, size_t len, ward_span span)
{
    ward_armx_parser p;
    memset(&p, 0, sizeof p);
    p.arena = ctx->arena;
    p.diags = ctx->diags;
    p.text = ward_arena_strndup(ctx->arena, text + 1, len - 2);
    p.len = len - 2;
    p.file = span.file;
    p.base = content_base(span, len);
    p.whole = span;
    if (!p.text)
        return NULL;
    const ward_armx *root = ward_armx_parse_text(&p);
    if (!root)
        return p.oom ? NULL : ward_node_unknown(ctx->arena, "invalid template expression", span);
    loc l = {span, p.base};
    return eval(ctx, &l, root);
}

ward_node *ward_eval_arm_string(ward_eval_ctx *ctx, const char *text, size_t len, ward_span span)
{
    if (len < 2 || text[0] != '[' || text[len - 1] != ']')
        return ward_node_string(ctx->arena, text, len, span);
    if (text[1] == '[')   /* "[[...]": a literal that starts with '[' */
        return ward_node_string(ctx->arena, text + 1, len - 1, span);
    int top = ctx->depth == 0 && ctx->frame == NULL;
    if (top) {
        ctx->steps = 0;
        ctx->exhausted = 0;
    }
    ward_node *r = parse_and_eval(ctx, text, len, span);
    if (r && top && ctx->exhausted) {
        if (ctx->diags)
            ward_diag_add(ctx->diags, WARD_D_DOC_NOTE, span,
                          "template expression too expensive to evaluate; its value is treated as unknown");
        r = ward_ev_exhausted(ctx, span);
    }
    return r ? ward_ev_place(ctx, r, span, NULL) : NULL;
}

static ward_node *eval_value_at(ward_eval_ctx *ctx, const ward_node *v, int depth);

static ward_node *eval_container(ward_eval_ctx *ctx, const ward_node *v, int depth)
{
    ward_node *out = v->kind == WARD_N_ARRAY ? ward_ev_array(ctx, v->len, v->span) : ward_ev_object(ctx, v->len, v->span);
    if (!out)
        return NULL;
    out->flags = v->flags & ~WARD_NF_ORIGIN;
    for (uint32_t i = 0; i < v->len; i++) {
        const ward_node *item = v->kind == WARD_N_ARRAY ? v->u.items[i] : v->u.members[i].value;
        ward_node *r = eval_value_at(ctx, item, depth + 1);
        if (!r)
            return NULL;
        if (v->kind == WARD_N_ARRAY)
            out->u.items[i] = r;
        else
            out->u.members[i] = (ward_member){v->u.members[i].key, v->u.members[i].klen, v->u.members[i].kstart, r};
    }
    return out;
}

static ward_node *eval_value_at(ward_eval_ctx *ctx, const ward_node *v, int depth)
{
    if (depth > WARD_EVAL_MAX_NODE_DEPTH)
        return ward_node_unknown(ctx->arena, "value nested too deeply", v->span);
    switch (v->kind) {
    case WARD_N_STRING: {
        ward_node *r = ward_eval_arm_string(ctx, v->u.str, v->len, v->span);
        /* A literal keeps the flags and origin of the value it came from. */
        if (r && r->kind == WARD_N_STRING && r->len == v->len && memcmp(r->u.str, v->u.str, v->len) == 0)
            return (ward_node *)v;
        return r;
    }
    case WARD_N_ARRAY:
    case WARD_N_OBJECT: return eval_container(ctx, v, depth);
    default: return (ward_node *)v;
    }
}

ward_node *ward_eval_value(ward_eval_ctx *ctx, const ward_node *value)
{
    return eval_value_at(ctx, value, 0);
}
