/* doc.c: document node constructors and lookups. */
#include "doc.h"

#include <string.h>
#include <strings.h>

void ward_doc_init(ward_doc *d, uint32_t file)
{
    ward_arena_init(&d->arena);
    d->root = NULL;
    d->file = file;
}

void ward_doc_free(ward_doc *d)
{
    ward_arena_free(&d->arena);
    d->root = NULL;
}

ward_node *ward_node_new(ward_arena *a, ward_node_kind kind, ward_span span)
{
    ward_node *n = ward_arena_zalloc(a, sizeof *n);
    if (n) {
        n->kind = (uint8_t)kind;
        n->span = span;
    }
    return n;
}

ward_node *ward_node_new_ex(ward_arena *a, ward_node_kind kind, ward_span span, ward_span origin,
                            const char *label)
{
    ward_node_ex *n = ward_arena_zalloc(a, sizeof *n);
    if (!n)
        return NULL;
    n->base.kind = (uint8_t)kind;
    n->base.flags = WARD_NF_ORIGIN;
    n->base.span = span;
    n->origin = origin;
    n->origin_label = label ? ward_arena_strdup(a, label) : NULL;
    return &n->base;
}

ward_node *ward_node_string(ward_arena *a, const char *s, size_t len, ward_span span)
{
    ward_node *n = ward_node_new(a, WARD_N_STRING, span);
    if (!n)
        return NULL;
    n->u.str = ward_arena_strndup(a, s, len);
    n->len = (uint32_t)len;
    return n->u.str ? n : NULL;
}

ward_node *ward_node_unknown(ward_arena *a, const char *why, ward_span span)
{
    ward_node *n = ward_node_string(a, why ? why : "", why ? strlen(why) : 0, span);
    if (n)
        n->kind = WARD_N_UNKNOWN;
    return n;
}

ward_node *ward_node_bool(ward_arena *a, int b, ward_span span)
{
    ward_node *n = ward_node_new(a, WARD_N_BOOL, span);
    if (n)
        n->u.b = !!b;
    return n;
}

ward_node *ward_node_number(ward_arena *a, double v, ward_span span)
{
    ward_node *n = ward_node_new(a, WARD_N_NUMBER, span);
    if (n)
        n->u.num = v;
    return n;
}

ward_node *ward_node_relocate(ward_arena *a, const ward_node *src, ward_span span, ward_span origin,
                              const char *label)
{
    ward_node *n = ward_node_new_ex(a, (ward_node_kind)src->kind, span, origin, label);
    if (!n)
        return NULL;
    n->flags = (uint8_t)((src->flags & ~WARD_NF_ORIGIN) | WARD_NF_ORIGIN);
    n->len = src->len;
    n->u = src->u;
    return n;
}

const ward_member *ward_node_member(const ward_node *obj, const char *key, size_t klen)
{
    if (!obj || obj->kind != WARD_N_OBJECT)
        return NULL;
    for (uint32_t i = obj->len; i-- > 0;) {
        const ward_member *m = &obj->u.members[i];
        if (m->klen == klen && memcmp(m->key, key, klen) == 0)
            return m;
    }
    return NULL;
}

const ward_node *ward_node_get(const ward_node *obj, const char *key)
{
    const ward_member *m = ward_node_member(obj, key, strlen(key));
    return m ? m->value : NULL;
}

const ward_node *ward_node_get_ci(const ward_node *obj, const char *key)
{
    if (!obj || obj->kind != WARD_N_OBJECT)
        return NULL;
    size_t klen = strlen(key);
    for (uint32_t i = obj->len; i-- > 0;) {
        const ward_member *m = &obj->u.members[i];
        if (m->klen == klen && strncasecmp(m->key, key, klen) == 0)
            return m->value;
    }
    return NULL;
}

const ward_node *ward_node_at(const ward_node *arr, size_t i)
{
    if (!arr || arr->kind != WARD_N_ARRAY || i >= arr->len)
        return NULL;
    return arr->u.items[i];
}

int ward_node_str_eq(const ward_node *n, const char *s)
{
    size_t l = strlen(s);
    return n && n->kind == WARD_N_STRING && n->len == l && memcmp(n->u.str, s, l) == 0;
}

int ward_node_str_ieq(const ward_node *n, const char *s)
{
    size_t l = strlen(s);
    return n && n->kind == WARD_N_STRING && n->len == l && strncasecmp(n->u.str, s, l) == 0;
}

const ward_span *ward_node_origin(const ward_node *n, const char **label)
{
    if (!n || !(n->flags & WARD_NF_ORIGIN))
        return NULL;
    const ward_node_ex *x = (const ward_node_ex *)n;
    if (label)
        *label = x->origin_label;
    return &x->origin;
}

