/* hcl_eval.c: evaluation of HCL expressions to located document nodes.
 *
 * Three-valued like the ARM evaluator: a value that cannot be known before
 * deployment (another resource's computed attribute, a data source, a
 * variable without a value, an unsupported function) is an UNKNOWN node,
 * and an operation on an UNKNOWN gives an UNKNOWN unless the result is
 * decided anyway (false && ?, true || ?).  Definite errors (a missing key in
 * a known map, an index out of range) are UNKNOWNs too, counted in
 * r->errors so that try() and can() can tell them from unknowns.
 *
 * Names: var.x, local.x, module.x, data.t.n, path.*, terraform.workspace,
 * each/count and for-expression variables from the environment, and
 * `type.name` for the module's resources. */
#include "hcl_eval.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ward_arena *A(ward_hmod *m) { return m->r->arena; }

ward_node *ward_hunknown(ward_hmod *m, ward_span at, int error, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (error)
        m->r->errors++;
    return ward_node_unknown(A(m), buf, at);
}

int ward_hstep(ward_hmod *m)
{
    ward_hreader *r = m->r;
    if (r->exhausted || ++r->steps > WARD_HCL_STEP_BUDGET) {
        r->exhausted = 1;
        return 0;
    }
    return 1;
}

ward_node *ward_hplace(ward_hmod *m, const ward_node *v, ward_span at, const char *label)
{
    if (!v)
        return NULL;
    const char *old = NULL;
    const ward_span *o = ward_node_origin(v, &old);
    if (o || label)
        return ward_node_relocate(A(m), v, at, o ? *o : v->span, o ? old : label);
    ward_node *n = ward_node_new(A(m), (ward_node_kind)v->kind, at);
    if (n) {
        n->flags = v->flags;
        n->len = v->len;
        n->u = v->u;
    }
    return n;
}

ward_node *ward_hobject(ward_hmod *m, size_t n, ward_span at)
{
    ward_node *o = ward_node_new(A(m), WARD_N_OBJECT, at);
    if (o && n) {
        o->u.members = ward_arena_zalloc(A(m), n * sizeof *o->u.members);
        if (!o->u.members)
            return NULL;
    }
    return o;
}

ward_node *ward_harray(ward_hmod *m, size_t n, ward_span at)
{
    ward_node *o = ward_node_new(A(m), WARD_N_ARRAY, at);
    if (o && n) {
        o->u.items = ward_arena_zalloc(A(m), n * sizeof *o->u.items);
        if (!o->u.items)
            return NULL;
    }
    return o;
}

ward_node *ward_hstring(ward_hmod *m, const char *s, size_t n, ward_span at)
{
    return ward_node_string(A(m), s, n, at);
}

int ward_htruth(const ward_node *v)
{
    if (!v)
        return -1;
    if (v->kind == WARD_N_BOOL)
        return v->u.b != 0;
    if (v->kind == WARD_N_STRING) {
        if (v->len == 4 && !memcmp(v->u.str, "true", 4))
            return 1;
        if (v->len == 5 && !memcmp(v->u.str, "false", 5))
            return 0;
    }
    return -1;
}

/* ---- conversions ---------------------------------------------------------- */

static const char *num_text(ward_hmod *m, double d)
{
    if (d == floor(d) && fabs(d) < 1e15)
        return ward_arena_printf(A(m), "%.0f", d);
    return ward_arena_printf(A(m), "%.17g", d);
}

const char *ward_hto_string(ward_hmod *m, const ward_node *v, size_t *len)
{
    const char *s = NULL;
    switch (v->kind) {
    case WARD_N_STRING: *len = v->len; return v->u.str;
    case WARD_N_NUMBER: s = num_text(m, v->u.num); break;
    case WARD_N_BOOL: s = v->u.b ? "true" : "false"; break;
    default: return NULL;
    }
    *len = s ? strlen(s) : 0;
    return s;
}

static int to_number(const ward_node *v, double *out)
{
    if (v->kind == WARD_N_NUMBER) {
        *out = v->u.num;
        return 0;
    }
    if (v->kind == WARD_N_STRING && v->len && v->len < 64) {
        char buf[64], *end;
        memcpy(buf, v->u.str, v->len);
        buf[v->len] = 0;
        *out = strtod(buf, &end);
        return *end == 0 ? 0 : -1;
    }
    return -1;
}

