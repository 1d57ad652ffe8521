/* lib_array.c: the array and object functions of the ARM library (plus
 * length/first/last/skip/take, which also take strings).
 *
 * Arrays may hold UNKNOWN items: their length is still known, and functions
 * that only move items around (skip, take, createArray, concat) keep them.
 * Functions that must compare items (union, intersection) give UNKNOWN when
 * a comparison is undecided rather than guess duplicates. */
#include "evalint.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static ward_node *slice_string(ward_eval_ctx *ctx, const ward_ev_call *c, const ward_node *s, size_t from, size_t to)
{
    size_t a, b;
    if (ward_ev_u16_offset(s->u.str, s->len, from, &a) < 0 || ward_ev_u16_offset(s->u.str, s->len, to, &b) < 0)
        return ward_ev_unknown(ctx, c->span, "'%.*s' splitting a surrogate pair is not evaluated",
                           (int)(c->nlen > 40 ? 40 : c->nlen), c->name);
    return ward_ev_str(ctx, s->u.str + a, b - a, c->span);
}

static ward_node *slice_array(ward_eval_ctx *ctx, const ward_ev_call *c, const ward_node *arr, size_t from, size_t to)
{
    ward_node *out = ward_ev_array(ctx, to - from, c->span);
    if (out && to > from)
        memcpy(out->u.items, arr->u.items + from, (to - from) * sizeof *out->u.items);
    return out;
}

/* Items [from, to) of an array or UTF-16 units of a string. */
static ward_node *slice(ward_eval_ctx *ctx, const ward_ev_call *c, size_t from, size_t to)
{
    const ward_node *v = c->args[0];
    return v->kind == WARD_N_ARRAY ? slice_array(ctx, c, v, from, to) : slice_string(ctx, c, v, from, to);
}

/* Length of an array, or of a string in UTF-16 units; -1 after an error. */
static long seq_len(ward_eval_ctx *ctx, const ward_ev_call *c, ward_node **err)
{
    const ward_node *v = c->args[0];
    if (v->kind == WARD_N_ARRAY)
        return (long)v->len;
    if (v->kind == WARD_N_STRING)
        return (long)ward_ev_u16_len(v->u.str, v->len);
    *err = ward_ev_error(ctx, c, "expects an array or a string, not %s", ward_ev_kind(v));
    return -1;
}

ward_node *ward_evf_length(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    ward_node *err = NULL;
    if (c->args[0]->kind == WARD_N_OBJECT)
        return ward_ev_num(ctx, c->args[0]->len, c->span);
    long n = seq_len(ctx, c, &err);
    return n < 0 ? err : ward_ev_num(ctx, (double)n, c->span);
}

static ward_node *end_item(ward_eval_ctx *ctx, const ward_ev_call *c, int last)
{
    ward_node *err = NULL;
    long n = seq_len(ctx, c, &err);
    if (n < 0)
        return err;
    if (n == 0)   /* ARM's result for an empty input is not pinned down here */
        return ward_ev_unknown(ctx, c->span, "'%.*s' of an empty value is not evaluated", (int)(c->nlen > 40 ? 40 : c->nlen),
                           c->name);
    if (c->args[0]->kind == WARD_N_ARRAY)
        return c->args[0]->u.items[last ? n - 1 : 0];
    return slice(ctx, c, last ? (size_t)n - 1 : 0, last ? (size_t)n : 1);
}

ward_node *ward_evf_first(ward_eval_ctx *ctx, const ward_ev_call *c) { return end_item(ctx, c, 0); }
ward_node *ward_evf_last(ward_eval_ctx *ctx, const ward_ev_call *c) { return end_item(ctx, c, 1); }

static ward_node *skip_take(ward_eval_ctx *ctx, const ward_ev_call *c, int take)
{
    ward_node *err = NULL;
    int64_t k;
    long n = seq_len(ctx, c, &err);
    if (n < 0 || !ward_ev_arg_int(ctx, c, 1, &k, &err))
        return err;
    size_t cut = k <= 0 ? 0 : k >= n ? (size_t)n : (size_t)k;
    return take ? slice(ctx, c, 0, cut) : slice(ctx, c, cut, (size_t)n);
}

ward_node *ward_evf_skip(ward_eval_ctx *ctx, const ward_ev_call *c) { return skip_take(ctx, c, 0); }
ward_node *ward_evf_take(ward_eval_ctx *ctx, const ward_ev_call *c) { return skip_take(ctx, c, 1); }

ward_node *ward_evf_array(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (c->args[0]->kind == WARD_N_ARRAY)
        return c->args[0];
    ward_node *out = ward_ev_array(ctx, 1, c->span);
    if (out)
        out->u.items[0] = c->args[0];
    return out;
}

