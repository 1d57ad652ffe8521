/* bicep_read.c: Bicep declarations into ARM-shaped resources.
 *
 * One scope per evaluated file (bicep_eval.h).  Symbols are collected from
 * the statements (nested resources included, in declaration order), then
 * every resource and module declaration is evaluated, and finally the
 * instances are appended to the resource set in declaration order, a
 * module's deployment followed by the module's own resources.
 *
 * A resource body is an object with `type`, `apiVersion` (both located at
 * the type string) and `name` (the full name: parent names joined with '/')
 * first, then the declared properties in order, without `parent` and without
 * nested resource declarations, which become resources of their own.  A
 * `scope:` naming a resource becomes that resource's id.
 *
 * Parameters take their value from, in order: the module call's `params`,
 * the paired .bicepparam file (or its `extends` base) or an ARM parameters
 * file, the declared default; else they are unknown. */
#include "bicep.h"
#include "bicep_eval.h"
#include "../json/json.h"
#include "../../base/alloc.h"
#include "../../base/vec.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { BICEP_PLACE_BUDGET = 4096 };   /* nodes re-placed per use of a parameter or variable */

int ward_bicep_is_param_file(const char *path)
{
    size_t n = strlen(path);
    return n >= 11 && strcmp(path + n - 11, ".bicepparam") == 0;
}

/* ---- files and scopes ---------------------------------------------------- */

/* Statements that parse in both kinds of file but belong to only one. */
static int validate(ward_breader *r, const ward_bnode *st, int param_file)
{
    int bad = 0;
    for (; st; st = st->next) {
        const char *why = NULL;
        switch ((ward_bk)st->kind) {
        case WARD_BK_PARAM:
            if (param_file && !st->b)
                why = "a parameter in a .bicepparam file needs a value (param name = value)";
            else if (param_file && st->a)
                why = "a parameter in a .bicepparam file takes no type";
            else if (!param_file && !st->a)
                why = "a parameter needs a type (param name type [= default])";
            break;
        case WARD_BK_USING: case WARD_BK_EXTENDS:
            if (!param_file)
                why = "'using' and 'extends' belong in .bicepparam files";
            break;
        case WARD_BK_RESOURCE: case WARD_BK_MODULE: case WARD_BK_OUTPUT: case WARD_BK_TARGETSCOPE:
            if (param_file)
                why = "resources, modules, outputs and targetScope belong in .bicep files";
            break;
        default:
            break;
        }
        if (why) {
            ward_diag_add(r->diags, WARD_D_DOC_SYNTAX, ward_span_make(st->span.file, st->span.start, st->nspan.end),
                          "%s", why);
            bad = 1;
        }
    }
    return bad;
}

/* Parses a file once per read.  NULL (with *ok 0) when it has errors. */
static const ward_bnode *parse_once(ward_breader *r, uint32_t file, int *ok)
{
    for (size_t i = 0; i < r->nparsed; i++)
        if (r->parsed[i].file == file) {
            *ok = !r->parsed[i].failed;
            return r->parsed[i].stmts;
        }
    ward_bnode *stmts = NULL;
    int failed = ward_bicep_parse(r->src, file, r->arena, r->diags, &stmts) != 0;
    if (!failed)
        failed = validate(r, stmts, ward_bicep_is_param_file(ward_sources_get(r->src, file)->path));
    if (failed)
        r->failed = 1;
    if (ward_vec_reserve((void **)&r->parsed, &r->capparsed, r->nparsed + 1, sizeof *r->parsed) == 0) {
        r->parsed[r->nparsed].file = file;
        r->parsed[r->nparsed].stmts = stmts;
        r->parsed[r->nparsed].failed = failed;
        r->nparsed++;
    }
    *ok = !failed;
    return stmts;
}

/* The object of a resource body: {..}, if (c) {..}, [for ...: {..}]. */
static const ward_bnode *body_object(const ward_bnode *b)
{
    if (b && b->kind == WARD_BK_FOR)
        b = b->c;
    if (b && b->kind == WARD_BK_IF)
        b = b->b;
    return b && b->kind == WARD_BK_OBJECT ? b : NULL;
}

static const ward_bnode *obj_member(const ward_bnode *obj, const char *key)
{
    size_t n = strlen(key);
    const ward_bnode *found = NULL;
    for (const ward_bnode *m = obj ? obj->list : NULL; m; m = m->next)
        if (m->kind == WARD_BK_MEMBER && m->a->kind == WARD_BK_NAME && m->len == n && memcmp(m->str, key, n) == 0)
            found = m;
    return found;
}

static int has_decorator(const ward_bnode *decl, const char *name)
{
    size_t n = strlen(name);
    for (const ward_bnode *d = decl->decos; d; d = d->next) {
        const ward_bnode *e = d->a;
        if (e && e->kind == WARD_BK_CALL)
            e = e->a;
        if (e && (e->kind == WARD_BK_IDENT || e->kind == WARD_BK_DOT) && e->len == n && memcmp(e->str, name, n) == 0)
            return 1;
    }
    return 0;
}

/* Collects the symbols of a resource and its nested children (pre-order). */
static size_t collect_resource(ward_bscope *sc, const ward_bnode *decl, long parent, size_t at)
{
    if (sc->syms) {
        ward_bsym *s = &sc->syms[at];
        s->kind = WARD_BS_RESOURCE;
        s->name = decl->str;
        s->len = decl->len;
        s->decl = decl;
        s->parent = parent >= 0 ? &sc->syms[parent] : NULL;
    }
    size_t self = at++;
    for (const ward_bnode *m = body_object(decl->b) ? body_object(decl->b)->list : NULL; m; m = m->next)
        if (m->kind == WARD_BK_RESOURCE)
            at = collect_resource(sc, m, (long)self, at);
    return at;
}

static ward_bscope *new_scope(ward_breader *r, uint32_t file, const ward_bnode *stmts, const char *chain, int depth);

static int is_registry(const char *p, size_t n)
{
    return n >= 3 && (strncmp(p, "br:", 3) == 0 || strncmp(p, "br/", 3) == 0 || strncmp(p, "ts:", 3) == 0 ||
                      strncmp(p, "ts/", 3) == 0);
}

