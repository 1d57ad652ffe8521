/* bicep_eval.c: evaluation of Bicep expressions.
 *
 * Three-valued like the ARM evaluator it reuses: a value is known, or an
 * UNKNOWN node saying why it cannot be known before deployment.  Operators
 * are evaluated here (with Bicep's short-circuit && || ?: ??), functions go
 * to bicep_lib.c and then to the ARM library (ward_eval_call), and names to
 * the scope's symbols (bicep_read.c).  References to resources and modules
 * are resolved here too: `acct.name`, `acct.id`, `acct.properties.x` read
 * the other resource's evaluated body; a property the body does not declare
 * is set by Azure at deployment and so is unknown.
 *
 * Results are placed at the expression that produced them; a value taken
 * from a parameter or variable keeps its own location as the origin, so
 * findings can name where it came from.  Values read from resources and
 * scope objects carry WARD_NF_EXPR: a member they lack is unknown, not
 * absent.  NULL means out of memory, nothing else. */
#include "bicep_eval.h"
#include "../../base/vec.h"
#include "../../base/writer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static void prov_add(ward_breader *r, const ward_node *n, const char *id, const char *path);

ward_node *ward_bunknown(ward_bscope *sc, ward_span at, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return ward_node_unknown(sc->r->arena, buf, at);
}

int ward_bstep(ward_bscope *sc, long n)
{
    ward_breader *r = sc->r;
    if (r->steps > WARD_BICEP_STEP_BUDGET - n) {
        r->exhausted = 1;
        return 0;
    }
    r->steps += n;
    return 1;
}

ward_node *ward_bobject(ward_bscope *sc, size_t n, ward_span at)
{
    ward_node *o = ward_node_new(sc->r->arena, WARD_N_OBJECT, at);
    if (!o)
        return NULL;
    o->u.members = n ? ward_arena_zalloc(sc->r->arena, n * sizeof *o->u.members) : NULL;
    if (n && !o->u.members)
        return NULL;
    o->len = (uint32_t)n;
    return o;
}

ward_node *ward_barray(ward_bscope *sc, size_t n, ward_span at)
{
    ward_node *a = ward_node_new(sc->r->arena, WARD_N_ARRAY, at);
    if (!a)
        return NULL;
    a->u.items = n ? ward_arena_zalloc(sc->r->arena, n * sizeof *a->u.items) : NULL;
    if (n && !a->u.items)
        return NULL;
    a->len = (uint32_t)n;
    return a;
}

ward_node *ward_bplace(ward_bscope *sc, const ward_node *v, ward_span at, const char *label)
{
    if (!v)
        return NULL;
    const char *old = NULL;
    const ward_span *o = ward_node_origin(v, &old);
    ward_span origin = o ? *o : v->span;
    if (o && old)
        label = old;
    if (!ward_span_valid(origin) || (origin.file == at.file && origin.start == at.start && origin.end == at.end))
        origin = ward_span_none();
    ward_node *n = ward_node_relocate(sc->r->arena, v, at, origin, label);
    if (n && !ward_span_valid(origin))
        n->flags = (uint8_t)(n->flags & ~WARD_NF_ORIGIN);
    return n;
}

int ward_btruth(const ward_node *v)
{
    if (!v || v->kind != WARD_N_BOOL)
        return -1;
    return v->u.b ? 1 : 0;
}

ward_node *ward_bcall(ward_bscope *sc, const char *name, ward_node **args, size_t nargs, ward_span at)
{
    for (size_t i = 0; i < nargs; i++)
        if (!args[i])
            return NULL;
    return ward_eval_call(&sc->r->ev, name, strlen(name), args, nargs, at);
}

/* ---- growable node lists (arena) ----------------------------------------- */

typedef struct nodevec {
    ward_node **v;
    size_t n, cap;
} nodevec;

static int nv_push(ward_bscope *sc, nodevec *nv, ward_node *x)
{
    if (nv->n == nv->cap) {
        size_t cap = nv->cap ? nv->cap * 2 : 8;
        ward_node **v = ward_arena_alloc(sc->r->arena, cap * sizeof *v);
        if (!v)
            return -1;
        if (nv->n)
            memcpy(v, nv->v, nv->n * sizeof *v);
        nv->v = v;
        nv->cap = cap;
    }
    nv->v[nv->n++] = x;
    return 0;
}

typedef struct membvec {
    ward_member *v;
    size_t n, cap;
} membvec;

static int mv_push(ward_bscope *sc, membvec *mv, const char *key, uint32_t klen, uint32_t kstart, ward_node *val)
{
    if (mv->n == mv->cap) {
        size_t cap = mv->cap ? mv->cap * 2 : 8;
        ward_member *v = ward_arena_alloc(sc->r->arena, cap * sizeof *v);
        if (!v)
            return -1;
        if (mv->n)
            memcpy(v, mv->v, mv->n * sizeof *v);
        mv->v = v;
        mv->cap = cap;
    }
    ward_member m = {key, klen, kstart, val};
    mv->v[mv->n++] = m;
    return 0;
}

/* ---- literals ------------------------------------------------------------ */