ward_node *ward_evf_create_array(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    ward_node *out = ward_ev_array(ctx, c->nargs, c->span);
    if (out && c->nargs)
        memcpy(out->u.items, c->args, c->nargs * sizeof *c->args);
    return out;
}

ward_node *ward_evf_create_object(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (c->nargs % 2)
        return ward_ev_arity(ctx, c, "an even number of arguments");
    for (size_t i = 0; i < c->nargs; i += 2) {
        if (c->args[i]->kind == WARD_N_UNKNOWN)
            return c->args[i];   /* an unknown key: the object's shape is unknown */
        if (c->args[i]->kind != WARD_N_STRING)
            return ward_ev_error(ctx, c, "argument %zu must be a string key, not %s", i + 1, ward_ev_kind(c->args[i]));
    }
    ward_node *out = ward_ev_object(ctx, c->nargs / 2, c->span);
    if (!out)
        return NULL;
    for (size_t i = 0; i < c->nargs; i += 2) {
        ward_member *m = &out->u.members[i / 2];
        m->key = c->args[i]->u.str;
        m->klen = c->args[i]->len;
        m->kstart = c->span.start;
        m->value = c->args[i + 1];
    }
    return out;
}

/* --- union and intersection ------------------------------------------------ */

/* Appends the items of arr not yet in out[0..*n); -1 if undecidable. */
static int add_unique(ward_eval_ctx *ctx, ward_node **out, size_t *n, const ward_node *arr)
{
    for (uint32_t i = 0; i < arr->len; i++) {
        int dup = 0;
        if (!ward_ev_spend(ctx, *n + 1))
            return -2;
        for (size_t k = 0; k < *n && !dup; k++) {
            int r = ward_ev_eq3(out[k], arr->u.items[i], 0);
            if (r < 0)
                return -1;
            dup = r;
        }
        if (!dup)
            out[(*n)++] = arr->u.items[i];
    }
    return 0;
}

static ward_node *union_arrays(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    size_t total = 0, n = 0;
    for (size_t i = 0; i < c->nargs; i++) {
        if (c->args[i]->kind != WARD_N_ARRAY)
            return ward_ev_error(ctx, c, "cannot combine an array with %s", ward_ev_kind(c->args[i]));
        total += c->args[i]->len;
    }
    if (total > WARD_EVAL_MAX_ITEMS)
        return ward_ev_unknown(ctx, c->span, "union() result too large");
    ward_node *out = ward_ev_array(ctx, total, c->span);
    if (!out)
        return NULL;
    for (size_t i = 0; i < c->nargs; i++) {
        int r = add_unique(ctx, out->u.items, &n, c->args[i]);
        if (r == -2)
            return ward_ev_exhausted(ctx, c->span);
        if (r < 0)
            return ward_ev_unknown(ctx, c->span, "union() of arrays with unknown items");
    }
    out->len = (uint32_t)n;
    return out;
}

/* Object union: later members win; nested objects merge recursively. */
static ward_node *merge(ward_eval_ctx *ctx, const ward_node *a, const ward_node *b, ward_span span, int depth)
{
    if (depth > WARD_EVAL_MAX_NODE_DEPTH)
        return ward_ev_unknown(ctx, span, "union() nested too deeply");
    if (!ward_ev_spend(ctx, (size_t)a->len + b->len))
        return ward_ev_exhausted(ctx, span);
    ward_node *out = ward_ev_object(ctx, (size_t)a->len + b->len, span);
    if (!out)
        return NULL;
    size_t n = a->len;
    if (n)
        memcpy(out->u.members, a->u.members, n * sizeof *out->u.members);
    for (uint32_t i = 0; i < b->len; i++) {
        const ward_member *m = &b->u.members[i];
        ward_member *old = NULL;
        for (size_t k = 0; k < n && !old; k++)
            if (out->u.members[k].klen == m->klen && strncasecmp(out->u.members[k].key, m->key, m->klen) == 0)
                old = &out->u.members[k];
        if (!old) {
            out->u.members[n++] = *m;
            continue;
        }
        ward_node *v = m->value;
        if (old->value->kind == WARD_N_OBJECT && v->kind == WARD_N_OBJECT)
            v = merge(ctx, old->value, v, span, depth + 1);
        else if (old->value->kind == WARD_N_OBJECT && v->kind == WARD_N_UNKNOWN)
            v = m->value;
        if (!v)
            return NULL;
        old->value = v;
    }
    out->len = (uint32_t)n;
    return out;
}