/* The scope of a file named by an import, or NULL (registry, unreadable). */
static ward_bscope *import_scope(ward_bscope *sc, const ward_bnode *path)
{
    if (is_registry(path->str, path->len))
        return NULL;
    const char *full = ward_bpath(sc, path->str, path->len);
    uint32_t id = full ? ward_bload(sc->r, full) : WARD_NO_FILE;
    if (id == WARD_NO_FILE) {
        ward_diag_add(sc->r->diags, WARD_D_DOC_NOTE, path->span, "cannot read '%.*s'; its imports are unknown",
                      (int)path->len, path->str);
        return NULL;
    }
    if (sc->depth >= WARD_BICEP_MAX_MODULE_DEPTH)
        return NULL;
    int ok;
    const ward_bnode *stmts = parse_once(sc->r, id, &ok);
    if (!ok)
        return NULL;
    return new_scope(sc->r, id, stmts, sc->chain, sc->depth + 1);
}

/* Fills (or, with sc->syms NULL, counts) the symbols of a file. */
static size_t collect(ward_bscope *sc)
{
    size_t at = 0;
    for (const ward_bnode *st = sc->stmts; st; st = st->next) {
        ward_bsym *s = sc->syms ? &sc->syms[at] : NULL;
        switch ((ward_bk)st->kind) {
        case WARD_BK_PARAM: case WARD_BK_VAR: case WARD_BK_OUTPUT: case WARD_BK_FUNC: case WARD_BK_MODULE:
            if (s) {
                s->kind = st->kind == WARD_BK_PARAM ? WARD_BS_PARAM : st->kind == WARD_BK_VAR ? WARD_BS_VAR
                        : st->kind == WARD_BK_OUTPUT ? WARD_BS_OUTPUT : st->kind == WARD_BK_FUNC ? WARD_BS_FUNC
                        : WARD_BS_MODULE;
                s->name = st->str;
                s->len = st->len;
                s->decl = st;
                s->secure = has_decorator(st, "secure");
            }
            at++;
            break;
        case WARD_BK_RESOURCE:
            at = collect_resource(sc, st, -1, at);
            break;
        case WARD_BK_IMPORT:
            if (st->flags & WARD_BF_IMPORT_ALL) {
                if (s) {
                    s->kind = WARD_BS_NAMESPACE;
                    s->name = st->str;
                    s->len = st->len;
                    s->decl = st;
                    s->target = import_scope(sc, st->a);
                }
                at++;
                break;
            }
            {
                ward_bscope *target = NULL;
                if (s && st->list)
                    target = import_scope(sc, st->a);
                for (const ward_bnode *it = st->list; it; it = it->next, at++) {
                    if (!sc->syms)
                        continue;
                    s = &sc->syms[at];
                    s->kind = WARD_BS_IMPORTED;
                    s->name = it->b ? it->b->str : it->str;
                    s->len = it->b ? it->b->len : it->len;
                    s->decl = it;
                    s->target = target;
                    s->tname = it->str;
                    s->tlen = it->len;
                }
            }
            break;
        case WARD_BK_EXTENSION:
            if (st->c) {
                if (s) {
                    s->kind = WARD_BS_NAMESPACE;
                    s->name = st->c->str;
                    s->len = st->c->len;
                    s->decl = st;
                }
                at++;
            }
            break;
        case WARD_BK_TARGETSCOPE:
            if (st->a && st->a->kind == WARD_BK_STR && !(st->a->len == 13 && memcmp(st->a->str, "resourceGroup", 13) == 0))
                sc->subscription_scope = 1;
            break;
        default:
            break;
        }
    }
    return at;
}

static ward_bscope *new_scope(ward_breader *r, uint32_t file, const ward_bnode *stmts, const char *chain, int depth)
{
    ward_bscope *sc = ward_arena_zalloc(r->arena, sizeof *sc);
    if (!sc)
        return NULL;
    sc->r = r;
    sc->file = file;
    sc->path = ward_sources_get(r->src, file)->path;
    sc->chain = chain;
    sc->stmts = stmts;
    sc->depth = depth;
    size_t n = collect(sc);
    sc->syms = ward_arena_zalloc(r->arena, (n ? n : 1) * sizeof *sc->syms);
    if (!sc->syms)
        return NULL;
    sc->nsyms = collect(sc);
    return sc;
}

ward_bsym *ward_bscope_find(ward_bscope *sc, const char *name, size_t len)
{
    for (size_t i = 0; i < sc->nsyms; i++)
        if (sc->syms[i].len == len && memcmp(sc->syms[i].name, name, len) == 0 && sc->syms[i].kind != WARD_BS_OUTPUT)
            return &sc->syms[i];
    return NULL;
}

ward_bsym *ward_bresolve(ward_bscope **sc, ward_bsym *s)
{
    for (int hops = 0; s && s->kind == WARD_BS_IMPORTED && s->target && hops < 16; hops++) {
        ward_bsym *t = ward_bscope_find(s->target, s->tname, s->tlen);
        if (!t)
            return s;
        *sc = s->target;
        s = t;
    }
    return s;
}

/* ---- parameters, variables, outputs, functions ---------------------------- */

static const char *file_base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* A parameter's value from a .bicepparam scope (or its extends base). */
static ward_node *paramfile_value(ward_bscope *pf, const char *name, size_t len, const char **label)
{
    for (int hops = 0; pf && hops < 8; hops++, pf = pf->base) {
        ward_bsym *p = ward_bscope_find(pf, name, len);
        if (p && p->kind == WARD_BS_PARAM && p->decl->b) {
            *label = ward_arena_printf(pf->r->arena, "parameter '%.*s' set in %s", (int)len, name,
                                       file_base(pf->path));
            return ward_bsym_value(pf, p, p->decl->b->span);
        }
    }
    return NULL;
}

