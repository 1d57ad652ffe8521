/* value.c: conversions, truth, equality and text forms of runtime values. */
#include "value.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

ward_value ward_v_from_node(const ward_node *n, uint32_t kstart)
{
    ward_value v = ward_v_absent();
    if (!n)
        return v;
    switch (n->kind) {
    case WARD_N_NULL: v.kind = WARD_V_NULL; break;
    case WARD_N_BOOL: v = ward_v_bool(n->u.b); break;
    case WARD_N_NUMBER: v = ward_v_num(n->u.num); break;
    case WARD_N_STRING: v = ward_v_str(n->u.str, n->len); break;
    case WARD_N_UNKNOWN:
        v = ward_v_unknown(n->u.str, n->len);
        if (n->flags & WARD_NF_KEYCALL)
            v.flags |= WARD_VF_KEYCALL;
        if (n->flags & WARD_NF_REFERENCE)
            v.flags |= WARD_VF_REFERENCE;
        break;
    default:
        v.kind = WARD_V_NODE;
        v.u.node = n;
    }
    if (n->flags & WARD_NF_SECRET)
        v.flags |= WARD_VF_SECRET;
    v.at = n;
    v.kstart = kstart;
    return v;
}

int ward_v_truth(const ward_value *v)
{
    if (v->kind == WARD_V_UNKNOWN)
        return -1;
    return v->kind == WARD_V_BOOL && v->u.b;
}

int ward_v_is_list(const ward_value *v)
{
    return v->kind == WARD_V_LIST || (v->kind == WARD_V_NODE && v->u.node->kind == WARD_N_ARRAY);
}

uint32_t ward_v_list_len(const ward_value *v)
{
    if (v->kind == WARD_V_LIST)
        return v->u.list->n;
    if (v->kind == WARD_V_NODE && v->u.node->kind == WARD_N_ARRAY)
        return v->u.node->len;
    return 0;
}

ward_value ward_v_list_at(const ward_value *v, uint32_t i)
{
    if (v->kind == WARD_V_LIST)
        return i < v->u.list->n ? v->u.list->items[i] : ward_v_absent();
    if (v->kind == WARD_V_NODE && v->u.node->kind == WARD_N_ARRAY && i < v->u.node->len)
        return ward_v_from_node(v->u.node->u.items[i], WARD_NO_KEY);
    return ward_v_absent();
}

static int str_eq(const char *a, uint32_t al, const char *b, uint32_t bl, int ci)
{
    if (al != bl)
        return 0;
    return ci ? strncasecmp(a, b, al) == 0 && memchr(a, 0, al) == memchr(b, 0, bl) : memcmp(a, b, al) == 0;
}

static int obj_len(const ward_value *v)
{
    if (v->kind == WARD_V_OBJ)
        return (int)v->u.obj->n;
    return (int)v->u.node->len;
}

static void obj_entry(const ward_value *v, uint32_t i, const char **k, uint32_t *kl, ward_value *val)
{
    if (v->kind == WARD_V_OBJ) {
        *k = v->u.obj->keys[i];
        *kl = v->u.obj->klens[i];
        *val = v->u.obj->vals[i];
    } else {
        const ward_member *m = &v->u.node->u.members[i];
        *k = m->key;
        *kl = m->klen;
        *val = ward_v_from_node(m->value, m->kstart);
    }
}

static int is_obj(const ward_value *v)
{
    return v->kind == WARD_V_OBJ || (v->kind == WARD_V_NODE && v->u.node->kind == WARD_N_OBJECT);
}

/* Object equality ignores member order; duplicate keys resolve as in lookups. */
static int obj_equal(const ward_value *a, const ward_value *b, int ci)
{
    if (obj_len(a) != obj_len(b))
        return 0;
    int unknown = 0;
    for (int i = 0; i < obj_len(a); i++) {
        const char *k; uint32_t kl; ward_value va;
        obj_entry(a, (uint32_t)i, &k, &kl, &va);
        int found = 0;
        for (int j = obj_len(b); j-- > 0 && !found;) {
            const char *k2; uint32_t kl2; ward_value vb;
            obj_entry(b, (uint32_t)j, &k2, &kl2, &vb);
            if (str_eq(k, kl, k2, kl2, 0)) {
                found = 1;
                int e = ward_v_equal(&va, &vb, ci);
                if (e == 0)
                    return 0;
                if (e < 0)
                    unknown = 1;
            }
        }
        if (!found)
            return 0;
    }
    return unknown ? -1 : 1;
}