ward_node *ward_evf_union_(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (c->args[0]->kind == WARD_N_ARRAY)
        return union_arrays(ctx, c);
    if (c->args[0]->kind != WARD_N_OBJECT)
        return ward_ev_error(ctx, c, "expects arrays or objects, not %s", ward_ev_kind(c->args[0]));
    ward_node *acc = c->args[0];
    for (size_t i = 1; i < c->nargs && acc && acc->kind == WARD_N_OBJECT; i++) {
        if (c->args[i]->kind != WARD_N_OBJECT)
            return ward_ev_error(ctx, c, "cannot combine an object with %s", ward_ev_kind(c->args[i]));
        acc = merge(ctx, acc, c->args[i], c->span, 0);
    }
    return acc;
}

/* Whether item occurs in every array args[1..]: 1, 0 or -1 (undecided). */
static int in_all(ward_eval_ctx *ctx, const ward_ev_call *c, const ward_node *item)
{
    for (size_t i = 1; i < c->nargs; i++) {
        const ward_node *arr = c->args[i];
        int found = 0, undecided = 0;
        if (!ward_ev_spend(ctx, arr->len))
            return -1;
        for (uint32_t k = 0; k < arr->len && !found; k++) {
            int r = ward_ev_eq3(item, arr->u.items[k], 0);
            found = r == 1;
            undecided |= r < 0;
        }
        if (!found)
            return undecided ? -1 : 0;
    }
    return 1;
}

static ward_node *intersect_arrays(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *first = c->args[0];
    for (size_t i = 1; i < c->nargs; i++)
        if (c->args[i]->kind != WARD_N_ARRAY)
            return ward_ev_error(ctx, c, "cannot intersect an array with %s", ward_ev_kind(c->args[i]));
    ward_node *out = ward_ev_array(ctx, first->len, c->span);
    if (!out)
        return NULL;
    size_t n = 0;
    for (uint32_t i = 0; i < first->len; i++) {
        int r = in_all(ctx, c, first->u.items[i]);
        if (ctx->exhausted)
            return ward_ev_exhausted(ctx, c->span);
        if (r < 0)
            return ward_ev_unknown(ctx, c->span, "intersection() of arrays with unknown items");
        int dup = 0;
        for (size_t k = 0; r == 1 && k < n && !dup; k++)
            dup = ward_ev_eq3(out->u.items[k], first->u.items[i], 0) == 1;
        if (r == 1 && !dup)
            out->u.items[n++] = first->u.items[i];
    }
    out->len = (uint32_t)n;
    return out;
}

static ward_node *intersect_objects(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *first = c->args[0];
    ward_node *out = ward_ev_object(ctx, first->len, c->span);
    if (!out)
        return NULL;
    size_t n = 0;
    for (uint32_t i = 0; i < first->len; i++) {
        const ward_member *m = &first->u.members[i];
        int keep = 1;
        for (size_t k = 1; k < c->nargs && keep == 1; k++) {
            if (c->args[k]->kind != WARD_N_OBJECT)
                return ward_ev_error(ctx, c, "cannot intersect an object with %s", ward_ev_kind(c->args[k]));
            const ward_member *o = ward_node_member(c->args[k], m->key, m->klen);
            keep = o ? ward_ev_eq3(m->value, o->value, 0) : 0;
        }
        if (keep < 0)
            return ward_ev_unknown(ctx, c->span, "intersection() of objects with unknown values");
        if (keep)
            out->u.members[n++] = *m;
    }
    out->len = (uint32_t)n;
    return out;
}

ward_node *ward_evf_intersection(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (c->args[0]->kind == WARD_N_ARRAY)
        return intersect_arrays(ctx, c);
    if (c->args[0]->kind == WARD_N_OBJECT)
        return intersect_objects(ctx, c);
    return ward_ev_error(ctx, c, "expects arrays or objects, not %s", ward_ev_kind(c->args[0]));
}

/* --- generators and reshaping ---------------------------------------------- */

ward_node *ward_evf_range(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    int64_t start, count;
    ward_node *err = NULL;
    if (!ward_ev_arg_int(ctx, c, 0, &start, &err) || !ward_ev_arg_int(ctx, c, 1, &count, &err))
        return err;
    /* ARM's own limits: count up to 10000, start + count within Int32. */
    if (count < 0 || count > 10000)
        return ward_ev_error(ctx, c, "count must be between 0 and 10000");
    if (start + count > 2147483647LL || start < -2147483648LL)
        return ward_ev_error(ctx, c, "the range exceeds the integer limit");
    if (!ward_ev_spend(ctx, (size_t)count))
        return ward_ev_exhausted(ctx, c->span);
    ward_node *out = ward_ev_array(ctx, (size_t)count, c->span);
    for (int64_t i = 0; out && i < count; i++)
        if (!(out->u.items[i] = ward_ev_num(ctx, (double)(start + i), c->span)))
            return NULL;
    return out;
}