static ward_node *param_value(ward_bscope *sc, ward_bsym *s)
{
    const ward_bnode *d = s->decl;
    ward_arena *a = sc->r->arena;
    if (sc->is_param_file) {
        s->label = ward_arena_printf(a, "parameter '%.*s'", (int)s->len, s->name);
        return d->b ? ward_beval(sc, NULL, d->b) : ward_bunknown(sc, d->span, "no value");
    }
    if (sc->inputs) {
        const ward_member *m = ward_node_member(sc->inputs, s->name, s->len);
        if (m) {
            s->label = ward_arena_printf(a, "module input '%.*s'", (int)s->len, s->name);
            return m->value;
        }
    } else if (sc->paramfile) {
        ward_node *v = paramfile_value(sc->paramfile, s->name, s->len, &s->label);
        if (v)
            return v;
    } else if (sc->json_params) {
        const ward_member *m = ward_node_member(sc->json_params, s->name, s->len);
        if (m && m->value->kind == WARD_N_OBJECT) {
            const ward_node *v = ward_node_get(m->value, "value");
            s->label = ward_arena_printf(a, "parameter '%.*s' set in %s", (int)s->len, s->name,
                                         file_base(sc->json_params_path));
            if (v)
                return (ward_node *)v;
            return ward_bunknown(sc, m->value->span, "parameter '%.*s' is a Key Vault reference", (int)s->len, s->name);
        }
    }
    if (d->b) {
        s->label = ward_arena_printf(a, "parameter '%.*s' default", (int)s->len, s->name);
        return ward_beval(sc, NULL, d->b);
    }
    s->label = ward_arena_printf(a, "parameter '%.*s'", (int)s->len, s->name);
    return ward_bunknown(sc, d->nspan, "parameter '%.*s' has no value", (int)s->len, s->name);
}

ward_node *ward_bsym_value(ward_bscope *sc, ward_bsym *s, ward_span at)
{
    ward_bscope *home = sc;
    s = ward_bresolve(&home, s);
    sc = home;
    switch (s->kind) {
    case WARD_BS_PARAM: case WARD_BS_VAR: case WARD_BS_OUTPUT:
        break;
    case WARD_BS_IMPORTED:
        return ward_bunknown(sc, at, "'%.*s' is imported from a registry and not resolved", (int)s->len, s->name);
    case WARD_BS_RESOURCE: case WARD_BS_MODULE: {
        ward_bnode id = {0};
        id.kind = WARD_BK_IDENT;
        id.str = s->name;
        id.len = s->len;
        id.span = at;
        return ward_beval(sc, NULL, &id);
    }
    default:
        return ward_bunknown(sc, at, "'%.*s' is not a value", (int)s->len, s->name);
    }
    if (s->state == 1)
        return ward_bunknown(sc, at, "'%.*s' refers to itself", (int)s->len, s->name);
    if (s->state == 0) {
        s->state = 1;
        ward_node *v = s->kind == WARD_BS_PARAM ? param_value(sc, s) : ward_beval(sc, NULL, s->decl->b);
        if (v && s->kind == WARD_BS_VAR)
            s->label = ward_arena_printf(sc->r->arena, "variable '%.*s'", (int)s->len, s->name);
        if (v && s->secure) {
            v = ward_bplace(sc, v, v->span, NULL);
            if (v)
                v->flags |= WARD_NF_SECRET;
        }
        s->value = v;
        s->state = 2;
    }
    if (!s->value)
        return NULL;
    /* Reported where it is used, items and members too, with a note where it was written. */
    size_t budget = BICEP_PLACE_BUDGET;
    return ward_node_place_within(sc->r->arena, ward_bplace(sc, s->value, at, s->label), at, s->label, &budget);
}

ward_node *ward_bcall_func(ward_bscope *sc, ward_bsym *s, ward_node **args, size_t nargs, ward_span at)
{
    if (s->kind != WARD_BS_FUNC)
        return NULL;
    enum { MAXP = 32 };
    ward_benv b[MAXP];
    const ward_benv *env = NULL;
    size_t i = 0;
    for (const ward_bnode *p = s->decl->list; p && i < MAXP; p = p->next, i++) {
        b[i].name = p->str;
        b[i].len = p->len;
        b[i].val = i < nargs ? args[i] : NULL;
        b[i].up = env;
        env = &b[i];
    }
    ward_node *v = ward_beval(sc, env, s->decl->b);
    return v ? ward_bplace(sc, v, at, NULL) : NULL;
}

/* ---- resources ----------------------------------------------------------- */

static int push_inst(ward_bscope *sc, ward_bsym *s, const ward_binst *in)
{
    ward_binst *v = ward_arena_alloc(sc->r->arena, (s->ninst + 1) * sizeof *v);
    if (!v)
        return -1;
    if (s->ninst)
        memcpy(v, s->inst, s->ninst * sizeof *v);
    v[s->ninst++] = *in;
    s->inst = v;
    return 0;
}

static ward_benv *copy_env(ward_bscope *sc, const ward_benv *env)
{
    if (!env)
        return NULL;
    ward_benv *c = ward_arena_alloc(sc->r->arena, sizeof *c);
    if (!c)
        return NULL;
    *c = *env;
    c->up = copy_env(sc, env->up);
    return c;
}

static ward_node *str_node(ward_bscope *sc, const char *s, ward_span at)
{
    return ward_node_string(sc->r->arena, s, strlen(s), at);
}

/* Splits 'Type@version' of a declaration, completing a nested child's type. */
static void resource_type(ward_bscope *sc, ward_bsym *s)
{
    const ward_bnode *t = s->decl->a;
    const char *at = memchr(t->str, '@', t->len);
    size_t tn = at ? (size_t)(at - t->str) : t->len;
    const char *api = at ? at + 1 : "";
    size_t an = at ? t->len - tn - 1 : 0;
    ward_arena *a = sc->r->arena;
    if (s->parent && !memchr(t->str, '/', tn)) {
        s->type = ward_arena_printf(a, "%s/%.*s", s->parent->type ? s->parent->type : "?", (int)tn, t->str);
        s->api = an ? ward_arena_strndup(a, api, an) : s->parent->api;
    } else {
        s->type = ward_arena_strndup(a, t->str, tn);
        s->api = ward_arena_strndup(a, api, an);
    }
    if (!s->type)
        s->type = "";
    if (!s->api)
        s->api = "";
}

/* The resource id of an instance, as ARM's resourceId() and friends build it. */
static ward_node *resource_id(ward_bscope *sc, ward_bsym *s, ward_node *name, ward_node *scope, ward_span at)
{
    if (!name || name->kind != WARD_N_STRING)
        return ward_bunknown(sc, at, "the name of '%.*s' is not known", (int)s->len, s->name);
    enum { MAXSEG = 16 };
    size_t want = 0, have = 1;
    for (const char *t = s->type; *t; t++)
        want += *t == '/';
    for (uint32_t i = 0; i < name->len; i++)
        have += name->u.str[i] == '/';
    if (want != have || have > MAXSEG)
        return ward_bunknown(sc, at, "the name of '%.*s' does not fit its type", (int)s->len, s->name);
    ward_node *args[MAXSEG + 2];
    size_t n = 0;
    if (scope)
        args[n++] = scope;
    args[n++] = str_node(sc, s->type, at);
    const char *p = name->u.str, *end = name->u.str + name->len;
    while (n < MAXSEG && p <= end) {
        const char *q = memchr(p, '/', (size_t)(end - p));
        if (!q)
            q = end;
        args[n++] = ward_node_string(sc->r->arena, p, (size_t)(q - p), at);
        p = q + 1;
    }
    const char *fn = scope ? "extensionResourceId" : sc->subscription_scope ? "subscriptionResourceId" : "resourceId";
    return ward_bcall(sc, fn, args, n, at);
}