const char *ward_node_kind_name(ward_node_kind k)
{
    static const char *names[] = {"null", "bool", "number", "string", "array", "object", "unknown"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

int ward_doc_reference_target(const char *text, size_t len, const char **id, size_t *idlen, const char **path,
                              size_t *pathlen)
{
    const char *open = memchr(text, '(', len);
    if (!open)
        return -1;
    /* the id ends at the parenthesis that closes the first one */
    int depth = 0;
    for (const char *p = open; p < text + len; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && --depth == 0) {
            *id = open + 1;
            *idlen = (size_t)(p - open - 1);
            *path = p + 1;
            *pathlen = (size_t)(text + len - p - 1);
            return 0;
        }
    }
    return -1;
}

ward_node *ward_node_reference_member(ward_arena *a, const ward_node *base, const char *name, size_t n, ward_span at)
{
    char *text = ward_arena_printf(a, "%.*s.%.*s", (int)base->len, base->u.str, (int)(n > 200 ? 200 : n), name);
    ward_node *u = text ? ward_node_unknown(a, text, at) : NULL;
    if (u)
        u->flags = (uint8_t)(base->flags & (WARD_NF_REFERENCE | WARD_NF_SECRET | WARD_NF_KEYCALL));
    return u;
}

/* ---- placing values where they are used ----------------------------------- */

enum { PLACE_MAX_DEPTH = 256 };

static int span_inside(ward_span s, ward_span at)
{
    return s.file == at.file && s.start >= at.start && s.end <= at.end;
}

/* A shallow copy of n at `at`: its origin kept, else where it was written. */
static ward_node *place_one(ward_arena *a, const ward_node *n, ward_span at, const char *label)
{
    const char *old = NULL;
    const ward_span *o = ward_node_origin(n, &old);
    ward_span origin = o ? *o : n->span;
    if (ward_span_valid(origin))
        return ward_node_relocate(a, n, at, origin, o && old ? old : label);
    ward_node *c = ward_node_new(a, (ward_node_kind)n->kind, at);
    if (c) {
        c->flags = n->flags & ~WARD_NF_ORIGIN;
        c->len = n->len;
        c->u = n->u;
    }
    return c;
}

static ward_node *place_tree(ward_arena *a, const ward_node *n, ward_span at, const char *label, size_t *budget,
                             int depth);

/* Container c (already a copy) gets copies of its items placed at `at`. */
static ward_node *place_items(ward_arena *a, ward_node *c, ward_span at, const char *label, size_t *budget,
                              int depth)
{
    if (c->kind == WARD_N_ARRAY && c->len) {
        ward_node **items = ward_arena_alloc(a, c->len * sizeof *items);
        if (!items)
            return NULL;
        for (uint32_t i = 0; i < c->len; i++)
            if (!(items[i] = place_tree(a, c->u.items[i], at, label, budget, depth + 1)))
                return NULL;
        c->u.items = items;
    } else if (c->kind == WARD_N_OBJECT && c->len) {
        ward_member *ms = ward_arena_alloc(a, c->len * sizeof *ms);
        if (!ms)
            return NULL;
        for (uint32_t i = 0; i < c->len; i++) {
            ms[i] = c->u.members[i];
            ms[i].kstart = at.start;   /* a key written elsewhere has no place here: the member is at `at` */
            if (!(ms[i].value = place_tree(a, c->u.members[i].value, at, label, budget, depth + 1)))
                return NULL;
        }
        c->u.members = ms;
    }
    return c;
}

static ward_node *place_tree(ward_arena *a, const ward_node *n, ward_span at, const char *label, size_t *budget,
                             int depth)
{
    if (span_inside(n->span, at) || *budget == 0 || depth > PLACE_MAX_DEPTH)
        return (ward_node *)n;
    (*budget)--;
    ward_node *c = place_one(a, n, at, label);
    return c ? place_items(a, c, at, label, budget, depth) : NULL;
}

ward_node *ward_node_place_within(ward_arena *a, ward_node *v, ward_span at, const char *label, size_t *budget)
{
    if (!v || (v->kind != WARD_N_ARRAY && v->kind != WARD_N_OBJECT))
        return v;
    int away = 0;
    for (uint32_t i = 0; i < v->len && !away; i++) {
        const ward_node *c = v->kind == WARD_N_ARRAY ? v->u.items[i] : v->u.members[i].value;
        away = !span_inside(c->span, at);
    }
    if (!away)
        return v;
    const char *old = NULL;
    const ward_span *o = ward_node_origin(v, &old);
    if (o && old)
        label = old;
    ward_node *c;
    if (o) {
        c = ward_node_relocate(a, v, at, *o, label);
    } else {
        c = ward_node_new(a, (ward_node_kind)v->kind, at);
        if (c) {
            c->flags = v->flags;
            c->len = v->len;
            c->u = v->u;
        }
    }
    return c ? place_items(a, c, at, label, budget, 0) : NULL;
}
