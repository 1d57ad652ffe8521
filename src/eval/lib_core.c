/* lib_core.c: the function dispatcher and the logical, comparison,
 * conversion and numeric functions of the ARM library.
 *
 * The dispatcher owns the rules every function shares: name lookup (ASCII
 * case-insensitive), arity, the step budget, list*() key calls, and the
 * default three-valued rule that an UNKNOWN argument makes the result that
 * UNKNOWN.  Functions that can decide with unknown inputs (if, and, or,
 * coalesce, equals, createArray, createObject) see their arguments as they are. */
#include "evalint.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct builtin {
    const char *name;
    ward_ev_fn fn;
    int min, max;
    int flags;
} builtin;

static const builtin builtins[] = {
#define X(name, fn, min, max, flags) {name, ward_evf_##fn, min, max, flags},
#include "builtins.def"
#undef X
};

static const builtin *find_builtin(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
        if (strlen(builtins[i].name) == n && strncasecmp(builtins[i].name, name, n) == 0)
            return &builtins[i];
    return NULL;
}

int ward_eval_has_function(const char *name, size_t nlen) { return find_builtin(name, nlen) != NULL; }

static ward_node *check_arity(ward_eval_ctx *ctx, const ward_ev_call *c, const builtin *b)
{
    char want[64];
    if ((int)c->nargs >= b->min && (b->max < 0 || (int)c->nargs <= b->max))
        return NULL;
    if (b->max < 0)
        snprintf(want, sizeof want, "at least %d argument%s", b->min, b->min == 1 ? "" : "s");
    else if (b->min == b->max)
        snprintf(want, sizeof want, "%d argument%s", b->min, b->min == 1 ? "" : "s");
    else
        snprintf(want, sizeof want, "%d to %d arguments", b->min, b->max);
    return ward_ev_arity(ctx, c, want);
}

/* Names the library does not define: ns.name is a user-defined function,
 * list*() reads keys or secrets at deployment, the rest is unsupported. */
static ward_node *not_builtin(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *dot = memchr(c->name, '.', c->nlen);
    if (dot) {
        ward_ev_call u = *c;
        u.name = dot + 1;
        u.nlen = c->nlen - (size_t)(dot + 1 - c->name);
        return ward_ev_call_udf(ctx, c->name, (size_t)(dot - c->name), &u);
    }
    int n = (int)(c->nlen > 60 ? 60 : c->nlen);
    if (c->nlen >= 4 && strncasecmp(c->name, "list", 4) == 0) {
        /* listKeys(<id>, ...): which resource's keys, for cross-resource rules */
        const ward_node *target = c->nargs ? c->args[0] : NULL;
        ward_node *u = target && target->kind == WARD_N_STRING
                           ? ward_ev_unknown(ctx, c->span, "%.*s(%.*s)", n, c->name,
                                             (int)(target->len > 180 ? 180 : target->len), target->u.str)
                           : ward_ev_unknown(ctx, c->span, "%.*s() returns keys or secrets at deployment", n, c->name);
        if (u)
            u->flags |= WARD_NF_KEYCALL | (target && target->kind == WARD_N_STRING ? WARD_NF_REFERENCE : 0);
        return u;
    }
    return ward_ev_unknown(ctx, c->span, "unsupported function '%.*s'", n, c->name);
}

ward_node *ward_ev_dispatch(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (!ward_ev_spend(ctx, 1 + c->nargs))
        return ward_ev_exhausted(ctx, c->span);
    const builtin *b = find_builtin(c->name, c->nlen);
    if (!b)
        return not_builtin(ctx, c);
    ward_node *bad = check_arity(ctx, c, b);
    if (bad)
        return bad;
    if (!(b->flags & WARD_EV_SEES_UNKNOWN)) {
        /* The result is unknown: the first unknown argument stands for it,
         * unless a later one is a key call, which rules must still see
         * (concat('Endpoint=', reference(x).endpoint, ';Key=', listKeys(x).key1)). */
        ward_node *unk = NULL;
        for (size_t i = 0; i < c->nargs; i++)
            if (c->args[i]->kind == WARD_N_UNKNOWN &&
                (!unk || ((c->args[i]->flags & WARD_NF_KEYCALL) && !(unk->flags & WARD_NF_KEYCALL))))
                unk = c->args[i];
        if (unk)
            return unk;
    }
    return b->fn(ctx, c);
}