typedef struct membuf {
    ward_member *v;
    size_t n, cap;
} membuf;

static int put(ward_bscope *sc, membuf *mb, const char *key, uint32_t kstart, ward_node *val)
{
    if (!val)
        return -1;
    if (mb->n == mb->cap) {
        size_t cap = mb->cap ? mb->cap * 2 : 16;
        ward_member *v = ward_arena_alloc(sc->r->arena, cap * sizeof *v);
        if (!v)
            return -1;
        if (mb->n)
            memcpy(v, mb->v, mb->n * sizeof *v);
        mb->v = v;
        mb->cap = cap;
    }
    ward_member m = {key, (uint32_t)strlen(key), kstart, val};
    mb->v[mb->n++] = m;
    return 0;
}

static ward_node *finish_object(ward_bscope *sc, membuf *mb, ward_span at)
{
    ward_node *o = ward_node_new(sc->r->arena, WARD_N_OBJECT, at);
    if (o) {
        o->u.members = mb->v;
        o->len = (uint32_t)mb->n;
    }
    return o;
}

/* A scope value (resource id string, or an object with an id) as an id string. */
static ward_node *scope_id(ward_bscope *sc, ward_node *v)
{
    if (v && v->kind == WARD_N_OBJECT) {
        const ward_member *m = ward_node_member(v, "id", 2);
        return m ? ward_bplace(sc, m->value, v->span, NULL) : ward_bunknown(sc, v->span, "scope id is not known");
    }
    return v;
}

static const char *name_text(ward_bscope *sc, const ward_node *n)
{
    if (n && n->kind == WARD_N_STRING)
        return ward_arena_strndup(sc->r->arena, n->u.str, n->len);
    return "{unknown}";
}

/* Whether a scope id names a resource (not a resource group or subscription). */
static int has_providers(const char *s, size_t n)
{
    for (size_t i = 0; i + 11 <= n; i++)
        if (memcmp(s + i, "/providers/", 11) == 0)
            return 1;
    return 0;
}

/* Builds one resource instance from its body object. */
static int resource_instance(ward_bscope *sc, ward_bsym *s, const ward_benv *env, const ward_bnode *obj,
                             uint32_t flags, int parent, const char *address)
{
    ward_arena *a = sc->r->arena;
    const ward_bnode *decl = s->decl;
    ward_span tspan = decl->a->span;
    ward_binst in = {0};
    in.flags = flags | sc->rflags | ((decl->flags & WARD_BF_EXISTING) ? WARD_RF_EXISTING : 0);
    in.parent = parent;
    in.index = -1;
    in.address = address;
    in.env = copy_env(sc, env);
    /* name, full with the parent's */
    const ward_bnode *nm = obj_member(obj, "name");
    ward_node *name = nm ? ward_beval(sc, env, nm->b) : ward_bunknown(sc, decl->nspan, "resource has no name");
    if (!name)
        return -1;
    if (s->parent_known) {
        /* parent: acct[i] with this instance's loop bindings */
        const ward_bnode *pm = obj_member(obj, "parent");
        ward_bscope *ps = sc;
        long pi = -1;
        if (pm)
            ward_bref(&ps, env, pm->b, &pi);
        parent = (int)pi;
        in.parent = parent;
    }
    if (s->parent && (parent < 0 || (size_t)parent >= s->parent->ninst)) {
        name = ward_bunknown(sc, name->span, "the parent instance of '%.*s' is not known", (int)s->len, s->name);
        if (!name)
            return -1;
    } else if (s->parent) {
        ward_node *pn = s->parent->inst[parent].name;
        if (pn && pn->kind == WARD_N_STRING && name->kind == WARD_N_STRING) {
            char *full = ward_arena_printf(a, "%.*s/%.*s", (int)pn->len, pn->u.str, (int)name->len, name->u.str);
            ward_node *fn = full ? ward_node_string(a, full, strlen(full), name->span) : NULL;
            name = fn ? ward_bplace(sc, fn, name->span, NULL) : NULL;
            if (name && ward_node_origin(name, NULL) == NULL && nm)
                name->span = nm->b->span;
        } else if (name->kind == WARD_N_STRING) {
            name = ward_bunknown(sc, name->span, "the name of the parent of '%.*s' is not known", (int)s->len, s->name);
        }
        if (!name)
            return -1;
    }
    in.name = name;
    membuf mb = {NULL, 0, 0};
    if (put(sc, &mb, "type", tspan.start, str_node(sc, s->type, tspan)) ||
        put(sc, &mb, "apiVersion", tspan.start, str_node(sc, s->api, tspan)) ||
        put(sc, &mb, "name", nm ? nm->nspan.start : decl->nspan.start, name))
        return -1;
    ward_node *scope = NULL;
    for (const ward_bnode *m = obj ? obj->list : NULL; m; m = m->next) {
        if (m->kind == WARD_BK_RESOURCE || m == nm)
            continue;
        if (m->kind == WARD_BK_SPREAD)
            continue;   /* resource bodies do not allow spreads; ignored */
        if (m->a->kind == WARD_BK_NAME && m->len == 6 && memcmp(m->str, "parent", 6) == 0)
            continue;
        int is_scope = m->a->kind == WARD_BK_NAME && m->len == 5 && memcmp(m->str, "scope", 5) == 0;
        if ((in.flags & WARD_RF_EXISTING) && !is_scope)
            continue;
        ward_node *v = ward_beval(sc, env, m->b);
        if (is_scope)
            scope = v = scope_id(sc, v);
        const char *key = m->a->kind == WARD_BK_NAME ? m->str : "{key}";
        if (m->a->kind == WARD_BK_NAME)
            key = ward_arena_strndup(a, m->str, m->len);
        if (!key || put(sc, &mb, key, m->nspan.start, v))
            return -1;
    }
    /* As in ARM: what an existing resource has set is not known here, so a
     * rule that joins to it gets unknown, not "absent" (= the default). */
    if ((in.flags & WARD_RF_EXISTING) &&
        put(sc, &mb, "properties", decl->nspan.start,
            ward_bunknown(sc, decl->span, "properties of an existing resource are not known")))
        return -1;
    in.body = finish_object(sc, &mb, obj ? obj->span : decl->span);
    if (!in.body)
        return -1;
    int rg_scope = scope && scope->kind == WARD_N_STRING && !has_providers(scope->u.str, scope->len);
    in.id = resource_id(sc, s, name, scope && !rg_scope ? scope : NULL, decl->nspan);
    return in.id ? push_inst(sc, s, &in) : -1;
}

