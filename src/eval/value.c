/* value.c: value semantics shared by the function library.
 *
 * Node constructors in the context arena, errors as diagnostics plus UNKNOWN
 * results, the step budget, three-valued deep equality, ARM's text forms of
 * values (string(), JSON), a bounded JSON parser for json(), and string
 * offsets in UTF-16 code units: ARM runs on .NET, whose strings are UTF-16,
 * so length('é') is 1 and length('😀') is 2 although UTF-8 needs 2 and 4
 * bytes. */
#include "evalint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- nodes ---------------------------------------------------------------- */

ward_node *ward_ev_str(ward_eval_ctx *ctx, const char *s, size_t n, ward_span span)
{
    return ward_node_string(ctx->arena, s, n, span);
}

ward_node *ward_ev_num(ward_eval_ctx *ctx, double v, ward_span span)
{
    return ward_node_number(ctx->arena, v, span);
}

ward_node *ward_ev_bool(ward_eval_ctx *ctx, int b, ward_span span)
{
    return ward_node_bool(ctx->arena, b, span);
}

ward_node *ward_ev_null(ward_eval_ctx *ctx, ward_span span)
{
    return ward_node_new(ctx->arena, WARD_N_NULL, span);
}

ward_node *ward_ev_array(ward_eval_ctx *ctx, size_t n, ward_span span)
{
    ward_node *a = ward_node_new(ctx->arena, WARD_N_ARRAY, span);
    if (!a)
        return NULL;
    a->len = (uint32_t)n;
    if (n) {
        a->u.items = ward_arena_zalloc(ctx->arena, n * sizeof *a->u.items);
        if (!a->u.items)
            return NULL;
    }
    return a;
}

ward_node *ward_ev_object(ward_eval_ctx *ctx, size_t n, ward_span span)
{
    ward_node *o = ward_node_new(ctx->arena, WARD_N_OBJECT, span);
    if (!o)
        return NULL;
    o->len = (uint32_t)n;
    if (n) {
        o->u.members = ward_arena_zalloc(ctx->arena, n * sizeof *o->u.members);
        if (!o->u.members)
            return NULL;
    }
    return o;
}

ward_node *ward_ev_unknown(ward_eval_ctx *ctx, ward_span span, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return ward_node_unknown(ctx->arena, msg, span);
}

static ward_node *report(ward_eval_ctx *ctx, const ward_ev_call *c, ward_diag_code code, const char *msg)
{
    if (ctx->diags)
        ward_diag_add(ctx->diags, code, c->where, "template function '%.*s': %s",
                      (int)(c->nlen > 60 ? 60 : c->nlen), c->name, msg);
    return ward_ev_unknown(ctx, c->span, "error in '%.*s': %s", (int)(c->nlen > 60 ? 60 : c->nlen),
                       c->name, msg);
}

ward_node *ward_ev_error(ward_eval_ctx *ctx, const ward_ev_call *c, const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return report(ctx, c, WARD_D_DOC_NOTE, msg);
}

ward_node *ward_ev_arity(ward_eval_ctx *ctx, const ward_ev_call *c, const char *expect)
{
    char msg[120];
    snprintf(msg, sizeof msg, "expects %s, got %zu", expect, c->nargs);
    return report(ctx, c, WARD_D_DOC_SHAPE, msg);
}

ward_node *ward_ev_place(ward_eval_ctx *ctx, const ward_node *n, ward_span span, const char *label)
{
    if (n->span.file == span.file && n->span.start == span.start && n->span.end == span.end)
        return (ward_node *)n;
    const char *old_label = NULL;
    const ward_span *origin = ward_node_origin(n, &old_label);
    if (origin)
        return ward_node_relocate(ctx->arena, n, span, *origin, old_label ? old_label : label);
    if (ward_span_valid(n->span))
        return ward_node_relocate(ctx->arena, n, span, n->span, label);
    ward_node *copy = ward_node_new(ctx->arena, (ward_node_kind)n->kind, span);
    if (!copy)
        return NULL;
    copy->flags = n->flags;
    copy->len = n->len;
    copy->u = n->u;
    return copy;
}