ward_node *ward_eval_call(ward_eval_ctx *ctx, const char *name, size_t nlen, ward_node **args,
                          size_t nargs, ward_span span)
{
    for (size_t i = 0; i < nargs; i++)
        if (!args[i])
            return NULL;
    ward_ev_call c = {name, nlen, args, nargs, span, span};
    return ward_ev_dispatch(ctx, &c);
}

/* --- logical --------------------------------------------------------------- */

/* With evaluated arguments (Bicep, ward_eval_call); the parser's own `if`
 * evaluates only the chosen branch (eval.c). */
ward_node *ward_evf_if_(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *cond = c->args[0];
    if (cond->kind == WARD_N_UNKNOWN) {
        /* Both branches equal: the condition does not matter. */
        if (ward_ev_eq3(c->args[1], c->args[2], 0) == 1)
            return c->args[1];
        return (ward_node *)cond;
    }
    if (cond->kind != WARD_N_BOOL)
        return ward_ev_error(ctx, c, "the condition must be a bool, not %s", ward_ev_kind(cond));
    return c->args[cond->u.b ? 1 : 2];
}

/* and/or: a deciding known value wins over unknowns anywhere. */
static ward_node *and_or(ward_eval_ctx *ctx, const ward_ev_call *c, int decider)
{
    ward_node *unknown = NULL;
    for (size_t i = 0; i < c->nargs; i++) {
        ward_node *a = c->args[i];
        if (a->kind == WARD_N_UNKNOWN) {
            if (!unknown)
                unknown = a;
        } else if (a->kind != WARD_N_BOOL) {
            return ward_ev_error(ctx, c, "argument %zu must be a bool, not %s", i + 1, ward_ev_kind(a));
        } else if (a->u.b == decider) {
            return ward_ev_bool(ctx, decider, c->span);
        }
    }
    return unknown ? unknown : ward_ev_bool(ctx, !decider, c->span);
}

ward_node *ward_evf_and_(ward_eval_ctx *ctx, const ward_ev_call *c) { return and_or(ctx, c, 0); }
ward_node *ward_evf_or_(ward_eval_ctx *ctx, const ward_ev_call *c) { return and_or(ctx, c, 1); }

ward_node *ward_evf_not_(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (c->args[0]->kind != WARD_N_BOOL)
        return ward_ev_error(ctx, c, "argument must be a bool, not %s", ward_ev_kind(c->args[0]));
    return ward_ev_bool(ctx, !c->args[0]->u.b, c->span);
}

ward_node *ward_evf_bool_(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *a = c->args[0];
    if (a->kind == WARD_N_BOOL)
        return ward_ev_bool(ctx, a->u.b, c->span);
    if (ward_node_str_ieq(a, "true") || ward_node_str_ieq(a, "false"))
        return ward_ev_bool(ctx, a->len == 4, c->span);
    if (a->kind == WARD_N_NUMBER && (a->u.num == 0 || a->u.num == 1))
        return ward_ev_bool(ctx, a->u.num == 1, c->span);
    return ward_ev_error(ctx, c, "cannot convert %s to bool", ward_ev_kind(a));
}

ward_node *ward_evf_true_(ward_eval_ctx *ctx, const ward_ev_call *c) { return ward_ev_bool(ctx, 1, c->span); }
ward_node *ward_evf_false_(ward_eval_ctx *ctx, const ward_ev_call *c) { return ward_ev_bool(ctx, 0, c->span); }
ward_node *ward_evf_null_(ward_eval_ctx *ctx, const ward_ev_call *c) { return ward_ev_null(ctx, c->span); }

/* --- comparison ------------------------------------------------------------ */