/* Text of a value inside an interpolation, as Bicep's string(): 0 ok, 1 unknown. */
static int interp_text(ward_bscope *sc, ward_node *v, ward_writer *w, ward_node **unk)
{
    if (v->kind == WARD_N_UNKNOWN) {
        *unk = v;
        return 1;
    }
    if (v->kind != WARD_N_STRING) {
        v = ward_bcall(sc, "string", &v, 1, v->span);
        if (!v)
            return -1;
        if (v->kind != WARD_N_STRING) {
            *unk = v;
            return 1;
        }
    }
    ward_write(w, v->u.str, v->len);
    return 0;
}

static ward_node *eval_interp(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_writer w;
    ward_writer_mem(&w);
    ward_node *unk = NULL;
    int flags = 0;
    for (const ward_bnode *p = e->list; p; p = p->next) {
        if (p->kind == WARD_BK_STR) {
            ward_write(&w, p->str, p->len);
            continue;
        }
        ward_node *v = ward_beval(sc, env, p);
        if (!v) {
            ward_writer_free(&w);
            return NULL;
        }
        flags |= v->flags & (WARD_NF_SECRET | WARD_NF_KEYCALL);
        if (unk) {
            /* Already unknown; the later holes still count when they hold a key
             * call ('Endpoint=${a.properties.endpoint};Key=${a.listKeys().key1}'). */
            if (v->kind == WARD_N_UNKNOWN && (v->flags & WARD_NF_KEYCALL) && !(unk->flags & WARD_NF_KEYCALL))
                unk = v;
            continue;
        }
        if (interp_text(sc, v, &w, &unk) != 0 && !unk) {
            ward_writer_free(&w);
            return NULL;
        }
    }
    ward_node *out;
    if (unk) {
        /* Keeps what the unknown part reads (reference(<id>)...), as ARM's concat does. */
        out = ward_node_unknown(sc->r->arena, unk->u.str ? unk->u.str : "unknown", e->span);
        if (out)
            out->flags |= unk->flags & WARD_NF_REFERENCE;
    } else if (w.failed || w.len > WARD_EVAL_MAX_STRING) {
        out = ward_bunknown(sc, e->span, "string too long");
    } else {
        out = ward_node_string(sc->r->arena, w.buf ? w.buf : "", w.len, e->span);
    }
    ward_writer_free(&w);
    if (out)
        out->flags |= (uint8_t)flags;
    return out;
}

static ward_node *eval_array(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    nodevec nv = {NULL, 0, 0};
    for (const ward_bnode *p = e->list; p; p = p->next) {
        if (p->kind == WARD_BK_SPREAD) {
            ward_node *v = ward_beval(sc, env, p->a);
            if (!v)
                return NULL;
            if (v->kind == WARD_N_UNKNOWN)
                return ward_bplace(sc, v, e->span, NULL);
            if (v->kind != WARD_N_ARRAY)
                return ward_bunknown(sc, p->span, "spread of a value that is not an array");
            for (uint32_t i = 0; i < v->len; i++)
                if (nv_push(sc, &nv, v->u.items[i]) != 0)
                    return NULL;
            continue;
        }
        ward_node *v = ward_beval(sc, env, p);
        if (!v || nv_push(sc, &nv, v) != 0)
            return NULL;
    }
    ward_node *a = ward_node_new(sc->r->arena, WARD_N_ARRAY, e->span);
    if (!a)
        return NULL;
    a->u.items = nv.v;
    a->len = (uint32_t)nv.n;
    return a;
}

/* The text of an object key: a name, a string, or an interpolated string. */
static int key_text(ward_bscope *sc, const ward_benv *env, const ward_bnode *key, const char **s, uint32_t *n)
{
    if (key->kind != WARD_BK_INTERP) {
        *s = key->str;
        *n = key->len;
        return 0;
    }
    ward_node *v = ward_beval(sc, env, key);
    if (!v)
        return -1;
    if (v->kind == WARD_N_STRING) {
        *s = v->u.str;
        *n = v->len;
    } else {
        *s = "{unknown key}";
        *n = (uint32_t)strlen(*s);
    }
    return 0;
}

/* Objects.  Nested resource declarations are not values: they are skipped
 * (bicep_read.c evaluates them as resources of their own). */
static ward_node *eval_object(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    membvec mv = {NULL, 0, 0};
    for (const ward_bnode *p = e->list; p; p = p->next) {
        if (p->kind == WARD_BK_RESOURCE)
            continue;
        if (p->kind == WARD_BK_SPREAD) {
            ward_node *v = ward_beval(sc, env, p->a);
            if (!v)
                return NULL;
            if (v->kind == WARD_N_UNKNOWN)
                return ward_bplace(sc, v, e->span, NULL);
            if (v->kind == WARD_N_NULL)
                continue;
            if (v->kind != WARD_N_OBJECT)
                return ward_bunknown(sc, p->span, "spread of a value that is not an object");
            for (uint32_t i = 0; i < v->len; i++)
                if (mv_push(sc, &mv, v->u.members[i].key, v->u.members[i].klen, v->u.members[i].kstart,
                            v->u.members[i].value) != 0)
                    return NULL;
            continue;
        }
        const char *k;
        uint32_t kn;
        if (key_text(sc, env, p->a, &k, &kn) != 0)
            return NULL;
        ward_node *v = ward_beval(sc, env, p->b);
        if (!v || mv_push(sc, &mv, k, kn, p->nspan.start, v) != 0)
            return NULL;
    }
    ward_node *o = ward_node_new(sc->r->arena, WARD_N_OBJECT, e->span);
    if (!o)
        return NULL;
    o->u.members = mv.v;
    o->len = (uint32_t)mv.n;
    return o;
}