/* Runs a body form (object, if, for) and calls make() for each instance. */
typedef int (*inst_fn)(ward_bscope *sc, ward_bsym *s, const ward_benv *env, const ward_bnode *obj, uint32_t flags,
                       int parent, const char *address);

static int run_body(ward_bscope *sc, ward_bsym *s, const ward_benv *env, int parent, inst_fn make)
{
    const ward_bnode *b = s->decl->b;
    const char *base = ward_arena_strndup(sc->r->arena, s->name, s->len);
    if (!base)
        return -1;
    if (b->kind == WARD_BK_FOR) {
        s->looped = 1;
        const ward_bnode *vars = b->a;
        ward_node *it = ward_beval(sc, env, b->b);
        if (!it)
            return -1;
        if (it->kind == WARD_N_OBJECT)
            it = ward_bcall(sc, "items", &it, 1, b->b->span);
        if (!it)
            return -1;
        if (it->kind != WARD_N_ARRAY) {
            /* unknown collection: one representative instance */
            ward_benv item = {vars->str, vars->len, ward_bunknown(sc, vars->span, "loop item is not known"), env};
            ward_benv idx = {vars->b ? vars->b->str : "", vars->b ? vars->b->len : 0,
                             ward_bunknown(sc, vars->span, "loop index is not known"), &item};
            const ward_bnode *body = b->c;
            uint32_t fl = WARD_RF_LOOP | WARD_RF_CONDITIONAL;
            if (body->kind == WARD_BK_IF)
                body = body->b;
            return make(sc, s, vars->b ? &idx : &item, body_object(body), fl, parent,
                        ward_arena_printf(sc->r->arena, "%s[?]", base));
        }
        uint32_t count = it->len > WARD_BICEP_MAX_INSTANCES ? WARD_BICEP_MAX_INSTANCES : it->len;
        if (it->len > count)
            ward_diag_add(sc->r->diags, WARD_D_DOC_NOTE, b->b->span, "only the first %u instances are checked", count);
        for (uint32_t i = 0; i < count; i++) {
            ward_benv item = {vars->str, vars->len, it->u.items[i], env};
            ward_benv idx = {vars->b ? vars->b->str : "", vars->b ? vars->b->len : 0,
                             ward_node_number(sc->r->arena, i, vars->span), &item};
            const ward_benv *inner = vars->b ? &idx : &item;
            const ward_bnode *body = b->c;
            uint32_t fl = WARD_RF_LOOP;
            if (body->kind == WARD_BK_IF) {
                ward_node *c = ward_beval(sc, inner, body->a);
                int t = ward_btruth(c);
                if (t == 0)
                    continue;
                if (t < 0)
                    fl |= WARD_RF_CONDITIONAL;
                body = body->b;
            }
            if (make(sc, s, inner, body_object(body), fl, parent, ward_arena_printf(sc->r->arena, "%s[%u]", base, i)))
                return -1;
        }
        return 0;
    }
    uint32_t fl = 0;
    if (b->kind == WARD_BK_IF) {
        ward_node *c = ward_beval(sc, env, b->a);
        int t = ward_btruth(c);
        if (t == 0)
            return 0;
        if (t < 0)
            fl |= WARD_RF_CONDITIONAL;
        b = b->b;
    }
    if (b->kind != WARD_BK_OBJECT) {
        ward_diag_add(sc->r->diags, WARD_D_DOC_UNSUPPORTED, b->span,
                      "the body of '%.*s' must be an object, 'if (...) {...}' or a for-expression", (int)s->len, s->name);
        sc->r->failed = 1;
        return 0;
    }
    return make(sc, s, env, b, fl, parent, base);
}

/* The `parent:` property names the parent resource: resolve it (before the
 * type and name of the child are built). */
static void find_parent(ward_bscope *sc, ward_bsym *s)
{
    const ward_bnode *pm = obj_member(body_object(s->decl->b), "parent");
    if (!pm)
        return;
    ward_bscope *ps = sc;
    long inst;
    ward_bsym *p = ward_bref(&ps, NULL, pm->b, &inst);
    if (!p || p->kind != WARD_BS_RESOURCE || ps != sc) {
        ward_diag_add(sc->r->diags, WARD_D_DOC_NOTE, pm->b->span, "parent of '%.*s' is not a resource of this file",
                      (int)s->len, s->name);
        return;
    }
    s->parent = p;
    s->parent_known = 1;
}

static void eval_resource(ward_bscope *sc, ward_bsym *s)
{
    ward_bsym *p = s->parent;
    int by_property = 0;
    if (!p) {
        find_parent(sc, s);
        p = s->parent;
        by_property = p != NULL;
    }
    if (p)
        ward_bsym_eval_decl(sc, p);
    if (by_property) {
        /* parent: with a full child type: the parent only contributes the name */
        const ward_bnode *t = s->decl->a;
        const char *at = memchr(t->str, '@', t->len);
        size_t tn = at ? (size_t)(at - t->str) : t->len;
        s->type = ward_arena_strndup(sc->r->arena, t->str, tn);
        s->api = at ? ward_arena_strndup(sc->r->arena, at + 1, t->len - tn - 1) : p->api;
    } else {
        resource_type(sc, s);
    }
    if (!p) {
        run_body(sc, s, NULL, -1, resource_instance);
        return;
    }
    if (by_property) {
        run_body(sc, s, NULL, -1, resource_instance);   /* the instance resolves its parent */
        return;
    }
    for (size_t i = 0; i < p->ninst; i++) {
        uint32_t saved = sc->rflags;
        sc->rflags |= p->inst[i].flags & (WARD_RF_CONDITIONAL | WARD_RF_LOOP | WARD_RF_EXISTING);
        sc->rflags &= ~(uint32_t)WARD_RF_EXISTING;
        run_body(sc, s, p->inst[i].env, (int)i, resource_instance);
        sc->rflags = saved;
    }
}