/* --- budget --------------------------------------------------------------- */

bool ward_ev_spend(ward_eval_ctx *ctx, size_t n)
{
    long budget = ctx->budget > 0 ? ctx->budget : WARD_EVAL_DEFAULT_BUDGET;
    if (ctx->exhausted)
        return false;
    if (n > (size_t)budget || ctx->steps > budget - (long)n) {
        ctx->exhausted = 1;
        return false;
    }
    ctx->steps += (long)n;
    return true;
}

ward_node *ward_ev_exhausted(ward_eval_ctx *ctx, ward_span span)
{
    return ward_node_unknown(ctx->arena, "evaluation budget exhausted", span);
}

/* --- equality ------------------------------------------------------------- */

static int eq3_strings(const ward_node *a, const ward_node *b)
{
    if (a->len == b->len && memcmp(a->u.str, b->u.str, a->len) == 0)
        return 1;
    /* An id with "{subscriptionId}" in it may equal anything at deployment. */
    if (ward_ev_has_placeholder(a->u.str, a->len) || ward_ev_has_placeholder(b->u.str, b->len))
        return -1;
    return 0;
}

static int eq3_arrays(const ward_node *a, const ward_node *b, int depth)
{
    if (a->len != b->len)
        return 0;
    int result = 1;
    for (uint32_t i = 0; i < a->len; i++) {
        int r = ward_ev_eq3(a->u.items[i], b->u.items[i], depth + 1);
        if (r == 0)
            return 0;
        if (r < 0)
            result = -1;
    }
    return result;
}

static int eq3_objects(const ward_node *a, const ward_node *b, int depth)
{
    if (a->len != b->len)
        return 0;
    int result = 1;
    for (uint32_t i = 0; i < a->len; i++) {
        const ward_member *m = &a->u.members[i];
        const ward_member *o = ward_node_member(b, m->key, m->klen);
        if (!o)
            return 0;
        int r = ward_ev_eq3(m->value, o->value, depth + 1);
        if (r == 0)
            return 0;
        if (r < 0)
            result = -1;
    }
    return result;
}

int ward_ev_eq3(const ward_node *a, const ward_node *b, int depth)
{
    if (depth > WARD_EVAL_MAX_NODE_DEPTH)
        return -1;
    if (a->kind == WARD_N_UNKNOWN || b->kind == WARD_N_UNKNOWN)
        return -1;
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case WARD_N_NULL: return 1;
    case WARD_N_BOOL: return a->u.b == b->u.b;
    case WARD_N_NUMBER: return a->u.num == b->u.num;
    case WARD_N_STRING: return eq3_strings(a, b);
    case WARD_N_ARRAY: return eq3_arrays(a, b, depth);
    case WARD_N_OBJECT: return eq3_objects(a, b, depth);
    default: return -1;
    }
}

const ward_node *ward_ev_find_unknown(const ward_node *n, int depth)
{
    if (n->kind == WARD_N_UNKNOWN)
        return n;
    if (depth > WARD_EVAL_MAX_NODE_DEPTH)
        return n;   /* too deep to tell: treat as unknown, never as known */
    if (n->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < n->len; i++) {
            const ward_node *u = ward_ev_find_unknown(n->u.items[i], depth + 1);
            if (u)
                return u;
        }
    } else if (n->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < n->len; i++) {
            const ward_node *u = ward_ev_find_unknown(n->u.members[i].value, depth + 1);
            if (u)
                return u;
        }
    }
    return NULL;
}

bool ward_ev_has_placeholder(const char *s, size_t n)
{
    static const char *const marks[] = {"{subscriptionId}", "{resourceGroupName}", "{tenantId}",
                                        "{managementGroupId}"};
    if (!memchr(s, '{', n))
        return false;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t ml = strlen(marks[k]);
        for (size_t i = 0; i + ml <= n; i++)
            if (s[i] == '{' && memcmp(s + i, marks[k], ml) == 0)
                return true;
    }
    return false;
}