/* ---- for-expressions ----------------------------------------------------- */

static ward_node *eval_for(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_node *it = ward_beval(sc, env, e->b);
    if (!it)
        return NULL;
    if (it->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, it, e->span, NULL);
    if (it->kind == WARD_N_OBJECT) {
        it = ward_bcall(sc, "items", &it, 1, e->b->span);
        if (!it || it->kind != WARD_N_ARRAY)
            return it;
    }
    if (it->kind != WARD_N_ARRAY)
        return ward_bunknown(sc, e->b->span, "a for-expression needs an array");
    nodevec nv = {NULL, 0, 0};
    const ward_bnode *vars = e->a;
    for (uint32_t i = 0; i < it->len; i++) {
        if (!ward_bstep(sc, 1))
            return ward_bunknown(sc, e->span, "too expensive to evaluate");
        ward_benv item = {vars->str, vars->len, it->u.items[i], env};
        ward_benv idx = {"", 0, NULL, &item};
        const ward_benv *inner = &item;
        if (vars->b) {
            idx.name = vars->b->str;
            idx.len = vars->b->len;
            idx.val = ward_node_number(sc->r->arena, (double)i, vars->b->span);
            if (!idx.val)
                return NULL;
            inner = &idx;
        }
        const ward_bnode *body = e->c;
        if (body->kind == WARD_BK_IF) {
            ward_node *c = ward_beval(sc, inner, body->a);
            if (!c)
                return NULL;
            int t = ward_btruth(c);
            if (t < 0)
                return ward_bunknown(sc, body->a->span, "loop filter is not known before deployment");
            if (!t)
                continue;
            body = body->b;
        }
        ward_node *v = ward_beval(sc, inner, body);
        if (!v || nv_push(sc, &nv, v) != 0)
            return NULL;
    }
    ward_node *a = ward_node_new(sc->r->arena, WARD_N_ARRAY, e->span);
    if (!a)
        return NULL;
    a->u.items = nv.v;
    a->len = (uint32_t)nv.n;
    return a;
}

/* ---- operators ----------------------------------------------------------- */

static ward_node *boolean(ward_bscope *sc, int b, ward_span at)
{
    return ward_node_bool(sc->r->arena, b, at);
}

static ward_node *eval_logic(ward_bscope *sc, const ward_benv *env, const ward_bnode *e, int is_and)
{
    ward_node *l = ward_beval(sc, env, e->a);
    if (!l)
        return NULL;
    int lt = ward_btruth(l);
    if (lt == !is_and)          /* false && x, true || x */
        return boolean(sc, lt, e->span);
    ward_node *r = ward_beval(sc, env, e->b);
    if (!r)
        return NULL;
    int rt = ward_btruth(r);
    if (lt >= 0 && rt >= 0)
        return boolean(sc, rt, e->span);
    if (rt == !is_and)
        return boolean(sc, rt, e->span);
    const ward_node *u = lt < 0 ? l : r;
    if (u->kind != WARD_N_UNKNOWN)
        return ward_bunknown(sc, e->span, "operands of %s must be bools", is_and ? "&&" : "||");
    return ward_bplace(sc, u, e->span, NULL);
}

static ward_node *eval_ieq(ward_bscope *sc, ward_node *l, ward_node *r, ward_span at, int negate)
{
    if (l->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, l, at, NULL);
    if (r->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, r, at, NULL);
    if (l->kind != WARD_N_STRING || r->kind != WARD_N_STRING)
        return ward_bunknown(sc, at, "=~ compares strings");
    int eq = l->len == r->len && strncasecmp(l->u.str, r->u.str, l->len) == 0;
    return boolean(sc, negate ? !eq : eq, at);
}