static int is_unknown(const ward_node *v) { return !v || v->kind == WARD_N_UNKNOWN; }

int ward_hequal(const ward_node *a, const ward_node *b)
{
    if (is_unknown(a) || is_unknown(b))
        return -1;
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case WARD_N_NULL: return 1;
    case WARD_N_BOOL: return (a->u.b != 0) == (b->u.b != 0);
    case WARD_N_NUMBER: return a->u.num == b->u.num;
    case WARD_N_STRING: return a->len == b->len && !memcmp(a->u.str, b->u.str, a->len);
    case WARD_N_ARRAY: {
        if (a->len != b->len)
            return 0;
        int unk = 0;
        for (uint32_t i = 0; i < a->len; i++) {
            int e = ward_hequal(a->u.items[i], b->u.items[i]);
            if (e == 0)
                return 0;
            unk |= e < 0;
        }
        return unk ? -1 : 1;
    }
    case WARD_N_OBJECT: {
        if (a->len != b->len)
            return 0;
        int unk = 0;
        for (uint32_t i = 0; i < a->len; i++) {
            const ward_member *ma = &a->u.members[i];
            const ward_member *mb = ward_node_member(b, ma->key, ma->klen);
            if (!mb)
                return 0;
            int e = ward_hequal(ma->value, mb->value);
            if (e == 0)
                return 0;
            unk |= e < 0;
        }
        return unk ? -1 : 1;
    }
    default: return -1;
    }
}

/* ---- provenance: values read from resource instance bodies ---------------- */

void ward_hprov_add(ward_hreader *r, const ward_node *v, const char *path)
{
    if (!v || (v->kind != WARD_N_OBJECT && v->kind != WARD_N_ARRAY))
        return;
    if (r->nprov == r->capprov) {
        size_t cap = r->capprov ? r->capprov * 2 : 64;
        struct ward_hprov *p = ward_arena_alloc(r->arena, cap * sizeof *p);
        if (!p)
            return;
        if (r->nprov)
            memcpy(p, r->prov, r->nprov * sizeof *p);
        r->prov = p;
        r->capprov = cap;
    }
    r->prov[r->nprov].node = v;
    r->prov[r->nprov].path = path;
    r->nprov++;
}

static const char *prov_of(const ward_hreader *r, const ward_node *v)
{
    for (size_t i = r->nprov; i-- > 0;)
        if (r->prov[i].node == v)
            return r->prov[i].path;
    return NULL;
}

static ward_node *reference(ward_hmod *m, const char *path, ward_span at)
{
    ward_node *u = ward_node_unknown(A(m), path, at);
    if (u)
        u->flags |= WARD_NF_REFERENCE;
    return u;
}

/* A value read at `step` from a resource's configuration: sub-objects stay
 * tracked, and an attribute set to an expression that is unknown here is the
 * resource's own value at deployment. */
static ward_node *from_resource(ward_hmod *m, ward_node *v, const char *base, const char *step, ward_span at)
{
    const char *path = ward_arena_printf(A(m), "%s%s", base, step);
    if (!path)
        return NULL;
    /* A data source (base "data.t.n") is not a resource of the set: what the
     * provider reads is unknown, not a reference rules could resolve. */
    if (strncmp(base, "data.", 5) == 0 && (!v || v->kind == WARD_N_UNKNOWN))
        return ward_hunknown(m, at, 0, "%s is read from the provider", path);
    if (!v)
        return reference(m, path, at);
    if (v->kind == WARD_N_UNKNOWN && !(v->flags & WARD_NF_REFERENCE))
        return reference(m, path, at);
    ward_hprov_add(m->r, v, path);
    return v;
}

static ward_node *unknown_step(ward_hmod *m, ward_node *u, const char *step, ward_span at)
{
    if (!(u->flags & WARD_NF_REFERENCE))
        return u;
    char *text = ward_arena_printf(A(m), "%.*s%s", (int)u->len, u->u.str, step);
    ward_node *n = text ? ward_node_unknown(A(m), text, at) : NULL;
    if (n)
        n->flags = (uint8_t)(u->flags & (WARD_NF_REFERENCE | WARD_NF_SECRET));
    return n;
}