ward_node *ward_evf_equals(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    int r = ward_ev_eq3(c->args[0], c->args[1], 0);
    if (r >= 0)
        return ward_ev_bool(ctx, r, c->span);
    const ward_node *u = ward_ev_find_unknown(c->args[0], 0);
    if (!u)
        u = ward_ev_find_unknown(c->args[1], 0);
    if (u)
        return (ward_node *)u;
    return ward_ev_unknown(ctx, c->span, "equals() of values that depend on the deployment");
}

/* Orders two numbers or two strings (ordinal); -2 after a type error. */
static int order(ward_eval_ctx *ctx, const ward_ev_call *c, ward_node **err)
{
    const ward_node *a = c->args[0], *b = c->args[1];
    if (a->kind == WARD_N_NUMBER && b->kind == WARD_N_NUMBER)
        return (a->u.num > b->u.num) - (a->u.num < b->u.num);
    if (a->kind == WARD_N_STRING && b->kind == WARD_N_STRING) {
        if (ward_ev_has_placeholder(a->u.str, a->len) || ward_ev_has_placeholder(b->u.str, b->len)) {
            *err = ward_ev_unknown(ctx, c->span, "comparison of ids that depend on the deployment");
            return -2;
        }
        size_t n = a->len < b->len ? a->len : b->len;
        int r = memcmp(a->u.str, b->u.str, n);
        if (r == 0)
            return (a->len > b->len) - (a->len < b->len);
        return r < 0 ? -1 : 1;
    }
    *err = ward_ev_error(ctx, c, "cannot compare %s with %s", ward_ev_kind(a), ward_ev_kind(b));
    return -2;
}

static ward_node *compare(ward_eval_ctx *ctx, const ward_ev_call *c, int lt, int eq, int gt)
{
    ward_node *err = NULL;
    int r = order(ctx, c, &err);
    if (r == -2)
        return err;
    return ward_ev_bool(ctx, r < 0 ? lt : r == 0 ? eq : gt, c->span);
}

ward_node *ward_evf_less(ward_eval_ctx *ctx, const ward_ev_call *c) { return compare(ctx, c, 1, 0, 0); }
ward_node *ward_evf_less_eq(ward_eval_ctx *ctx, const ward_ev_call *c) { return compare(ctx, c, 1, 1, 0); }
ward_node *ward_evf_greater(ward_eval_ctx *ctx, const ward_ev_call *c) { return compare(ctx, c, 0, 0, 1); }
ward_node *ward_evf_greater_eq(ward_eval_ctx *ctx, const ward_ev_call *c) { return compare(ctx, c, 0, 1, 1); }

ward_node *ward_evf_coalesce(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    for (size_t i = 0; i < c->nargs; i++)
        if (c->args[i]->kind != WARD_N_NULL)
            return c->args[i];   /* a known value, or an unknown that might be null */
    return ward_ev_null(ctx, c->span);
}

ward_node *ward_evf_empty(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *a = c->args[0];
    switch (a->kind) {
    case WARD_N_NULL: return ward_ev_bool(ctx, 1, c->span);
    case WARD_N_STRING:
    case WARD_N_ARRAY:
    case WARD_N_OBJECT: return ward_ev_bool(ctx, a->len == 0, c->span);
    default: return ward_ev_error(ctx, c, "empty() of %s", ward_ev_kind(a));
    }
}

static ward_node *contains_item(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *arr = c->args[0];
    const ward_node *unknown = NULL;
    if (!ward_ev_spend(ctx, arr->len))
        return ward_ev_exhausted(ctx, c->span);
    for (uint32_t i = 0; i < arr->len; i++) {
        int r = ward_ev_eq3(arr->u.items[i], c->args[1], 0);
        if (r == 1)
            return ward_ev_bool(ctx, 1, c->span);
        if (r < 0 && !unknown)
            unknown = arr->u.items[i];
    }
    if (unknown)
        return unknown->kind == WARD_N_UNKNOWN ? (ward_node *)unknown
                                               : ward_ev_unknown(ctx, c->span, "contains() of unknown items");
    return ward_ev_bool(ctx, 0, c->span);
}