static ward_node *eval_binary(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    switch ((ward_bop)e->op) {
    case WARD_BOP_AND: return eval_logic(sc, env, e, 1);
    case WARD_BOP_OR: return eval_logic(sc, env, e, 0);
    default: break;
    }
    ward_node *args[2] = {ward_beval(sc, env, e->a), NULL};
    if (!args[0])
        return NULL;
    if (e->op == WARD_BOP_COALESCE) {
        if (args[0]->kind != WARD_N_NULL && args[0]->kind != WARD_N_UNKNOWN)
            return args[0];
        args[1] = ward_beval(sc, env, e->b);
        if (!args[1])
            return NULL;
        if (args[0]->kind == WARD_N_NULL)
            return args[1];
        return ward_bplace(sc, args[0], e->span, NULL);
    }
    args[1] = ward_beval(sc, env, e->b);
    if (!args[1])
        return NULL;
    const char *fn = NULL;
    int negate = 0;
    switch ((ward_bop)e->op) {
    case WARD_BOP_EQ: fn = "equals"; break;
    case WARD_BOP_NE: fn = "equals"; negate = 1; break;
    case WARD_BOP_EQI: return eval_ieq(sc, args[0], args[1], e->span, 0);
    case WARD_BOP_NEI: return eval_ieq(sc, args[0], args[1], e->span, 1);
    case WARD_BOP_LT: fn = "less"; break;
    case WARD_BOP_LE: fn = "lessOrEquals"; break;
    case WARD_BOP_GT: fn = "greater"; break;
    case WARD_BOP_GE: fn = "greaterOrEquals"; break;
    case WARD_BOP_ADD: fn = "add"; break;
    case WARD_BOP_SUB: fn = "sub"; break;
    case WARD_BOP_MUL: fn = "mul"; break;
    case WARD_BOP_DIV: fn = "div"; break;
    case WARD_BOP_MOD: fn = "mod"; break;
    default: return ward_bunknown(sc, e->span, "unsupported operator");
    }
    ward_node *v = ward_bcall(sc, fn, args, 2, e->span);
    if (v && negate)
        v = ward_bcall(sc, "not", &v, 1, e->span);
    return v;
}

static ward_node *eval_unary(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_node *v = ward_beval(sc, env, e->a);
    if (!v)
        return NULL;
    if (e->op == WARD_BOP_NOT)
        return ward_bcall(sc, "not", &v, 1, e->span);
    if (v->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, v, e->span, NULL);
    if (v->kind != WARD_N_NUMBER)
        return ward_bunknown(sc, e->span, "unary %c needs a number", e->op == WARD_BOP_NEG ? '-' : '+');
    return ward_node_number(sc->r->arena, e->op == WARD_BOP_NEG ? -v->u.num : v->u.num, e->span);
}

static ward_node *eval_ternary(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_node *c = ward_beval(sc, env, e->a);
    if (!c)
        return NULL;
    int t = ward_btruth(c);
    if (t == 1)
        return ward_beval(sc, env, e->b);
    if (t == 0)
        return ward_beval(sc, env, e->c);
    ward_node *args[3] = {c, ward_beval(sc, env, e->b), ward_beval(sc, env, e->c)};
    if (!args[1] || !args[2])
        return NULL;
    if (c->kind != WARD_N_UNKNOWN)
        return ward_bunknown(sc, e->a->span, "the condition must be a bool");
    return ward_bcall(sc, "if", args, 3, e->span);
}

/* ---- resource and module references -------------------------------------- */

static int env_has(const ward_benv *env, const char *s, size_t n)
{
    for (; env; env = env->up)
        if (env->len == n && memcmp(env->name, s, n) == 0)
            return 1;
    return 0;
}

/* If e names a resource or module (acct, acct[i], parent::child), returns its
 * symbol and sets *scope and *inst (-1: the whole collection). */
static ward_bsym *ref_of(ward_bscope **scp, const ward_benv *env, const ward_bnode *e, long *inst, int *err);

ward_bsym *ward_bref(ward_bscope **scp, const ward_benv *env, const ward_bnode *e, long *inst)
{
    int err = 0;
    return ref_of(scp, env, e, inst, &err);
}

static ward_bsym *ref_of(ward_bscope **scp, const ward_benv *env, const ward_bnode *e, long *inst, int *err)
{
    ward_bscope *sc = *scp;
    *inst = -1;
    if (e->kind == WARD_BK_IDENT) {
        if (env_has(env, e->str, e->len))
            return NULL;
        ward_bsym *s = ward_bscope_find(sc, e->str, e->len);
        if (s)
            s = ward_bresolve(scp, s);
        if (!s || (s->kind != WARD_BS_RESOURCE && s->kind != WARD_BS_MODULE))
            return NULL;
        ward_bsym_eval_decl(*scp, s);
        if (!s->looped && s->ninst == 1)
            *inst = 0;
        return s;
    }
    if (e->kind == WARD_BK_INDEX) {
        long outer;
        ward_bsym *s = ref_of(scp, env, e->a, &outer, err);
        if (!s || !s->looped)
            return NULL;
        ward_node *i = ward_beval(sc, env, e->b);
        if (!i)
            return NULL;
        if (i->kind != WARD_N_NUMBER || i->u.num < 0 || (size_t)i->u.num >= s->ninst) {
            *err = 1;   /* unknown index: the instance is unknown */
            *inst = -1;
            return s;
        }
        *inst = (long)i->u.num;
        return s;
    }
    if (e->kind == WARD_BK_CHILD) {
        long outer;
        ward_bsym *p = ref_of(scp, env, e->a, &outer, err);
        if (!p)
            return NULL;
        for (size_t k = 0; k < (*scp)->nsyms; k++) {
            ward_bsym *c = &(*scp)->syms[k];
            if (c->kind == WARD_BS_RESOURCE && c->parent == p && c->len == e->len &&
                memcmp(c->name, e->str, e->len) == 0) {
                ward_bsym_eval_decl(*scp, c);
                *inst = -1;
                for (size_t j = 0; j < c->ninst; j++)
                    if (c->inst[j].parent == outer || outer < 0) {
                        *inst = (long)j;
                        break;
                    }
                return c;
            }
        }
    }
    return NULL;
}