ward_node *ward_hget_attr(ward_hmod *m, ward_node *obj, const char *name, size_t n, ward_span at)
{
    if (!obj)
        return NULL;
    if (obj->kind == WARD_N_UNKNOWN)
        return unknown_step(m, obj, ward_arena_printf(A(m), ".%.*s", (int)n, name), at);
    if (obj->kind != WARD_N_OBJECT)
        return ward_hunknown(m, at, 1, "cannot read attribute '%.*s' of a %s", (int)n, name,
                             ward_node_kind_name((ward_node_kind)obj->kind));
    const ward_member *mb = ward_node_member(obj, name, n);
    const char *base = prov_of(m->r, obj);
    if (base)
        return from_resource(m, mb ? mb->value : NULL, base, ward_arena_printf(A(m), ".%.*s", (int)n, name), at);
    if (!mb)
        return ward_hunknown(m, at, 1, "no attribute '%.*s'", (int)n, name);
    return mb->value;
}

static const char *key_step(ward_hmod *m, const ward_node *key)
{
    size_t len;
    const char *s = ward_hto_string(m, key, &len);
    if (!s)
        return "[?]";
    if (key->kind == WARD_N_NUMBER)
        return ward_arena_printf(A(m), "[%.*s]", (int)len, s);
    return ward_arena_printf(A(m), "[\"%.*s\"]", (int)len, s);
}

ward_node *ward_hget_index(ward_hmod *m, ward_node *obj, ward_node *key, ward_span at)
{
    if (!obj || !key)
        return NULL;
    if (obj->kind == WARD_N_UNKNOWN)
        return unknown_step(m, obj, key->kind == WARD_N_UNKNOWN ? "[?]" : key_step(m, key), at);
    if (key->kind == WARD_N_UNKNOWN)
        return key;
    const char *base = prov_of(m->r, obj);
    if (obj->kind == WARD_N_ARRAY) {
        double d;
        if (to_number(key, &d) != 0 || d != floor(d))
            return ward_hunknown(m, at, 1, "a list index must be a whole number");
        if (d < 0 || d >= obj->len)
            return ward_hunknown(m, at, 1, "index %.0f out of range", d);
        ward_node *v = obj->u.items[(size_t)d];
        return base ? from_resource(m, v, base, key_step(m, key), at) : v;
    }
    if (obj->kind == WARD_N_OBJECT) {
        size_t len;
        const char *k = ward_hto_string(m, key, &len);
        if (!k)
            return ward_hunknown(m, at, 1, "a map key must be a string");
        return ward_hget_attr(m, obj, k, len, at);
    }
    return ward_hunknown(m, at, 1, "cannot index a %s", ward_node_kind_name((ward_node_kind)obj->kind));
}

/* ---- environment ---------------------------------------------------------- */

static const ward_henv *env_find(const ward_henv *env, const char *name, size_t len)
{
    for (; env; env = env->up)
        if (env->len == len && !memcmp(env->name, name, len))
            return env;
    return NULL;
}

static int is(const ward_hnode *e, const char *s)
{
    return e->len == strlen(s) && !memcmp(e->str, s, e->len);
}

static ward_node *eval_var(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    const ward_henv *b = env_find(env, e->str, e->len);
    if (b)
        return b->val;
    if (is(e, "self"))
        return ward_hunknown(m, e->span, 0, "self is known at deployment");
    return ward_hunknown(m, e->span, 1, "unknown name '%.*s'", (int)e->len, e->str);
}

static ward_node *eval_special(ward_hmod *m, const ward_hnode *root, const ward_hnode *e)
{
    if (is(root, "path")) {
        if (is(e, "module"))
            return ward_hstring(m, m->dir, strlen(m->dir), e->span);
        if (is(e, "root") || is(e, "cwd"))
            return ward_hstring(m, m->r->root_dir, strlen(m->r->root_dir), e->span);
        return ward_hunknown(m, e->span, 1, "unknown path.%.*s", (int)e->len, e->str);
    }
    if (is(e, "workspace"))
        return ward_hstring(m, "default", 7, e->span);
    return ward_hunknown(m, e->span, 0, "terraform.%.*s", (int)e->len, e->str);
}