/* ---- modules ------------------------------------------------------------- */

static ward_bscope *module_scope(ward_bscope *sc, ward_bsym *s, ward_node *params, ward_span params_at, uint32_t flags)
{
    const ward_bnode *path = s->decl->a;
    ward_breader *r = sc->r;
    if (is_registry(path->str, path->len)) {
        if (s->noted++)
            return NULL;
        ward_diag_add(r->diags, WARD_D_DOC_NOTE, path->span,
                      "module '%.*s' comes from a registry ('%.*s'); ward cannot resolve it, so its resources are not checked",
                      (int)s->len, s->name, (int)(path->len > 80 ? 80 : path->len), path->str);
        return NULL;
    }
    if (sc->depth + 1 >= WARD_BICEP_MAX_MODULE_DEPTH) {
        ward_diag_add(r->diags, WARD_D_DOC_DEPTH, path->span, "modules nested more than %d deep (a module cycle?)",
                      WARD_BICEP_MAX_MODULE_DEPTH);
        r->failed = 1;
        return NULL;
    }
    const char *full = ward_bpath(sc, path->str, path->len);
    uint32_t id = full ? ward_bload(r, full) : WARD_NO_FILE;
    if (id != WARD_NO_FILE)
        ward_resource_set_add_dep(r->set, full);   /* checked through this caller, not alone */
    if (id == WARD_NO_FILE) {
        ward_diag_add(r->diags, WARD_D_IO_READ, path->span, "cannot read module '%.*s'", (int)path->len, path->str);
        r->failed = 1;
        return NULL;
    }
    int ok;
    const ward_bnode *stmts = parse_once(r, id, &ok);
    if (!ok)
        return NULL;
    const char *chain = ward_arena_printf(r->arena, "%s > %.*s", sc->chain ? sc->chain : file_base(sc->path),
                                          (int)path->len, path->str);
    ward_bscope *ms = new_scope(r, id, stmts, chain, sc->depth + 1);
    if (!ms)
        return NULL;
    ms->inputs = params && params->kind == WARD_N_OBJECT ? params : NULL;
    if (params && params->kind != WARD_N_OBJECT) {
        /* unknown params object: every input is unknown */
        ms->inputs = ward_bobject(sc, 0, params_at);
        ms->paramfile = NULL;
    }
    ms->inputs_at = params_at;
    ms->rflags = sc->rflags | (flags & (WARD_RF_CONDITIONAL | WARD_RF_LOOP));
    for (size_t i = 0; i < ms->nsyms; i++)
        if (ms->syms[i].kind == WARD_BS_RESOURCE || ms->syms[i].kind == WARD_BS_MODULE)
            ward_bsym_eval_decl(ms, &ms->syms[i]);
    return ms;
}

static int module_instance(ward_bscope *sc, ward_bsym *s, const ward_benv *env, const ward_bnode *obj,
                           uint32_t flags, int parent, const char *address)
{
    ward_arena *a = sc->r->arena;
    const ward_bnode *decl = s->decl;
    ward_binst in = {0};
    in.flags = flags | sc->rflags;
    in.parent = -1;
    in.index = -1;
    in.address = address;
    (void)parent;
    const ward_bnode *nm = obj_member(obj, "name");
    const ward_bnode *pm = obj_member(obj, "params");
    ward_node *name = nm ? ward_beval(sc, env, nm->b)
                         : ward_bunknown(sc, decl->nspan, "the deployment name of module '%.*s' is generated", (int)s->len, s->name);
    ward_node *params = pm ? ward_beval(sc, env, pm->b) : ward_bobject(sc, 0, decl->span);
    if (!name || !params)
        return -1;
    in.name = name;
    /* the deployment resource, as the compiled template has it */
    membuf pb = {NULL, 0, 0};
    if (params->kind == WARD_N_OBJECT)
        for (uint32_t i = 0; i < params->len; i++) {
            membuf vb = {NULL, 0, 0};
            const ward_member *m = &params->u.members[i];
            if (put(sc, &vb, "value", m->kstart, m->value))
                return -1;
            const char *key = ward_arena_strndup(a, m->key, m->klen);
            if (!key || put(sc, &pb, key, m->kstart, finish_object(sc, &vb, m->value->span)))
                return -1;
        }
    membuf props = {NULL, 0, 0};
    ward_span at = obj ? obj->span : decl->span;
    if (put(sc, &props, "mode", at.start, str_node(sc, "Incremental", at)) ||
        put(sc, &props, "parameters", pm ? pm->nspan.start : at.start,
            params->kind == WARD_N_OBJECT ? finish_object(sc, &pb, params->span) : params))
        return -1;
    membuf mb = {NULL, 0, 0};
    ward_span pspan = decl->a->span;
    if (put(sc, &mb, "type", pspan.start, str_node(sc, "Microsoft.Resources/deployments", pspan)) ||
        put(sc, &mb, "apiVersion", pspan.start, str_node(sc, "2022-09-01", pspan)) ||
        put(sc, &mb, "name", nm ? nm->nspan.start : decl->nspan.start, name))
        return -1;
    const ward_bnode *scm = obj_member(obj, "scope");
    if (scm && put(sc, &mb, "scope", scm->nspan.start, scope_id(sc, ward_beval(sc, env, scm->b))))
        return -1;
    if (put(sc, &mb, "properties", at.start, finish_object(sc, &props, at)))
        return -1;
    in.body = finish_object(sc, &mb, at);
    if (!in.body)
        return -1;
    in.id = ward_bunknown(sc, decl->nspan, "deployment id");
    in.module = module_scope(sc, s, params, pm ? pm->b->span : at, in.flags);
    return push_inst(sc, s, &in);
}

void ward_bsym_eval_decl(ward_bscope *sc, ward_bsym *s)
{
    if (s->state != 0 || (s->kind != WARD_BS_RESOURCE && s->kind != WARD_BS_MODULE))
        return;
    s->state = 1;
    sc->r->ev.steps = 0;
    sc->r->ev.exhausted = 0;
    if (s->kind == WARD_BS_RESOURCE)
        eval_resource(sc, s);
    else {
        s->type = "Microsoft.Resources/deployments";
        s->api = "2022-09-01";
        run_body(sc, s, NULL, -1, module_instance);
    }
    s->state = 2;
}