const char *ward_ev_kind(const ward_node *n)
{
    switch (n->kind) {
    case WARD_N_NULL: return "null";
    case WARD_N_BOOL: return "bool";
    case WARD_N_NUMBER: return "number";
    case WARD_N_STRING: return "string";
    case WARD_N_ARRAY: return "array";
    case WARD_N_OBJECT: return "object";
    default: return "unknown value";
    }
}

/* --- numbers and text ----------------------------------------------------- */

bool ward_ev_is_int(double v)
{
    return isfinite(v) && v == floor(v) && fabs(v) < 9.2e18;
}

void ward_ev_fmt_num(double v, char buf[40])
{
    if (!isfinite(v)) {
        snprintf(buf, 40, "%s", isnan(v) ? "NaN" : v < 0 ? "-Infinity" : "Infinity");
        return;
    }
    if (ward_ev_is_int(v) && fabs(v) < 1e17) {
        snprintf(buf, 40, "%.0f", v);
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, 40, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

static int json_too_big(const ward_writer *w)
{
    return w->failed || w->len > WARD_EVAL_MAX_STRING;
}

int ward_ev_to_json(ward_writer *w, const ward_node *n, int depth, const ward_node **unk)
{
    char num[40];
    if (depth > WARD_EVAL_MAX_NODE_DEPTH || json_too_big(w))
        return -1;
    switch (n->kind) {
    case WARD_N_NULL: ward_puts(w, "null"); return 0;
    case WARD_N_BOOL: ward_puts(w, n->u.b ? "true" : "false"); return 0;
    case WARD_N_NUMBER: ward_ev_fmt_num(n->u.num, num); ward_puts(w, num); return 0;
    case WARD_N_STRING:
        ward_putc(w, '"');
        ward_write_json_str(w, n->u.str, n->len);
        ward_putc(w, '"');
        return json_too_big(w) ? -1 : 0;
    case WARD_N_ARRAY:
        ward_putc(w, '[');
        for (uint32_t i = 0; i < n->len; i++) {
            if (i)
                ward_putc(w, ',');
            int r = ward_ev_to_json(w, n->u.items[i], depth + 1, unk);
            if (r)
                return r;
        }
        ward_putc(w, ']');
        return 0;
    case WARD_N_OBJECT:
        ward_putc(w, '{');
        for (uint32_t i = 0; i < n->len; i++) {
            const ward_member *m = &n->u.members[i];
            if (i)
                ward_putc(w, ',');
            ward_putc(w, '"');
            ward_write_json_str(w, m->key, m->klen);
            ward_puts(w, "\":");
            int r = ward_ev_to_json(w, m->value, depth + 1, unk);
            if (r)
                return r;
        }
        ward_putc(w, '}');
        return 0;
    default:
        *unk = n;
        return 1;
    }
}

int ward_eval_to_json(ward_writer *w, const ward_node *n)
{
    const ward_node *unk = NULL;
    return ward_ev_to_json(w, n, 0, &unk);
}

int ward_ev_to_text(ward_writer *w, const ward_node *n, const ward_node **unk)
{
    char num[40];
    switch (n->kind) {
    case WARD_N_STRING: ward_write(w, n->u.str, n->len); return json_too_big(w) ? -1 : 0;
    /* ARM formats booleans with .NET's Boolean.ToString(). */
    case WARD_N_BOOL: ward_puts(w, n->u.b ? "True" : "False"); return 0;
    case WARD_N_NUMBER: ward_ev_fmt_num(n->u.num, num); ward_puts(w, num); return 0;
    case WARD_N_NULL: return 0;
    case WARD_N_UNKNOWN: *unk = n; return 1;
    default: return ward_ev_to_json(w, n, 0, unk);
    }
}

void ward_eval_dump(ward_writer *w, const ward_node *n)
{
    char num[40];
    if (!n) {
        ward_puts(w, "<null>");
        return;
    }
    switch (n->kind) {
    case WARD_N_UNKNOWN:
        ward_puts(w, n->flags & WARD_NF_KEYCALL ? "?key\"" : "?\"");
        ward_write_json_str(w, n->u.str, n->len);
        ward_putc(w, '"');
        return;
    case WARD_N_ARRAY:
        ward_putc(w, '[');
        for (uint32_t i = 0; i < n->len; i++) {
            if (i)
                ward_putc(w, ',');
            ward_eval_dump(w, n->u.items[i]);
        }
        ward_putc(w, ']');
        return;
    case WARD_N_OBJECT:
        ward_putc(w, '{');
        for (uint32_t i = 0; i < n->len; i++) {
            if (i)
                ward_putc(w, ',');
            ward_putc(w, '"');
            ward_write_json_str(w, n->u.members[i].key, n->u.members[i].klen);
            ward_puts(w, "\":");
            ward_eval_dump(w, n->u.members[i].value);
        }
        ward_putc(w, '}');
        return;
    case WARD_N_NUMBER: ward_ev_fmt_num(n->u.num, num); ward_puts(w, num); return;
    case WARD_N_STRING:
        ward_putc(w, '"');
        ward_write_json_str(w, n->u.str, n->len);
        ward_putc(w, '"');
        return;
    case WARD_N_BOOL: ward_puts(w, n->u.b ? "true" : "false"); return;
    default: ward_puts(w, "null"); return;
    }
}

/* --- UTF-16 units ---------------------------------------------------------- */

/* Bytes and UTF-16 units of the sequence starting at s[0] (invalid bytes
 * count as one unit each, as a replacement character would). */
static void seq(const unsigned char *s, size_t left, size_t *bytes, size_t *units)
{
    unsigned c = s[0];
    size_t b = c < 0x80 ? 1 : c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (b > left)
        b = 1;
    for (size_t i = 1; i < b; i++)
        if ((s[i] & 0xC0) != 0x80)
            b = 1;
    *bytes = b;
    *units = b == 4 ? 2 : 1;
}

size_t ward_ev_u16_len(const char *s, size_t n)
{
    size_t units = 0;
    for (size_t i = 0; i < n;) {
        size_t b, u;
        seq((const unsigned char *)s + i, n - i, &b, &u);
        i += b;
        units += u;
    }
    return units;
}

int ward_ev_u16_offset(const char *s, size_t n, size_t idx, size_t *byte)
{
    size_t units = 0, i = 0;
    while (units < idx && i < n) {
        size_t b, u;
        seq((const unsigned char *)s + i, n - i, &b, &u);
        if (units + u > idx)
            return -1;   /* would split a surrogate pair */
        i += b;
        units += u;
    }
    if (units != idx)
        return -1;
    *byte = i;
    return 0;
}

bool ward_ev_is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* --- arguments ------------------------------------------------------------ */

bool ward_ev_arg_str(ward_eval_ctx *ctx, const ward_ev_call *c, size_t i, const char **s, size_t *n,
                 ward_node **err)
{
    const ward_node *a = c->args[i];
    if (a->kind != WARD_N_STRING) {
        *err = ward_ev_error(ctx, c, "argument %zu must be a string, not %s", i + 1, ward_ev_kind(a));
        return false;
    }
    *s = a->u.str;
    *n = a->len;
    return true;
}

bool ward_ev_arg_int(ward_eval_ctx *ctx, const ward_ev_call *c, size_t i, int64_t *v, ward_node **err)
{
    const ward_node *a = c->args[i];
    if (a->kind != WARD_N_NUMBER || !ward_ev_is_int(a->u.num)) {
        *err = ward_ev_error(ctx, c, "argument %zu must be an integer, not %s", i + 1, ward_ev_kind(a));
        return false;
    }
    *v = (int64_t)a->u.num;
    return true;
}