ward_node *ward_evf_flatten(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *arr = c->args[0];
    size_t total = 0;
    if (arr->kind != WARD_N_ARRAY)
        return ward_ev_error(ctx, c, "expects an array, not %s", ward_ev_kind(arr));
    for (uint32_t i = 0; i < arr->len; i++) {
        const ward_node *it = arr->u.items[i];
        if (it->kind == WARD_N_UNKNOWN)
            return (ward_node *)it;
        if (it->kind != WARD_N_ARRAY)
            return ward_ev_error(ctx, c, "items must be arrays, not %s", ward_ev_kind(it));
        total += it->len;
    }
    if (total > WARD_EVAL_MAX_ITEMS)
        return ward_ev_unknown(ctx, c->span, "flatten() result too large");
    ward_node *out = ward_ev_array(ctx, total, c->span);
    size_t k = 0;
    for (uint32_t i = 0; out && i < arr->len; i++)
        for (uint32_t j = 0; j < arr->u.items[i]->len; j++)
            out->u.items[k++] = arr->u.items[i]->u.items[j];
    return out;
}

static int key_order(const void *pa, const void *pb)
{
    const ward_member *a = pa, *b = pb;
    size_t n = a->klen < b->klen ? a->klen : b->klen;
    int r = strncasecmp(a->key, b->key, n);
    if (r == 0)
        r = (a->klen > b->klen) - (a->klen < b->klen);
    if (r == 0)
        r = memcmp(a->key, b->key, n);
    return r;
}

ward_node *ward_evf_items(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *obj = c->args[0];
    if (obj->kind != WARD_N_OBJECT)
        return ward_ev_error(ctx, c, "expects an object, not %s", ward_ev_kind(obj));
    ward_member *sorted = ward_arena_alloc(ctx->arena, (obj->len ? obj->len : 1) * sizeof *sorted);
    ward_node *out = ward_ev_array(ctx, obj->len, c->span);
    if (!sorted || !out)
        return NULL;
    if (obj->len)
        memcpy(sorted, obj->u.members, obj->len * sizeof *sorted);
    qsort(sorted, obj->len, sizeof *sorted, key_order);   /* ARM sorts items() by key */
    for (uint32_t i = 0; i < obj->len; i++) {
        ward_node *e = ward_ev_object(ctx, 2, c->span);
        ward_node *k = ward_ev_str(ctx, sorted[i].key, sorted[i].klen, c->span);
        if (!e || !k)
            return NULL;
        e->u.members[0] = (ward_member){"key", 3, c->span.start, k};
        e->u.members[1] = (ward_member){"value", 5, c->span.start, sorted[i].value};
        out->u.items[i] = e;
    }
    return out;
}

ward_node *ward_evf_object_keys(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *obj = c->args[0];
    if (obj->kind != WARD_N_OBJECT)
        return ward_ev_error(ctx, c, "expects an object, not %s", ward_ev_kind(obj));
    ward_node *out = ward_ev_array(ctx, obj->len, c->span);
    for (uint32_t i = 0; out && i < obj->len; i++)
        if (!(out->u.items[i] = ward_ev_str(ctx, obj->u.members[i].key, obj->u.members[i].klen, c->span)))
            return NULL;
    return out;
}

/* tryGet(value, key or index, ...): null where a step does not exist. */
ward_node *ward_evf_try_get(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *v = c->args[0];
    for (size_t i = 1; i < c->nargs; i++) {
        const ward_node *k = c->args[i];
        if (v->kind == WARD_N_UNKNOWN)
            return (ward_node *)v;
        if (v->kind == WARD_N_OBJECT && k->kind == WARD_N_STRING) {
            const ward_node *next = NULL;
            for (uint32_t m = v->len; m-- > 0 && !next;)
                if (v->u.members[m].klen == k->len && strncasecmp(v->u.members[m].key, k->u.str, k->len) == 0)
                    next = v->u.members[m].value;
            if (!next && (v->flags & WARD_NF_EXPR))
                return ward_ev_unknown(ctx, c->span, "property '%.*s' is not known before deployment",
                                   (int)(k->len > 60 ? 60 : k->len), k->u.str);
            v = next;
        } else if (v->kind == WARD_N_ARRAY && k->kind == WARD_N_NUMBER && ward_ev_is_int(k->u.num)) {
            v = k->u.num >= 0 && k->u.num < v->len ? v->u.items[(size_t)k->u.num] : NULL;
        } else {
            v = NULL;
        }
        if (!v)
            return ward_ev_null(ctx, c->span);
    }
    return (ward_node *)v;
}