/* ---- into the resource set ----------------------------------------------- */

static int add_scope(ward_bscope *sc);

static int add_instances(ward_bscope *sc, ward_bsym *s)
{
    for (size_t i = 0; i < s->ninst; i++) {
        ward_binst *in = &s->inst[i];
        ward_resource res = {0};
        res.family = WARD_FAM_ARM;
        res.type = s->type;
        res.name = name_text(sc, in->name);
        res.address = in->address;
        res.chain = sc->chain;
        res.body = in->body;
        res.span = ward_span_make(sc->file, s->decl->span.start, s->decl->a->span.end);
        res.parent = -1;
        res.flags = in->flags;
        in->index = ward_resource_set_add(sc->r->set, &res);
        if (in->index < 0)
            return -1;
        if (in->module && add_scope(in->module) != 0)
            return -1;
    }
    return 0;
}

/* Outputs become resources of the ARM reader's output type, body
 * {type, value}, so one rule (keys must not leave through outputs) serves
 * ARM and Bicep.  @secure() outputs say so in `type`. */
static int add_output(ward_bscope *sc, ward_bsym *s)
{
    ward_span at = ward_span_make(sc->file, s->decl->span.start, s->decl->span.start + 6);
    ward_node *v = ward_bsym_value(sc, s, s->decl->b ? s->decl->b->span : at);
    ward_node *body = ward_bobject(sc, 2, s->decl->span);
    if (!v || !body)
        return -1;
    body->u.members[0] = (ward_member){"value", 5, v->span.start, v};
    /* ARM's output type: secure ones say so; otherwise the value's kind. */
    const char *type = s->secure ? "securestring"
                       : v->kind == WARD_N_OBJECT ? "object"
                       : v->kind == WARD_N_ARRAY ? "array"
                       : v->kind == WARD_N_BOOL ? "bool"
                       : v->kind == WARD_N_NUMBER ? "int"
                                                  : "string";
    ward_node *t = ward_node_string(sc->r->arena, type, strlen(type), at);
    if (!t)
        return -1;
    body->u.members[1] = (ward_member){"type", 4, at.start, t};
    ward_resource res = {0};
    res.family = WARD_FAM_ARM;
    res.type = "Microsoft.Resources/deployments/outputs";
    res.name = ward_arena_printf(sc->r->arena, "%s/%.*s", sc->chain ? sc->chain : file_base(sc->path), (int)s->len,
                                 s->name);
    res.chain = sc->chain;
    res.body = body;
    res.span = at;
    res.parent = -1;
    return res.name && ward_resource_set_add(sc->r->set, &res) >= 0 ? 0 : -1;
}

static int add_scope(ward_bscope *sc)
{
    for (size_t i = 0; i < sc->nsyms; i++) {
        ward_bsym *s = &sc->syms[i];
        if ((s->kind == WARD_BS_RESOURCE || s->kind == WARD_BS_MODULE) && add_instances(sc, s) != 0)
            return -1;
        if (s->kind == WARD_BS_OUTPUT && add_output(sc, s) != 0)
            return -1;
    }
    for (size_t i = 0; i < sc->nsyms; i++) {
        ward_bsym *s = &sc->syms[i];
        if (s->kind != WARD_BS_RESOURCE || !s->parent)
            continue;
        for (size_t k = 0; k < s->ninst; k++) {
            int p = s->inst[k].parent;
            if (p >= 0 && (size_t)p < s->parent->ninst && s->inst[k].index >= 0 && s->parent->inst[p].index >= 0)
                sc->r->set->items[s->inst[k].index].parent = (int32_t)s->parent->inst[p].index;
        }
    }
    return 0;
}

/* ---- parameter files ----------------------------------------------------- */

static int same_file(const char *a, const char *b)
{
    char ra[PATH_MAX], rb[PATH_MAX];
    if (!realpath(a, ra) || !realpath(b, rb))
        return strcmp(a, b) == 0;
    return strcmp(ra, rb) == 0;
}

static const ward_bnode *find_stmt(const ward_bnode *st, ward_bk kind)
{
    for (; st; st = st->next)
        if (st->kind == kind)
            return st;
    return NULL;
}

/* Makes the scope of a .bicepparam file (with its extends base). */
static ward_bscope *param_scope(ward_breader *r, uint32_t id, const ward_bnode *stmts, int depth)
{
    ward_bscope *pf = new_scope(r, id, stmts, NULL, depth);
    if (!pf)
        return NULL;
    pf->is_param_file = 1;
    const ward_bnode *ext = find_stmt(stmts, WARD_BK_EXTENDS);
    if (ext && ext->a && depth < 8) {
        const char *bp = ward_bpath(pf, ext->a->str, ext->a->len);
        uint32_t bid = bp ? ward_bload(r, bp) : WARD_NO_FILE;
        int ok = 0;
        const ward_bnode *bs = bid != WARD_NO_FILE ? parse_once(r, bid, &ok) : NULL;
        if (bid == WARD_NO_FILE) {
            ward_diag_add(r->diags, WARD_D_IO_READ, ext->a->span, "cannot read '%.*s'", (int)ext->a->len, ext->a->str);
            r->failed = 1;
        } else if (ok) {
            pf->base = param_scope(r, bid, bs, depth + 1);
        }
    }
    return pf;
}