/* A traversal rooted at a reserved name: var.x, local.x, module.x, data.t.n,
 * path.x, terraform.x, or `type.name` of a resource.  NULL: not one. */
static ward_node *eval_root(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    const ward_hnode *root = e->a;
    if (root->kind == WARD_HK_GETATTR && root->a->kind == WARD_HK_VAR && is(root->a, "data") &&
        !env_find(env, "data", 4)) {
        char *type = ward_arena_strndup(A(m), root->str, root->len);
        ward_hsym *s = type ? ward_hfind(m, WARD_HS_DATA, type, e->str, e->len) : NULL;
        if (s)
            return ward_hsym_value(m, s, e->span);
        return ward_hunknown(m, e->span, 0, "data.%.*s.%.*s is read from the provider", (int)root->len, root->str,
                             (int)e->len, e->str);
    }
    if (root->kind != WARD_HK_VAR || env_find(env, root->str, root->len))
        return NULL;
    ward_hsym_kind kind;
    if (is(root, "var"))
        kind = WARD_HS_VAR;
    else if (is(root, "local"))
        kind = WARD_HS_LOCAL;
    else if (is(root, "module"))
        kind = WARD_HS_CALL;
    else if (is(root, "data"))
        return ward_hunknown(m, e->span, 0, "data.%.*s is read from the provider", (int)e->len, e->str);
    else if (is(root, "path") || is(root, "terraform"))
        return eval_special(m, root, e);
    else {
        char *type = ward_arena_strndup(A(m), root->str, root->len);
        ward_hsym *s = type ? ward_hfind(m, WARD_HS_RESOURCE, type, e->str, e->len) : NULL;
        return s ? ward_hsym_value(m, s, e->span) : NULL;
    }
    ward_hsym *s = ward_hfind(m, kind, NULL, e->str, e->len);
    if (!s)
        return ward_hunknown(m, e->span, 1, "%.*s.%.*s is not declared", (int)root->len, root->str, (int)e->len,
                             e->str);
    return ward_hsym_value(m, s, e->span);
}

/* ---- operators ------------------------------------------------------------ */

static ward_node *eval_unary(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    ward_node *v = ward_heval(m, env, e->a);
    if (!v || v->kind == WARD_N_UNKNOWN)
        return v;
    if (e->op == WARD_HOP_NOT) {
        int t = ward_htruth(v);
        return t < 0 ? ward_hunknown(m, e->span, 1, "'!' needs a bool") : ward_node_bool(A(m), !t, e->span);
    }
    double d;
    if (to_number(v, &d) != 0)
        return ward_hunknown(m, e->span, 1, "'-' needs a number");
    return ward_node_number(A(m), -d, e->span);
}

static ward_node *eval_logic(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    int is_and = e->op == WARD_HOP_AND;
    ward_node *l = ward_heval(m, env, e->a);
    ward_node *r = ward_heval(m, env, e->b);
    if (!l || !r)
        return NULL;
    int a = ward_htruth(l), b = ward_htruth(r);
    if ((a >= 0 && a != is_and) || (b >= 0 && b != is_and))
        return ward_node_bool(A(m), !is_and, e->span);   /* false && ?, true || ? */
    if (a >= 0 && b >= 0)
        return ward_node_bool(A(m), is_and, e->span);
    if (l->kind == WARD_N_UNKNOWN)
        return l;
    if (r->kind == WARD_N_UNKNOWN)
        return r;
    return ward_hunknown(m, e->span, 1, "logical operators need bools");
}

static ward_node *arith(ward_hmod *m, int op, double x, double y, ward_span at)
{
    double v;
    switch (op) {
    case WARD_HOP_ADD: v = x + y; break;
    case WARD_HOP_SUB: v = x - y; break;
    case WARD_HOP_MUL: v = x * y; break;
    case WARD_HOP_DIV:
        if (y == 0)
            return ward_hunknown(m, at, 1, "division by zero");
        v = x / y;
        break;
    case WARD_HOP_MOD:
        if (y == 0)
            return ward_hunknown(m, at, 1, "division by zero");
        v = fmod(x, y);
        break;
    case WARD_HOP_LT: return ward_node_bool(A(m), x < y, at);
    case WARD_HOP_LE: return ward_node_bool(A(m), x <= y, at);
    case WARD_HOP_GT: return ward_node_bool(A(m), x > y, at);
    default: return ward_node_bool(A(m), x >= y, at);
    }
    return ward_node_number(A(m), v, at);
}