ward_node *ward_evf_contains(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *hay = c->args[0], *needle = c->args[1];
    if (hay->kind == WARD_N_ARRAY)
        return contains_item(ctx, c);
    if (hay->kind == WARD_N_OBJECT && needle->kind == WARD_N_STRING) {
        /* Object keys compare case-insensitively, as ARM property names do. */
        for (uint32_t i = 0; i < hay->len; i++)
            if (hay->u.members[i].klen == needle->len &&
                strncasecmp(hay->u.members[i].key, needle->u.str, needle->len) == 0)
                return ward_ev_bool(ctx, 1, c->span);
        return ward_ev_bool(ctx, 0, c->span);
    }
    if (hay->kind == WARD_N_STRING && needle->kind == WARD_N_STRING) {
        if (!ward_ev_spend(ctx, hay->len / 16))
            return ward_ev_exhausted(ctx, c->span);
        int found = needle->len == 0;
        for (size_t i = 0; !found && i + needle->len <= hay->len; i++)
            found = memcmp(hay->u.str + i, needle->u.str, needle->len) == 0;
        return ward_ev_bool(ctx, found, c->span);
    }
    return ward_ev_error(ctx, c, "cannot look for %s in %s", ward_ev_kind(needle), ward_ev_kind(hay));
}

/* --- conversions ----------------------------------------------------------- */

ward_node *ward_evf_string(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    ward_writer w;
    const ward_node *unk = NULL;
    ward_writer_mem(&w);
    int r = ward_ev_to_text(&w, c->args[0], &unk);
    ward_node *out;
    if (r == 1)
        out = (ward_node *)unk;
    else if (r < 0 || w.failed)
        out = w.failed && w.len <= WARD_EVAL_MAX_STRING ? NULL
                                                         : ward_ev_unknown(ctx, c->span, "string() result too large");
    else
        out = ward_ev_str(ctx, w.buf ? w.buf : "", w.len, c->span);
    ward_writer_free(&w);
    return out;
}

/* Strict integer text: optional blanks, sign, digits, blanks (Int64.Parse). */
static int parse_int(const char *s, size_t n, double *v)
{
    char buf[40];
    size_t i = 0, k = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        buf[k++] = s[i++];
    size_t digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && k < sizeof buf - 1) {
        buf[k++] = s[i++];
        digits++;
    }
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (!digits || i != n || digits > 19)
        return -1;
    buf[k] = '\0';
    *v = strtod(buf, NULL);
    return fabs(*v) <= 9.223372036854775807e18 ? 0 : -1;
}

ward_node *ward_evf_int_(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *a = c->args[0];
    double v;
    if (a->kind == WARD_N_NUMBER) {
        if (ward_ev_is_int(a->u.num))
            return ward_ev_num(ctx, a->u.num, c->span);
        /* .NET's rounding of fractions is not pinned down here: do not guess. */
        return ward_ev_unknown(ctx, c->span, "int() of a fractional number is not evaluated");
    }
    if (a->kind == WARD_N_STRING && parse_int(a->u.str, a->len, &v) == 0)
        return ward_ev_num(ctx, v, c->span);
    return ward_ev_error(ctx, c, "cannot convert %s to int", ward_ev_kind(a));
}

ward_node *ward_evf_float_(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *a = c->args[0];
    if (a->kind == WARD_N_NUMBER)
        return ward_ev_num(ctx, a->u.num, c->span);
    if (a->kind == WARD_N_STRING && a->len > 0 && a->len < 64) {
        char buf[64], *end;
        memcpy(buf, a->u.str, a->len);
        buf[a->len] = '\0';
        errno = 0;
        double v = strtod(buf, &end);
        if (*end == '\0' && errno == 0 && isfinite(v) && !strpbrk(buf, "xXnN"))
            return ward_ev_num(ctx, v, c->span);
    }
    return ward_ev_error(ctx, c, "cannot convert %s to float", ward_ev_kind(a));
}

ward_node *ward_evf_json(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s, *err = NULL;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    ward_node *v = ward_ev_parse_json(ctx, s, n, c->span, &err);
    if (v)
        return v;
    if (ctx->exhausted)
        return ward_ev_exhausted(ctx, c->span);
    return err ? ward_ev_error(ctx, c, "invalid JSON: %s", err) : NULL;
}