/* Whether .bicepparam `id` says `using` the template at `tpath`. */
static int pairs_with(ward_breader *r, uint32_t id, const char *tpath, const ward_bnode **stmts)
{
    ward_diags tmp;
    ward_diags_init(&tmp);
    ward_bnode *st = NULL;
    int rc = ward_bicep_parse(r->src, id, r->arena, &tmp, &st);
    const ward_source *f = ward_sources_get(r->src, id);
    int match = 0;
    if (rc == 0) {
        const ward_bnode *u = find_stmt(st, WARD_BK_USING);
        if (u && u->a) {
            ward_bscope tmpsc = {0};
            tmpsc.r = r;
            tmpsc.path = f->path;
            const char *p = ward_bpath(&tmpsc, u->a->str, u->a->len);
            match = p && same_file(p, tpath);
        }
    } else if (f && strstr(f->text, file_base(tpath))) {
        /* broken, and probably ours: report it rather than skip it */
        ward_diags_move(r->diags, &tmp);
        r->failed = 1;
    }
    ward_diags_free(&tmp);
    *stmts = st;
    return match;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Looks beside the template for a .bicepparam file whose `using` names it. */
static ward_bscope *find_param_file(ward_breader *r, const char *tpath)
{
    const char *slash = strrchr(tpath, '/');
    char *dir = slash ? ward_arena_strndup(r->arena, tpath, (size_t)(slash - tpath)) : ward_arena_strdup(r->arena, ".");
    DIR *d = dir ? opendir(dir) : NULL;
    if (!d)
        return NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!ward_bicep_is_param_file(e->d_name))
            continue;
        char *full = slash ? ward_arena_printf(r->arena, "%s/%s", dir, e->d_name) : ward_arena_strdup(r->arena, e->d_name);
        if (!full || WARD_VEC_PUSH(names, n, cap, full) != 0)
            break;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    ward_bscope *pf = NULL;
    for (size_t i = 0; i < n && !pf; i++) {
        uint32_t id = ward_bload(r, names[i]);
        const ward_bnode *st;
        if (id != WARD_NO_FILE && pairs_with(r, id, tpath, &st))
            pf = param_scope(r, id, st, 0);
    }
    ward_free(names);
    return pf;
}

/* --parameters files: a .bicepparam or an ARM parameters JSON file. */
static void explicit_params(ward_breader *r, ward_bscope *sc)
{
    for (size_t i = 0; i < r->opts->nparam_files; i++) {
        const char *p = r->opts->param_files[i];
        uint32_t id = ward_bload(r, p);
        if (id == WARD_NO_FILE) {
            ward_diag_add(r->diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s'", p);
            r->failed = 1;
            continue;
        }
        if (ward_bicep_is_param_file(p)) {
            int ok;
            const ward_bnode *st = parse_once(r, id, &ok);
            if (ok)
                sc->paramfile = param_scope(r, id, st, 0);
            continue;
        }
        ward_doc *doc = ward_malloc(sizeof *doc);
        if (!doc)
            return;
        ward_doc_init(doc, id);
        ward_json_opts jo = {1, 0};
        if (ward_json_parse(doc, r->src, id, &jo, r->diags) != 0) {
            ward_doc_free(doc);
            ward_free(doc);
            r->failed = 1;
            continue;
        }
        const ward_node *params = ward_node_get(doc->root, "parameters");
        if (ward_resource_set_adopt(r->set, doc) != 0)
            return;
        sc->json_params = params && params->kind == WARD_N_OBJECT ? params : NULL;
        sc->json_params_path = p;
    }
}

/* ---- entry --------------------------------------------------------------- */

static void reader_init(ward_breader *r, ward_resource_set *set, ward_sources *src, const ward_read_opts *opts,
                        ward_diags *diags)
{
    memset(r, 0, sizeof *r);
    r->set = set;
    r->src = src;
    r->diags = diags;
    r->arena = &set->arena;
    r->opts = opts;
    ward_eval_ctx_init(&r->ev, r->arena, diags);
}

/* A .bicepparam named on the command line: check the template it uses. */
static int read_param_entry(ward_breader *r, uint32_t file, const ward_bnode *stmts, uint32_t *tfile,
                            ward_bscope **pf)
{
    const ward_bnode *u = find_stmt(stmts, WARD_BK_USING);
    *tfile = WARD_NO_FILE;
    if (!u || !u->a)
        return 0;   /* `using none`: nothing to deploy */
    ward_bscope tmp = {0};
    tmp.r = r;
    tmp.path = ward_sources_get(r->src, file)->path;
    if (is_registry(u->a->str, u->a->len)) {
        ward_diag_add(r->diags, WARD_D_DOC_NOTE, u->a->span, "the template comes from a registry; ward cannot check it");
        return 0;
    }
    const char *tp = ward_bpath(&tmp, u->a->str, u->a->len);
    *tfile = tp ? ward_bload(r, tp) : WARD_NO_FILE;
    if (*tfile == WARD_NO_FILE) {
        ward_diag_add(r->diags, WARD_D_IO_READ, u->a->span, "cannot read '%.*s'", (int)u->a->len, u->a->str);
        return -1;
    }
    *pf = param_scope(r, file, stmts, 0);
    return 0;
}

int ward_bicep_read(ward_resource_set *set, ward_sources *src, uint32_t file, const ward_read_opts *opts,
                    ward_diags *diags)
{
    static const ward_read_opts none = {NULL, 0, 0};
    ward_breader r;
    reader_init(&r, set, src, opts ? opts : &none, diags);
    const ward_source *f = ward_sources_get(src, file);
    if (!f)
        return WARD_READ_ERROR;
    int ok;
    const ward_bnode *stmts = parse_once(&r, file, &ok);
    ward_bscope *pf = NULL;
    if (ok && ward_bicep_is_param_file(f->path)) {
        uint32_t tfile;
        if (read_param_entry(&r, file, stmts, &tfile, &pf) != 0)
            r.failed = 1;
        if (tfile == WARD_NO_FILE || r.failed) {
            ward_free(r.parsed);
    ward_free(r.prov);
            return r.failed ? WARD_READ_ERROR : WARD_READ_OK;
        }
        file = tfile;
        f = ward_sources_get(src, file);
        stmts = parse_once(&r, file, &ok);
    }
    ward_bscope *sc = ok ? new_scope(&r, file, stmts, NULL, 0) : NULL;
    if (sc) {
        if (pf)
            sc->paramfile = pf;
        else if (r.opts->nparam_files)
            explicit_params(&r, sc);
        else
            sc->paramfile = find_param_file(&r, f->path);
        for (size_t i = 0; i < sc->nsyms; i++)
            ward_bsym_eval_decl(sc, &sc->syms[i]);
        if (add_scope(sc) != 0)
            diags->oom = 1;
        if (r.exhausted)
            ward_diag_add(diags, WARD_D_DOC_NOTE, ward_span_make(file, 0, 0),
                          "the template is too expensive to evaluate fully; some values are unknown");
    } else if (ok) {
        diags->oom = 1;
    }
    if (set->arena.failed)
        diags->oom = 1;
    ward_free(r.parsed);
    ward_free(r.prov);
    return r.failed || !ok ? WARD_READ_ERROR : WARD_READ_OK;
}