static ward_node *eval_binary(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    if (e->op == WARD_HOP_AND || e->op == WARD_HOP_OR)
        return eval_logic(m, env, e);
    ward_node *l = ward_heval(m, env, e->a);
    ward_node *r = ward_heval(m, env, e->b);
    if (!l || !r)
        return NULL;
    if (e->op == WARD_HOP_EQ || e->op == WARD_HOP_NE) {
        int eq = ward_hequal(l, r);
        if (eq < 0)
            return l->kind == WARD_N_UNKNOWN ? l : r->kind == WARD_N_UNKNOWN ? r : ward_hunknown(m, e->span, 0, "unknown");
        return ward_node_bool(A(m), e->op == WARD_HOP_EQ ? eq : !eq, e->span);
    }
    if (l->kind == WARD_N_UNKNOWN)
        return l;
    if (r->kind == WARD_N_UNKNOWN)
        return r;
    double x, y;
    if (to_number(l, &x) != 0 || to_number(r, &y) != 0)
        return ward_hunknown(m, e->span, 1, "arithmetic and comparison need numbers");
    return arith(m, e->op, x, y, e->span);
}

static ward_node *eval_cond(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    ward_node *c = ward_heval(m, env, e->a);
    if (!c)
        return NULL;
    int t = ward_htruth(c);
    if (t >= 0)
        return ward_heval(m, env, t ? e->b : e->c);
    ward_node *a = ward_heval(m, env, e->b);
    ward_node *b = ward_heval(m, env, e->c);
    if (a && b && ward_hequal(a, b) == 1)
        return a;   /* both branches agree: the condition does not matter */
    if (c->kind == WARD_N_UNKNOWN)
        return ward_hunknown(m, e->span, 0, "condition not known before deployment (%.*s)", (int)(c->len > 120 ? 120 : c->len),
                             c->u.str);
    return ward_hunknown(m, e->span, 1, "condition is not a bool");
}

/* ---- templates ------------------------------------------------------------ */

typedef struct tbuf {
    char *p;
    size_t n, cap;
    ward_node *unknown;      /* first unknown part */
    int error;
} tbuf;

static void tb_put(ward_hmod *m, tbuf *b, const char *s, size_t n)
{
    if (b->n + n > WARD_EVAL_MAX_STRING) {
        b->error = 1;
        return;
    }
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 64) + n;
        char *np = ward_arena_alloc(A(m), cap);
        if (!np) {
            b->error = 1;
            return;
        }
        if (b->n)
            memcpy(np, b->p, b->n);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void render(ward_hmod *m, const ward_henv *env, const ward_hnode *part, tbuf *b);

static void render_list(ward_hmod *m, const ward_henv *env, const ward_hnode *tpl, tbuf *b)
{
    for (const ward_hnode *p = tpl ? tpl->list : NULL; p && !b->unknown && !b->error; p = p->next)
        render(m, env, p, b);
}

static void render_value(ward_hmod *m, ward_node *v, tbuf *b)
{
    size_t len;
    const char *s;
    if (!v)
        b->error = 1;
    else if (v->kind == WARD_N_UNKNOWN)
        b->unknown = v;
    else if ((s = ward_hto_string(m, v, &len)))
        tb_put(m, b, s, len);
    else {
        b->error = 1;
        m->r->errors++;
    }
}

static void render_for(ward_hmod *m, const ward_henv *env, const ward_hnode *part, tbuf *b)
{
    ward_node *coll = ward_heval(m, env, part->a);
    if (!coll || coll->kind == WARD_N_UNKNOWN) {
        b->unknown = coll;
        b->error = !coll;
        return;
    }
    if (coll->kind != WARD_N_ARRAY && coll->kind != WARD_N_OBJECT) {
        b->error = 1;
        return;
    }
    for (uint32_t i = 0; i < coll->len && !b->unknown && !b->error; i++) {
        ward_henv kv = {part->str, part->len, NULL, env};
        ward_henv vv = {part->str2, part->len2, NULL, part->str ? &kv : env};
        if (coll->kind == WARD_N_ARRAY) {
            kv.val = ward_node_number(A(m), i, part->span);
            vv.val = coll->u.items[i];
        } else {
            kv.val = ward_hstring(m, coll->u.members[i].key, coll->u.members[i].klen, part->span);
            vv.val = coll->u.members[i].value;
        }
        render_list(m, &vv, part->b, b);
    }
}