/* The value of the whole reference (a resource used as a value: its id). */
static ward_node *ref_value(ward_bscope *sc, ward_bsym *s, long inst, ward_span at)
{
    if (inst < 0) {
        if (!s->looped)
            return ward_bunknown(sc, at, "instance of '%.*s' is not known", (int)s->len, s->name);
        ward_node *a = ward_barray(sc, s->ninst, at);
        if (!a)
            return NULL;
        for (size_t i = 0; i < s->ninst; i++) {
            ward_node *v = s->kind == WARD_BS_RESOURCE ? s->inst[i].id : s->inst[i].name;
            a->u.items[i] = v ? ward_bplace(sc, v, at, NULL) : ward_bunknown(sc, at, "unknown");
            if (!a->u.items[i])
                return NULL;
        }
        return a;
    }
    ward_node *v = s->kind == WARD_BS_RESOURCE ? s->inst[inst].id : s->inst[inst].name;
    return v ? ward_bplace(sc, v, at, NULL) : ward_bunknown(sc, at, "unknown");
}

static ward_node *flag_expr(ward_node *n)
{
    if (n)
        n->flags |= WARD_NF_EXPR;
    return n;
}

/* One property of a resource instance: name, id, type, apiVersion from the
 * declaration; others from its body unless declared `existing`. */
static ward_node *resource_member(ward_bscope *sc, ward_bsym *s, long inst, const ward_bnode *e)
{
    const char *m = e->str;
    size_t n = e->len;
    if (inst < 0)
        return ward_bunknown(sc, e->span, "instance of '%.*s' is not known", (int)s->len, s->name);
    ward_binst *in = &s->inst[inst];
    if (s->kind == WARD_BS_MODULE) {
        if (n == 4 && memcmp(m, "name", 4) == 0)
            return ward_bplace(sc, in->name, e->span, NULL);
        if (n == 7 && memcmp(m, "outputs", 7) == 0) {
            if (!in->module)
                return ward_bunknown(sc, e->span, "outputs of module '%.*s' are not known", (int)s->len, s->name);
            ward_bscope *ms = in->module;
            ward_node *o = ward_bobject(sc, 0, e->span);
            if (!o)
                return NULL;
            membvec mv = {NULL, 0, 0};
            for (size_t k = 0; k < ms->nsyms; k++) {
                if (ms->syms[k].kind != WARD_BS_OUTPUT)
                    continue;
                ward_node *v = ward_bsym_value(ms, &ms->syms[k], ms->syms[k].decl->b->span);
                if (!v || mv_push(sc, &mv, ms->syms[k].name, ms->syms[k].len, ms->syms[k].decl->nspan.start, v))
                    return NULL;
            }
            o->u.members = mv.v;
            o->len = (uint32_t)mv.n;
            return flag_expr(o);
        }
        return ward_bunknown(sc, e->span, "module property '%.*s' is not known", (int)n, m);
    }
    if (n == 2 && memcmp(m, "id", 2) == 0)
        return in->id ? ward_bplace(sc, in->id, e->span, NULL) : ward_bunknown(sc, e->span, "unknown id");
    if (n == 4 && memcmp(m, "name", 4) == 0) {
        if (!in->name)
            return ward_bunknown(sc, e->span, "unknown name");
        /* A child declared with a parent (nested or `parent:`) answers `.name`
         * with its own name, as Bicep does, not the full "parent/child". */
        if (s->parent && in->name->kind == WARD_N_STRING) {
            const char *last = in->name->u.str;
            for (uint32_t i = 0; i < in->name->len; i++)
                if (in->name->u.str[i] == '/')
                    last = in->name->u.str + i + 1;
            size_t ln = (size_t)(in->name->u.str + in->name->len - last);
            ward_node *v = ward_node_string(sc->r->arena, last, ln, e->span);
            return v ? flag_expr(v) : NULL;
        }
        return ward_bplace(sc, in->name, e->span, NULL);
    }
    if (n == 4 && memcmp(m, "type", 4) == 0)
        return ward_node_string(sc->r->arena, s->type, strlen(s->type), e->span);
    if (n == 10 && memcmp(m, "apiVersion", 10) == 0)
        return ward_node_string(sc->r->arena, s->api, strlen(s->api), e->span);
    if (in->flags & WARD_RF_EXISTING)
        return ward_bunknown(sc, e->span, "'%.*s.%.*s' of an existing resource is not known before deployment",
                             (int)s->len, s->name, (int)n, m);
    const ward_member *mm = in->body ? ward_node_member(in->body, m, n) : NULL;
    if (!mm && in->id && in->id->kind == WARD_N_STRING) {
        /* a runtime property of another resource: say which one (reference(<id>).m) */
        ward_node *u = ward_bunknown(sc, e->span, "reference(%.*s).%.*s", (int)(in->id->len > 180 ? 180 : in->id->len),
                                     in->id->u.str, (int)n, m);
        if (u)
            u->flags |= WARD_NF_REFERENCE;
        return u;
    }
    if (!mm)
        return ward_bunknown(sc, e->span, "'%.*s.%.*s' is set at deployment", (int)s->len, s->name, (int)n, m);
    ward_node *v = flag_expr(ward_bplace(sc, mm->value, e->span, NULL));
    if (in->id && in->id->kind == WARD_N_STRING)
        prov_add(sc->r, v, ward_arena_strndup(sc->r->arena, in->id->u.str, in->id->len),
                 ward_arena_strndup(sc->r->arena, m, n));
    return v;
}