/* --- numbers --------------------------------------------------------------- */

static bool int_args(ward_eval_ctx *ctx, const ward_ev_call *c, int64_t *a, int64_t *b, ward_node **err)
{
    return ward_ev_arg_int(ctx, c, 0, a, err) && ward_ev_arg_int(ctx, c, 1, b, err);
}

/* ARM integers are 64-bit; results past 2^53 would lose digits as doubles. */
static ward_node *int_result(ward_eval_ctx *ctx, const ward_ev_call *c, bool overflow, int64_t v)
{
    if (overflow || v > (INT64_C(1) << 53) || v < -(INT64_C(1) << 53))
        return ward_ev_error(ctx, c, "integer overflow");
    return ward_ev_num(ctx, (double)v, c->span);
}

typedef enum { ARITH_ADD, ARITH_SUB, ARITH_MUL, ARITH_DIV, ARITH_MOD } arith_op;

/* div and mod truncate toward zero, as .NET's long arithmetic does;
 * INT64_MIN / -1 overflows, INT64_MIN % -1 is 0. */
static ward_node *checked_arith(ward_eval_ctx *ctx, const ward_ev_call *c, arith_op op)
{
    int64_t a, b, r = 0;
    ward_node *err = NULL;
    if (!int_args(ctx, c, &a, &b, &err))
        return err;
    if ((op == ARITH_DIV || op == ARITH_MOD) && b == 0)
        return ward_ev_error(ctx, c, "division by zero");
    bool overflow = false;
    switch (op) {
    case ARITH_ADD: overflow = __builtin_add_overflow(a, b, &r); break;
    case ARITH_SUB: overflow = __builtin_sub_overflow(a, b, &r); break;
    case ARITH_MUL: overflow = __builtin_mul_overflow(a, b, &r); break;
    case ARITH_DIV: overflow = a == INT64_MIN && b == -1; r = overflow ? 0 : a / b; break;
    case ARITH_MOD: r = b == -1 ? 0 : a % b; break;
    }
    return int_result(ctx, c, overflow, r);
}

ward_node *ward_evf_add(ward_eval_ctx *ctx, const ward_ev_call *c) { return checked_arith(ctx, c, ARITH_ADD); }
ward_node *ward_evf_sub(ward_eval_ctx *ctx, const ward_ev_call *c) { return checked_arith(ctx, c, ARITH_SUB); }
ward_node *ward_evf_mul(ward_eval_ctx *ctx, const ward_ev_call *c) { return checked_arith(ctx, c, ARITH_MUL); }
ward_node *ward_evf_div_(ward_eval_ctx *ctx, const ward_ev_call *c) { return checked_arith(ctx, c, ARITH_DIV); }
ward_node *ward_evf_mod(ward_eval_ctx *ctx, const ward_ev_call *c) { return checked_arith(ctx, c, ARITH_MOD); }

/* min/max over integer arguments or one array of integers. */
static ward_node *extreme(ward_eval_ctx *ctx, const ward_ev_call *c, int want_max)
{
    ward_node *const *v = c->args;
    size_t n = c->nargs;
    if (n == 1 && c->args[0]->kind == WARD_N_ARRAY) {
        v = c->args[0]->u.items;
        n = c->args[0]->len;
    }
    if (n == 0)
        return ward_ev_error(ctx, c, "no values");
    const ward_node *best = NULL;
    for (size_t i = 0; i < n; i++) {
        if (v[i]->kind == WARD_N_UNKNOWN)
            return v[i];
        if (v[i]->kind != WARD_N_NUMBER)
            return ward_ev_error(ctx, c, "values must be numbers, not %s", ward_ev_kind(v[i]));
        if (!best || (want_max ? v[i]->u.num > best->u.num : v[i]->u.num < best->u.num))
            best = v[i];
    }
    return ward_ev_num(ctx, best->u.num, c->span);
}

ward_node *ward_evf_min_(ward_eval_ctx *ctx, const ward_ev_call *c) { return extreme(ctx, c, 0); }
ward_node *ward_evf_max_(ward_eval_ctx *ctx, const ward_ev_call *c) { return extreme(ctx, c, 1); }