static void render(ward_hmod *m, const ward_henv *env, const ward_hnode *part, tbuf *b)
{
    switch (part->kind) {
    case WARD_HK_STR: tb_put(m, b, part->str, part->len); break;
    case WARD_HK_INTERP: render_value(m, ward_heval(m, env, part->a), b); break;
    case WARD_HK_TIF: {
        ward_node *c = ward_heval(m, env, part->a);
        int t = ward_htruth(c);
        if (t < 0)
            b->unknown = c && c->kind == WARD_N_UNKNOWN ? c : ward_hunknown(m, part->span, 1, "condition is not a bool");
        else
            render_list(m, env, t ? part->b : part->c, b);
        break;
    }
    case WARD_HK_TFOR: render_for(m, env, part, b); break;
    default: b->error = 1; break;
    }
}

static ward_node *eval_template(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    const ward_hnode *only = e->list;
    if (only && !only->next && only->kind == WARD_HK_INTERP) {
        /* "${x}" is x itself, unconverted (HCL keeps the type) */
        ward_node *v = ward_heval(m, env, only->a);
        return v ? ward_hplace(m, v, e->span, NULL) : NULL;
    }
    tbuf b = {NULL, 0, 0, NULL, 0};
    render_list(m, env, e, &b);
    if (b.unknown)   /* keeps what it reads (reference(<address>).endpoint), as ARM's concat and Bicep do */
        return ward_hplace(m, b.unknown, e->span, NULL);
    if (b.error)
        return ward_hunknown(m, e->span, 1, "template cannot be rendered");
    return ward_hstring(m, b.p ? b.p : "", b.n, e->span);
}

/* ---- collections ---------------------------------------------------------- */

static ward_node *eval_tuple(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    size_t n = 0;
    for (const ward_hnode *p = e->list; p; p = p->next)
        n++;
    ward_node *arr = ward_harray(m, n, e->span);
    if (!arr)
        return NULL;
    for (const ward_hnode *p = e->list; p; p = p->next) {
        ward_node *v = ward_heval(m, env, p);
        if (!v)
            return NULL;
        arr->u.items[arr->len++] = v;
    }
    return arr;
}

/* An object key: a bare identifier is literal text, anything else evaluates. */
static ward_node *eval_key(ward_hmod *m, const ward_henv *env, const ward_hnode *k)
{
    if (k->kind == WARD_HK_VAR)
        return ward_hstring(m, k->str, k->len, k->span);
    return ward_heval(m, env, k);
}

static void set_member(ward_node *obj, const char *key, size_t klen, uint32_t kstart, ward_node *v)
{
    for (uint32_t i = 0; i < obj->len; i++)
        if (obj->u.members[i].klen == klen && !memcmp(obj->u.members[i].key, key, klen)) {
            obj->u.members[i].value = v;   /* a repeated key keeps its first place, last value */
            obj->u.members[i].kstart = kstart;
            return;
        }
    ward_member *mb = &obj->u.members[obj->len++];
    mb->key = key;
    mb->klen = (uint32_t)klen;
    mb->kstart = kstart;
    mb->value = v;
}

static ward_node *eval_object(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    size_t n = 0;
    for (const ward_hnode *p = e->list; p; p = p->next)
        n++;
    ward_node *obj = ward_hobject(m, n, e->span);
    if (!obj)
        return NULL;
    for (const ward_hnode *p = e->list; p; p = p->next) {
        ward_node *k = eval_key(m, env, p->a);
        ward_node *v = ward_heval(m, env, p->b);
        if (!k || !v)
            return NULL;
        if (k->kind == WARD_N_UNKNOWN)
            return ward_hunknown(m, e->span, 0, "object key not known before deployment");
        size_t len;
        const char *ks = ward_hto_string(m, k, &len);
        if (!ks)
            return ward_hunknown(m, p->a->span, 1, "object key must be a string");
        set_member(obj, ks, len, p->a->span.start, v);
    }
    return obj;
}