/* A method call on a resource (listKeys(), getSecret(...)): never known. */
static ward_node *resource_method(ward_bscope *sc, ward_bsym *s, const ward_bnode *call)
{
    const ward_bnode *d = call->a;
    const ward_binst *in = s->ninst ? &s->inst[0] : NULL;
    const ward_node *id = in && in->id && in->id->kind == WARD_N_STRING ? in->id : NULL;
    ward_node *u = id ? ward_bunknown(sc, call->span, "%.*s(%.*s)", (int)d->len, d->str,
                                      (int)(id->len > 180 ? 180 : id->len), id->u.str)
                      : ward_bunknown(sc, call->span, "%.*s.%.*s() is evaluated at deployment", (int)s->len, s->name,
                                      (int)d->len, d->str);
    if (u && id)
        u->flags |= WARD_NF_REFERENCE;
    if (u && ((d->len >= 4 && strncasecmp(d->str, "list", 4) == 0) || (d->len == 9 && memcmp(d->str, "getSecret", 9) == 0)))
        u->flags |= WARD_NF_KEYCALL | WARD_NF_SECRET;
    return u;
}

/* ---- members and indexes ------------------------------------------------- */

static const ward_member *member_ci(const ward_node *o, const char *k, size_t n)
{
    const ward_member *m = ward_node_member(o, k, n);
    if (m || !o || o->kind != WARD_N_OBJECT)
        return m;
    for (uint32_t i = o->len; i-- > 0;)
        if (o->u.members[i].klen == n && strncasecmp(o->u.members[i].key, k, n) == 0)
            return &o->u.members[i];
    return NULL;
}

static const struct ward_bprov *prov_find(const ward_breader *r, const ward_node *n)
{
    for (size_t i = r->nprov; i-- > 0;)
        if (r->prov[i].node == n)
            return &r->prov[i];
    return NULL;
}

static void prov_add(ward_breader *r, const ward_node *n, const char *id, const char *path)
{
    struct ward_bprov p = {n, id, path};
    if (n && n->kind == WARD_N_OBJECT && path)
        WARD_VEC_PUSH(r->prov, r->nprov, r->capprov, p);
}

static ward_node *prov_unknown(ward_bscope *sc, const struct ward_bprov *p, const char *k, size_t n, ward_span at)
{
    ward_node *u = ward_bunknown(sc, at, "reference(%s).%s.%.*s", p->id, p->path, (int)(n > 60 ? 60 : n), k);
    if (u)
        u->flags |= WARD_NF_REFERENCE;
    return u;
}

static ward_node *get_member(ward_bscope *sc, ward_node *base, const char *k, size_t n, int safe, ward_span at)
{
    if (base->kind == WARD_N_UNKNOWN && (base->flags & WARD_NF_REFERENCE))
        return ward_node_reference_member(sc->r->arena, base, k, n, at);
    if (base->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, base, at, NULL);
    if (base->kind == WARD_N_NULL && safe)
        return ward_node_new(sc->r->arena, WARD_N_NULL, at);
    if (base->kind != WARD_N_OBJECT)
        return ward_bunknown(sc, at, "'.%.*s' on a value that is not an object", (int)(n > 60 ? 60 : n), k);
    const ward_member *m = member_ci(base, k, n);
    const struct ward_bprov *p = prov_find(sc->r, base);
    if (m) {
        ward_node *v = ward_bplace(sc, m->value, at, NULL);
        if (p)
            prov_add(sc->r, v, p->id, ward_arena_printf(sc->r->arena, "%s.%.*s", p->path, (int)n, k));
        return (base->flags & WARD_NF_EXPR) ? flag_expr(v) : v;
    }
    if (p)
        return prov_unknown(sc, p, k, n, at);
    if (base->flags & WARD_NF_EXPR)
        return ward_bunknown(sc, at, "property '%.*s' is set at deployment", (int)(n > 60 ? 60 : n), k);
    if (safe)
        return ward_node_new(sc->r->arena, WARD_N_NULL, at);
    return ward_bunknown(sc, at, "the object has no property '%.*s'", (int)(n > 60 ? 60 : n), k);
}