int ward_v_equal(const ward_value *a, const ward_value *b, int ci)
{
    if (a->kind == WARD_V_UNKNOWN || b->kind == WARD_V_UNKNOWN)
        return -1;
    int an = a->kind == WARD_V_ABSENT || a->kind == WARD_V_NULL;
    int bn = b->kind == WARD_V_ABSENT || b->kind == WARD_V_NULL;
    if (an || bn)
        return an && bn;
    if (ward_v_is_list(a) && ward_v_is_list(b)) {
        uint32_t n = ward_v_list_len(a);
        if (n != ward_v_list_len(b))
            return 0;
        int unknown = 0;
        for (uint32_t i = 0; i < n; i++) {
            ward_value x = ward_v_list_at(a, i), y = ward_v_list_at(b, i);
            int e = ward_v_equal(&x, &y, ci);
            if (e == 0)
                return 0;
            if (e < 0)
                unknown = 1;
        }
        return unknown ? -1 : 1;
    }
    if (is_obj(a) && is_obj(b))
        return obj_equal(a, b, ci);
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case WARD_V_BOOL: return a->u.b == b->u.b;
    case WARD_V_NUM: return a->u.n == b->u.n;
    case WARD_V_STR: return str_eq(a->u.s, a->len, b->u.s, b->len, ci);
    case WARD_V_RES: return a->u.res == b->u.res;
    default: return 0;
    }
}

/* ---- text forms ------------------------------------------------------------ */

typedef struct tbuf {
    char *p;
    size_t n, cap;
    ward_arena *a;
} tbuf;

static void tput(tbuf *t, const char *s, size_t n)
{
    if (t->n + n + 1 > t->cap) {
        size_t cap = (t->cap ? t->cap * 2 : 64) + n;
        char *np = ward_arena_alloc(t->a, cap);
        if (!np)
            return;
        if (t->n)
            memcpy(np, t->p, t->n);
        t->p = np;
        t->cap = cap;
    }
    memcpy(t->p + t->n, s, n);
    t->n += n;
    t->p[t->n] = 0;
}

static void tputs(tbuf *t, const char *s) { tput(t, s, strlen(s)); }

static void text_into(tbuf *t, const ward_value *v, const char *(*res_name)(void *, uint32_t), void *ctx, int depth)
{
    char num[64];
    if (t->n > 400) {
        tputs(t, "...");
        return;
    }
    if (v->flags & WARD_VF_SECRET) {
        tputs(t, "(sensitive)");
        return;
    }
    switch (v->kind) {
    case WARD_V_ABSENT: tputs(t, "(not set)"); break;
    case WARD_V_NULL: tputs(t, "null"); break;
    case WARD_V_BOOL: tputs(t, v->u.b ? "true" : "false"); break;
    case WARD_V_NUM:
        if (v->u.n == floor(v->u.n) && fabs(v->u.n) < 1e15)
            snprintf(num, sizeof num, "%.0f", v->u.n);
        else
            snprintf(num, sizeof num, "%g", v->u.n);
        tputs(t, num);
        break;
    case WARD_V_STR: tput(t, v->u.s, v->len); break;
    case WARD_V_UNKNOWN:
        tputs(t, "(unknown");
        if (v->len) {
            tputs(t, ": ");
            tput(t, v->u.s, v->len > 80 ? 80 : v->len);
        }
        tputs(t, ")");
        break;
    case WARD_V_RES: tputs(t, res_name ? res_name(ctx, v->u.res) : "(resource)"); break;
    default:
        if (depth > 3) {
            tputs(t, "...");
            break;
        }
        if (ward_v_is_list(v)) {
            tputs(t, "[");
            for (uint32_t i = 0; i < ward_v_list_len(v); i++) {
                ward_value x = ward_v_list_at(v, i);
                if (i)
                    tputs(t, ", ");
                text_into(t, &x, res_name, ctx, depth + 1);
            }
            tputs(t, "]");
        } else {
            tputs(t, "{");
            for (int i = 0; i < obj_len(v); i++) {
                const char *k; uint32_t kl; ward_value x;
                obj_entry(v, (uint32_t)i, &k, &kl, &x);
                if (i)
                    tputs(t, ", ");
                tput(t, k, kl);
                tputs(t, ": ");
                text_into(t, &x, res_name, ctx, depth + 1);
            }
            tputs(t, "}");
        }
    }
}

const char *ward_v_text(ward_arena *a, const ward_value *v, const char *(*res_name)(void *, uint32_t), void *ctx,
                        uint32_t *len)
{
    if (v->kind == WARD_V_STR && !(v->flags & WARD_VF_SECRET)) {
        *len = v->len;
        return v->u.s;
    }
    tbuf t = {NULL, 0, 0, a};
    tput(&t, "", 0);
    text_into(&t, v, res_name, ctx, 0);
    *len = (uint32_t)t.n;
    return t.p ? t.p : "";
}