typedef struct forstate {
    ward_node *out;
    size_t cap;
    ward_node *unknown;
} forstate;

static int for_grow(ward_hmod *m, forstate *f, int obj)
{
    if (f->out->len < f->cap)
        return 0;
    if (f->out->len >= WARD_EVAL_MAX_ITEMS)
        return -1;
    size_t cap = f->cap ? f->cap * 2 : 8;
    size_t sz = obj ? sizeof(ward_member) : sizeof(ward_node *);
    void *p = ward_arena_zalloc(A(m), cap * sz);
    if (!p)
        return -1;
    if (f->out->len)
        memcpy(p, obj ? (void *)f->out->u.members : (void *)f->out->u.items, f->out->len * sz);
    if (obj)
        f->out->u.members = p;
    else
        f->out->u.items = p;
    f->cap = cap;
    return 0;
}

/* {for ... : k => v...}: grouped values collect into lists. */
static int for_put_group(ward_hmod *m, forstate *f, const char *ks, size_t len, uint32_t kstart, ward_node *v)
{
    const ward_member *mb = ward_node_member(f->out, ks, len);
    if (mb) {
        ward_node *old = mb->value;
        ward_node *arr = ward_harray(m, old->len + 1, old->span);
        if (!arr)
            return -1;
        memcpy(arr->u.items, old->u.items, old->len * sizeof *arr->u.items);
        arr->len = old->len;
        arr->u.items[arr->len++] = v;
        ((ward_member *)mb)->value = arr;
        return 0;
    }
    ward_node *arr = ward_harray(m, 1, v->span);
    if (!arr || for_grow(m, f, 1) != 0)
        return -1;
    arr->u.items[arr->len++] = v;
    set_member(f->out, ks, len, kstart, arr);
    return 0;
}

static int for_one(ward_hmod *m, const ward_henv *env, const ward_hnode *e, forstate *f)
{
    if (e->d) {
        ward_node *c = ward_heval(m, env, e->d);
        int t = ward_htruth(c);
        if (t < 0) {
            f->unknown = c && c->kind == WARD_N_UNKNOWN ? c : ward_hunknown(m, e->d->span, 1, "condition is not a bool");
            return -1;
        }
        if (!t)
            return 0;
    }
    ward_node *v = ward_heval(m, env, e->c);
    if (!v)
        return -1;
    if (!(e->flags & WARD_HF_OBJFOR)) {
        if (for_grow(m, f, 0) != 0)
            return -1;
        f->out->u.items[f->out->len++] = v;
        return 0;
    }
    ward_node *k = ward_heval(m, env, e->b);
    size_t len;
    const char *ks = k && k->kind != WARD_N_UNKNOWN ? ward_hto_string(m, k, &len) : NULL;
    if (!ks) {
        f->unknown = k && k->kind == WARD_N_UNKNOWN ? k : ward_hunknown(m, e->b->span, 1, "object key must be a string");
        return -1;
    }
    if (e->flags & WARD_HF_GROUP)
        return for_put_group(m, f, ks, len, e->b->span.start, v);
    if (ward_node_member(f->out, ks, len))
        return f->unknown = ward_hunknown(m, e->b->span, 1, "duplicate key '%.*s' in for expression", (int)len, ks), -1;
    if (for_grow(m, f, 1) != 0)
        return -1;
    set_member(f->out, ks, len, e->b->span.start, v);
    return 0;
}

static ward_node *eval_for(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    ward_node *coll = ward_heval(m, env, e->a);
    if (!coll || coll->kind == WARD_N_UNKNOWN)
        return coll;
    if (coll->kind != WARD_N_ARRAY && coll->kind != WARD_N_OBJECT)
        return ward_hunknown(m, e->a->span, 1, "for expression needs a collection");
    int obj = (e->flags & WARD_HF_OBJFOR) != 0;
    forstate f = {obj ? ward_hobject(m, 0, e->span) : ward_harray(m, 0, e->span), 0, NULL};
    if (!f.out)
        return NULL;
    for (uint32_t i = 0; i < coll->len; i++) {
        if (!ward_hstep(m))
            return ward_hunknown(m, e->span, 0, "evaluation budget exhausted");
        ward_henv kv = {e->str, e->len, NULL, env};
        ward_henv vv = {e->str2, e->len2, NULL, e->str ? &kv : env};
        if (coll->kind == WARD_N_ARRAY) {
            kv.val = ward_node_number(A(m), i, e->a->span);
            vv.val = coll->u.items[i];
        } else {
            kv.val = ward_hstring(m, coll->u.members[i].key, coll->u.members[i].klen, e->a->span);
            vv.val = coll->u.members[i].value;
        }
        if (for_one(m, &vv, e, &f) != 0)
            return f.unknown ? f.unknown : NULL;
    }
    return f.out;
}