static ward_node *eval_dot(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_bscope *rs = sc;
    long inst;
    int err = 0;
    ward_bsym *s = ref_of(&rs, env, e->a, &inst, &err);
    if (s)
        return resource_member(sc, s, inst, e);
    if (e->a->kind == WARD_BK_IDENT && !env_has(env, e->a->str, e->a->len)) {
        ward_bsym *ns = ward_bscope_find(sc, e->a->str, e->a->len);
        if (ns && ns->kind == WARD_BS_NAMESPACE) {
            if (!ns->target)
                return ward_bunknown(sc, e->span, "'%.*s' is imported from a registry and not resolved",
                                     (int)e->a->len, e->a->str);
            ward_bsym *t = ward_bscope_find(ns->target, e->str, e->len);
            if (!t)
                return ward_bunknown(sc, e->span, "'%.*s' is not exported by '%.*s'", (int)e->len, e->str,
                                     (int)e->a->len, e->a->str);
            ward_bscope *ts = ns->target;
            t = ward_bresolve(&ts, t);
            return ward_bsym_value(ts, t, e->span);
        }
    }
    ward_node *base = ward_beval(sc, env, e->a);
    if (!base)
        return NULL;
    return get_member(sc, base, e->str, e->len, (e->flags & WARD_BF_SAFE) != 0, e->span);
}

static ward_node *eval_index(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_bscope *rs = sc;
    long inst;
    int err = 0;
    ward_bsym *s = ref_of(&rs, env, e, &inst, &err);
    if (s)
        return err ? ward_bunknown(sc, e->span, "index of '%.*s' is not known", (int)s->len, s->name)
                   : ref_value(sc, s, inst, e->span);
    ward_node *base = ward_beval(sc, env, e->a);
    ward_node *idx = base ? ward_beval(sc, env, e->b) : NULL;
    if (!idx)
        return NULL;
    int safe = (e->flags & WARD_BF_SAFE) != 0;
    if (base->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, base, e->span, NULL);
    if (idx->kind == WARD_N_UNKNOWN)
        return ward_bplace(sc, idx, e->span, NULL);
    if (base->kind == WARD_N_NULL && safe)
        return ward_node_new(sc->r->arena, WARD_N_NULL, e->span);
    if (idx->kind == WARD_N_STRING)
        return get_member(sc, base, idx->u.str, idx->len, safe, e->span);
    if (base->kind == WARD_N_ARRAY && idx->kind == WARD_N_NUMBER) {
        double d = idx->u.num;
        if (d >= 0 && d < (double)base->len && d == (double)(uint32_t)d) {
            ward_node *v = ward_bplace(sc, base->u.items[(uint32_t)d], e->span, NULL);
            return (base->flags & WARD_NF_EXPR) ? flag_expr(v) : v;
        }
        if (safe)
            return ward_node_new(sc->r->arena, WARD_N_NULL, e->span);
        return ward_bunknown(sc, e->span, "index out of range");
    }
    return ward_bunknown(sc, e->span, "cannot index this value");
}

static ward_node *eval_ident(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    for (const ward_benv *b = env; b; b = b->up)
        if (b->len == e->len && memcmp(b->name, e->str, e->len) == 0)
            return b->val ? ward_bplace(sc, b->val, e->span, NULL) : ward_bunknown(sc, e->span, "unknown");
    ward_bscope *rs = sc;
    long inst;
    int err = 0;
    ward_bsym *s = ref_of(&rs, env, e, &inst, &err);
    if (s)
        return ref_value(sc, s, inst, e->span);
    s = ward_bscope_find(sc, e->str, e->len);
    if (!s) {
        if (e->len == 3 && memcmp(e->str, "sys", 3) == 0)
            return ward_bunknown(sc, e->span, "'sys' is a namespace");
        return ward_bunknown(sc, e->span, "'%.*s' is not declared", (int)(e->len > 60 ? 60 : e->len), e->str);
    }
    return ward_bsym_value(sc, s, e->span);
}

/* ---- calls --------------------------------------------------------------- */