static ward_node *eval_splat(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    ward_node *src = ward_heval(m, env, e->a);
    if (!src)
        return NULL;
    if (src->kind == WARD_N_NULL)
        return ward_harray(m, 0, e->span);
    if (src->kind == WARD_N_UNKNOWN) {
        ward_henv self = {"", 0, src, env};
        return ward_heval(m, &self, e->b);
    }
    int single = src->kind != WARD_N_ARRAY;   /* a single value splats as a one-item list */
    size_t n = single ? 1 : src->len;
    ward_node *out = ward_harray(m, n, e->span);
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        ward_henv self = {"", 0, single ? src : src->u.items[i], env};
        ward_node *v = ward_heval(m, &self, e->b);
        if (!v)
            return NULL;
        out->u.items[out->len++] = v;
    }
    return out;
}

/* ---- dispatch ------------------------------------------------------------- */

static ward_node *eval_getattr(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    ward_node *v = eval_root(m, env, e);
    if (v)
        return v;
    ward_node *obj = ward_heval(m, env, e->a);
    return ward_hget_attr(m, obj, e->str, e->len, e->span);
}

static ward_node *eval_index(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    ward_node *obj = ward_heval(m, env, e->a);
    ward_node *key = ward_heval(m, env, e->b);
    return ward_hget_index(m, obj, key, e->span);
}

static ward_node *eval_node(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    switch (e->kind) {
    case WARD_HK_NUM: return ward_node_number(A(m), e->num, e->span);
    case WARD_HK_STR: return ward_hstring(m, e->str, e->len, e->span);
    case WARD_HK_LABEL: return ward_hstring(m, e->str, e->len, e->span);
    case WARD_HK_BOOL: return ward_node_bool(A(m), e->num != 0, e->span);
    case WARD_HK_NULL: return ward_node_new(A(m), WARD_N_NULL, e->span);
    case WARD_HK_TEMPLATE: return eval_template(m, env, e);
    case WARD_HK_VAR: return eval_var(m, env, e);
    case WARD_HK_SELF: return eval_var(m, env, e);
    case WARD_HK_GETATTR: return eval_getattr(m, env, e);
    case WARD_HK_INDEX: return eval_index(m, env, e);
    case WARD_HK_SPLAT: return eval_splat(m, env, e);
    case WARD_HK_CALL: return ward_hcall(m, env, e);
    case WARD_HK_TUPLE: return eval_tuple(m, env, e);
    case WARD_HK_OBJECT: return eval_object(m, env, e);
    case WARD_HK_FOR: return eval_for(m, env, e);
    case WARD_HK_UNARY: return eval_unary(m, env, e);
    case WARD_HK_BINARY: return eval_binary(m, env, e);
    case WARD_HK_COND: return eval_cond(m, env, e);
    case WARD_HK_PAREN: {
        ward_node *v = ward_heval(m, env, e->a);
        return v ? ward_hplace(m, v, e->span, NULL) : NULL;
    }
    default: return ward_hunknown(m, e->span, 1, "unsupported expression");
    }
}

ward_node *ward_heval(ward_hmod *m, const ward_henv *env, const ward_hnode *e)
{
    if (!e)
        return NULL;
    ward_hreader *r = m->r;
    if (!ward_hstep(m))
        return ward_hunknown(m, e->span, 0, "evaluation budget exhausted");
    if (r->depth >= WARD_HCL_MAX_EVAL_DEPTH)
        return ward_hunknown(m, e->span, 0, "expression nested too deeply");
    r->depth++;
    ward_node *v = eval_node(m, env, e);
    r->depth--;
    return v;
}