static ward_node *eval_call(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    const ward_bnode *callee = e->a;
    const char *name;
    uint32_t nlen;
    if (callee->kind == WARD_BK_IDENT) {
        name = callee->str;
        nlen = callee->len;
        ward_bsym *s = ward_bscope_find(sc, name, nlen);
        ward_bscope *fs = sc;
        if (s)
            s = ward_bresolve(&fs, s);
        if (s && (s->kind == WARD_BS_FUNC || s->kind == WARD_BS_IMPORTED)) {
            nodevec nv = {NULL, 0, 0};
            for (const ward_bnode *a = e->list; a; a = a->next) {
                ward_node *v = ward_beval(sc, env, a);
                if (!v || nv_push(sc, &nv, v) != 0)
                    return NULL;
            }
            if (s->kind == WARD_BS_IMPORTED)
                return ward_bunknown(sc, e->span, "'%.*s' is imported from a registry and not resolved", (int)nlen, name);
            return ward_bcall_func(fs, s, nv.v, nv.n, e->span);
        }
    } else if (callee->kind == WARD_BK_DOT) {
        name = callee->str;
        nlen = callee->len;
        const ward_bnode *base = callee->a;
        ward_bscope *rs = sc;
        long inst;
        int err = 0;
        ward_bsym *s = ref_of(&rs, env, base, &inst, &err);
        if (s)
            return resource_method(sc, s, e);
        int builtin_ns = base->kind == WARD_BK_IDENT && ((base->len == 3 && memcmp(base->str, "sys", 3) == 0) ||
                                                         (base->len == 2 && memcmp(base->str, "az", 2) == 0));
        ward_bsym *ns = base->kind == WARD_BK_IDENT ? ward_bscope_find(sc, base->str, base->len) : NULL;
        if (ns && ns->kind == WARD_BS_NAMESPACE) {
            if (!ns->target)
                return ward_bunknown(sc, e->span, "'%.*s' is imported from a registry and not resolved",
                                     (int)base->len, base->str);
            ward_bsym *f = ward_bscope_find(ns->target, name, nlen);
            ward_bscope *fs = ns->target;
            if (f)
                f = ward_bresolve(&fs, f);
            if (!f || f->kind != WARD_BS_FUNC)
                return ward_bunknown(sc, e->span, "'%.*s' is not a function of '%.*s'", (int)nlen, name,
                                     (int)base->len, base->str);
            nodevec nv = {NULL, 0, 0};
            for (const ward_bnode *a = e->list; a; a = a->next) {
                ward_node *v = ward_beval(sc, env, a);
                if (!v || nv_push(sc, &nv, v) != 0)
                    return NULL;
            }
            return ward_bcall_func(fs, f, nv.v, nv.n, e->span);
        }
        if (!builtin_ns) {
            /* a method on a value: only resources have methods */
            return ward_bunknown(sc, e->span, "method '%.*s' is evaluated at deployment", (int)nlen, name);
        }
    } else {
        return ward_bunknown(sc, e->span, "cannot call this expression");
    }
    int handled = 0;
    ward_node *v = ward_blib_call(sc, env, e, name, nlen, &handled);
    if (handled)
        return v;
    nodevec nv = {NULL, 0, 0};
    for (const ward_bnode *a = e->list; a; a = a->next) {
        if (a->kind == WARD_BK_LAMBDA)
            return ward_bunknown(sc, e->span, "'%.*s' with a lambda is not supported", (int)nlen, name);
        ward_node *x = ward_beval(sc, env, a);
        if (!x || nv_push(sc, &nv, x) != 0)
            return NULL;
    }
    return ward_eval_call(&sc->r->ev, name, nlen, nv.v, nv.n, e->span);
}

/* ---- dispatch ------------------------------------------------------------ */

static ward_node *eval_node(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_arena *a = sc->r->arena;
    switch ((ward_bk)e->kind) {
    case WARD_BK_STR: return ward_node_string(a, e->str, e->len, e->span);
    case WARD_BK_INTERP: return eval_interp(sc, env, e);
    case WARD_BK_NUM: return ward_node_number(a, e->num, e->span);
    case WARD_BK_BOOL: return ward_node_bool(a, e->num != 0, e->span);
    case WARD_BK_NULL: return ward_node_new(a, WARD_N_NULL, e->span);
    case WARD_BK_IDENT: return eval_ident(sc, env, e);
    case WARD_BK_ARRAY: return eval_array(sc, env, e);
    case WARD_BK_OBJECT: return eval_object(sc, env, e);
    case WARD_BK_FOR: return eval_for(sc, env, e);
    case WARD_BK_PAREN: {
        ward_node *v = ward_beval(sc, env, e->a);
        return v ? ward_bplace(sc, v, e->span, NULL) : NULL;
    }
    case WARD_BK_NONNULL: return ward_beval(sc, env, e->a);
    case WARD_BK_DOT: return eval_dot(sc, env, e);
    case WARD_BK_CHILD: {
        ward_bscope *rs = sc;
        long inst;
        int err = 0;
        ward_bsym *s = ref_of(&rs, env, e, &inst, &err);
        if (s)
            return ref_value(sc, s, inst, e->span);
        return ward_bunknown(sc, e->span, "'%.*s' is not a nested resource", (int)e->len, e->str);
    }
    case WARD_BK_INDEX: return eval_index(sc, env, e);
    case WARD_BK_CALL: return eval_call(sc, env, e);
    case WARD_BK_UNARY: return eval_unary(sc, env, e);
    case WARD_BK_BINARY: return eval_binary(sc, env, e);
    case WARD_BK_TERNARY: return eval_ternary(sc, env, e);
    case WARD_BK_LAMBDA: return ward_bunknown(sc, e->span, "a lambda is not a value");
    case WARD_BK_IF: return ward_bunknown(sc, e->span, "'if' is only allowed on resources and modules");
    default: return ward_bunknown(sc, e->span, "not an expression");
    }
}

ward_node *ward_beval(ward_bscope *sc, const ward_benv *env, const ward_bnode *e)
{
    ward_breader *r = sc->r;
    if (!e)
        return NULL;
    if (r->depth >= WARD_BICEP_MAX_EVAL_DEPTH)
        return ward_bunknown(sc, e->span, "expression nested too deeply to evaluate");
    if (!ward_bstep(sc, 1))
        return ward_bunknown(sc, e->span, "too expensive to evaluate");
    r->depth++;
    ward_node *v = eval_node(sc, env, e);
    r->depth--;
    return v;
}
