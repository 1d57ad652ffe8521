/* bicep_lib.c: the functions Bicep has and ARM templates do not.
 *
 *  - any(), shallowMerge();
 *  - loadTextContent / loadFileAsBase64 / loadJsonContent of local files,
 *    read at compile time as Bicep does (text as a string located at the
 *    call; JSON as located nodes in the loaded file); loadYamlContent and
 *    loadDirectoryFileInfo are unknown;
 *  - the lambda functions filter, map, reduce, sort, toObject, groupBy,
 *    mapValues, evaluated here because their arguments are code, not values;
 *  - the .bicepparam functions: readEnvironmentVariable (the process
 *    environment, else the default, else unknown), getSecret and
 *    externalInput (unknown; getSecret's value is a secret).
 * Everything else goes to the ARM library (src/eval). */
#include "bicep_eval.h"
#include "../json/json.h"
#include "../../base/alloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

const char *ward_bpath(ward_bscope *sc, const char *rel, size_t len)
{
    if (len && rel[0] == '/')
        return ward_arena_strndup(sc->r->arena, rel, len);
    const char *slash = strrchr(sc->path, '/');
    if (!slash)
        return ward_arena_strndup(sc->r->arena, rel, len);
    return ward_arena_printf(sc->r->arena, "%.*s/%.*s", (int)(slash - sc->path), sc->path, (int)len, rel);
}

uint32_t ward_bload(ward_breader *r, const char *path)
{
    for (size_t i = 0; i < r->src->n; i++)
        if (r->src->files[i] && strcmp(r->src->files[i]->path, path) == 0)
            return (uint32_t)i;
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return WARD_NO_FILE;   /* devices and fifos never end: not files to load */
    return ward_sources_load(r->src, path);
}

static size_t nargs_of(const ward_bnode *call)
{
    size_t n = 0;
    for (const ward_bnode *a = call->list; a; a = a->next)
        n++;
    return n;
}

static const ward_bnode *arg_at(const ward_bnode *call, size_t i)
{
    const ward_bnode *a = call->list;
    while (a && i--)
        a = a->next;
    return a;
}

/* ---- load*Content -------------------------------------------------------- */

/* Evaluates the path argument and loads the file; *id WARD_NO_FILE with an
 * UNKNOWN result on failure. */
static ward_node *load_file(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, uint32_t *id)
{
    *id = WARD_NO_FILE;
    const ward_bnode *pa = arg_at(call, 0);
    if (!pa)
        return ward_bunknown(sc, call->span, "missing file path");
    ward_node *p = ward_beval(sc, env, pa);
    if (!p)
        return NULL;
    if (p->kind != WARD_N_STRING)
        return ward_bunknown(sc, call->span, "file path is not known");
    const char *path = ward_bpath(sc, p->u.str, p->len);
    if (!path)
        return NULL;
    *id = ward_bload(sc->r, path);
    if (*id == WARD_NO_FILE) {
        ward_diag_add(sc->r->diags, WARD_D_DOC_NOTE, pa->span, "cannot read '%.*s'; its content is unknown",
                      (int)p->len, p->u.str);
        return ward_bunknown(sc, call->span, "file '%.*s' could not be read", (int)p->len, p->u.str);
    }
    return p;
}

static ward_node *load_text(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, int base64)
{
    uint32_t id;
    ward_node *p = load_file(sc, env, call, &id);
    if (id == WARD_NO_FILE)
        return p;
    const ward_source *f = ward_sources_get(sc->r->src, id);
    const char *t = f->text;
    size_t n = f->len;
    if (!base64 && n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) {
        t += 3;
        n -= 3;
    }
    if (n > WARD_EVAL_MAX_STRING)
        return ward_bunknown(sc, call->span, "file too large");
    ward_node *s = ward_node_string(sc->r->arena, t, n, call->span);
    if (s && base64)
        s = ward_bcall(sc, "base64", &s, 1, call->span);
    return s;
}

/* Follows a simple JSONPath ($.a.b, $.a[0]) into a loaded JSON value. */
static const ward_node *json_path(const ward_node *v, const char *p, size_t n)
{
    size_t i = 0;
    if (i < n && p[i] == '$')
        i++;
    while (v && i < n) {
        if (p[i] == '.') {
            size_t s = ++i;
            while (i < n && p[i] != '.' && p[i] != '[')
                i++;
            const ward_member *m = ward_node_member(v, p + s, i - s);
            v = m ? m->value : NULL;
        } else if (p[i] == '[') {
            char *end;
            long k = strtol(p + i + 1, &end, 10);
            if (*end != ']' || v->kind != WARD_N_ARRAY || k < 0 || (uint32_t)k >= v->len)
                return NULL;
            v = v->u.items[k];
            i = (size_t)(end + 1 - p);
        } else {
            return NULL;
        }
    }
    return v;
}

static ward_node *load_json(ward_bscope *sc, const ward_benv *env, const ward_bnode *call)
{
    uint32_t id;
    ward_node *p = load_file(sc, env, call, &id);
    if (id == WARD_NO_FILE)
        return p;
    ward_doc *doc = ward_malloc(sizeof *doc);
    if (!doc)
        return NULL;
    ward_doc_init(doc, id);
    ward_json_opts jo = {1, 0};
    ward_diags tmp;
    ward_diags_init(&tmp);
    int rc = ward_json_parse(doc, sc->r->src, id, &jo, &tmp);
    if (rc != 0) {
        ward_diags_move(sc->r->diags, &tmp);
        ward_diags_free(&tmp);
        ward_doc_free(doc);
        ward_free(doc);
        return ward_bunknown(sc, call->span, "file '%.*s' is not valid JSON", (int)p->len, p->u.str);
    }
    ward_diags_free(&tmp);
    const ward_node *root = doc->root;
    if (ward_resource_set_adopt(sc->r->set, doc) != 0)
        return NULL;
    const ward_bnode *jp = arg_at(call, 1);
    if (jp) {
        ward_node *q = ward_beval(sc, env, jp);
        if (!q)
            return NULL;
        if (q->kind != WARD_N_STRING)
            return ward_bunknown(sc, call->span, "JSON path is not known");
        root = json_path(root, q->u.str, q->len);
        if (!root)
            return ward_bunknown(sc, call->span, "JSON path '%.*s' selects nothing ward can read", (int)q->len,
                                 q->u.str);
    }
    return ward_bplace(sc, root, call->span, "loaded file");
}

/* ---- lambdas ------------------------------------------------------------- */

static ward_node *apply(ward_bscope *sc, const ward_benv *env, const ward_bnode *lam, ward_node **args, size_t n)
{
    ward_benv b[4];
    const ward_benv *cur = env;
    size_t i = 0;
    for (const ward_bnode *p = lam->list; p && i < 4; p = p->next, i++) {
        if (p->kind != WARD_BK_IDENT)
            return ward_bunknown(sc, p->span, "a lambda parameter must be a name");
        b[i].name = p->str;
        b[i].len = p->len;
        b[i].val = i < n ? args[i] : NULL;
        b[i].up = cur;
        cur = &b[i];
    }
    return ward_beval(sc, cur, lam->a);
}

/* The array (or object, for mapValues) argument, and the lambda argument. */
static ward_node *lambda_args(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, size_t lam_at,
                              const ward_bnode **lam, int want_object)
{
    *lam = arg_at(call, lam_at);
    if (!*lam || (*lam)->kind != WARD_BK_LAMBDA)
        return ward_bunknown(sc, call->span, "expected a lambda as argument %zu", lam_at + 1);
    ward_node *v = ward_beval(sc, env, arg_at(call, 0));
    if (!v || v->kind == WARD_N_UNKNOWN)
        return v;
    if (want_object ? v->kind != WARD_N_OBJECT : v->kind != WARD_N_ARRAY)
        return ward_bunknown(sc, call->span, "expected an %s", want_object ? "object" : "array");
    return v;
}

static ward_node *arr_from(ward_bscope *sc, ward_node **items, size_t n, ward_span at)
{
    ward_node *a = ward_barray(sc, n, at);
    if (a && n)
        memcpy(a->u.items, items, n * sizeof *items);
    return a;
}

static ward_node *lam_map_filter(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, int filter)
{
    const ward_bnode *lam;
    ward_node *a = lambda_args(sc, env, call, 1, &lam, 0);
    if (!a || a->kind != WARD_N_ARRAY)
        return a;
    ward_node **out = a->len ? ward_arena_alloc(sc->r->arena, a->len * sizeof *out) : NULL;
    if (a->len && !out)
        return NULL;
    size_t k = 0;
    for (uint32_t i = 0; i < a->len; i++) {
        ward_node *args[2] = {a->u.items[i], ward_node_number(sc->r->arena, i, call->span)};
        ward_node *v = apply(sc, env, lam, args, 2);
        if (!v)
            return NULL;
        if (!filter) {
            out[k++] = v;
            continue;
        }
        int t = ward_btruth(v);
        if (t < 0)
            return v->kind == WARD_N_UNKNOWN ? ward_bplace(sc, v, call->span, NULL)
                                             : ward_bunknown(sc, call->span, "filter predicate is not a bool");
        if (t)
            out[k++] = a->u.items[i];
    }
    return arr_from(sc, out, k, call->span);
}

static ward_node *lam_reduce(ward_bscope *sc, const ward_benv *env, const ward_bnode *call)
{
    const ward_bnode *lam;
    ward_node *a = lambda_args(sc, env, call, 2, &lam, 0);
    if (!a || a->kind != WARD_N_ARRAY)
        return a;
    ward_node *acc = ward_beval(sc, env, arg_at(call, 1));
    for (uint32_t i = 0; acc && i < a->len; i++) {
        ward_node *args[3] = {acc, a->u.items[i], ward_node_number(sc->r->arena, i, call->span)};
        acc = apply(sc, env, lam, args, 3);
    }
    return acc ? ward_bplace(sc, acc, call->span, NULL) : NULL;
}

/* sort: insertion sort with the lambda as "a before b" (arrays are small). */
static ward_node *lam_sort(ward_bscope *sc, const ward_benv *env, const ward_bnode *call)
{
    const ward_bnode *lam;
    ward_node *a = lambda_args(sc, env, call, 1, &lam, 0);
    if (!a || a->kind != WARD_N_ARRAY)
        return a;
    ward_node *out = arr_from(sc, a->u.items, a->len, call->span);
    if (!out)
        return NULL;
    for (uint32_t i = 1; i < out->len; i++) {
        for (uint32_t j = i; j > 0; j--) {
            ward_node *args[2] = {out->u.items[j], out->u.items[j - 1]};
            ward_node *v = apply(sc, env, lam, args, 2);
            if (!v)
                return NULL;
            int t = ward_btruth(v);
            if (t < 0)
                return ward_bunknown(sc, call->span, "sort order is not known");
            if (!t)
                break;
            ward_node *x = out->u.items[j];
            out->u.items[j] = out->u.items[j - 1];
            out->u.items[j - 1] = x;
        }
    }
    return out;
}

/* toObject(array, key lambda [, value lambda]) and groupBy(array, key lambda). */
static ward_node *lam_to_object(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, int group)
{
    const ward_bnode *lam;
    ward_node *a = lambda_args(sc, env, call, 1, &lam, 0);
    if (!a || a->kind != WARD_N_ARRAY)
        return a;
    const ward_bnode *vlam = group ? NULL : arg_at(call, 2);
    ward_node *o = ward_bobject(sc, a->len, call->span);
    if (!o)
        return NULL;
    o->len = 0;
    for (uint32_t i = 0; i < a->len; i++) {
        ward_node *k = apply(sc, env, lam, &a->u.items[i], 1);
        if (!k)
            return NULL;
        if (k->kind != WARD_N_STRING)
            return k->kind == WARD_N_UNKNOWN ? ward_bplace(sc, k, call->span, NULL)
                                             : ward_bunknown(sc, call->span, "object keys must be strings");
        ward_node *v = a->u.items[i];
        if (vlam && vlam->kind == WARD_BK_LAMBDA && !(v = apply(sc, env, vlam, &a->u.items[i], 1)))
            return NULL;
        ward_member *m = NULL;
        for (uint32_t j = 0; j < o->len; j++)
            if (o->u.members[j].klen == k->len && memcmp(o->u.members[j].key, k->u.str, k->len) == 0)
                m = &o->u.members[j];
        if (group) {
            ward_node *old = m ? m->value : NULL;
            ward_node *na = ward_barray(sc, (old ? old->len : 0) + 1, call->span);
            if (!na)
                return NULL;
            if (old && old->len)
                memcpy(na->u.items, old->u.items, old->len * sizeof *na->u.items);
            na->u.items[na->len - 1] = v;
            v = na;
        }
        if (!m) {
            m = &o->u.members[o->len++];
            m->key = k->u.str;
            m->klen = k->len;
            m->kstart = k->span.start;
        }
        m->value = v;
    }
    return o;
}

static ward_node *lam_map_values(ward_bscope *sc, const ward_benv *env, const ward_bnode *call)
{
    const ward_bnode *lam;
    ward_node *o = lambda_args(sc, env, call, 1, &lam, 1);
    if (!o || o->kind != WARD_N_OBJECT)
        return o;
    ward_node *out = ward_bobject(sc, o->len, call->span);
    for (uint32_t i = 0; out && i < o->len; i++) {
        out->u.members[i] = o->u.members[i];
        out->u.members[i].value = apply(sc, env, lam, &o->u.members[i].value, 1);
        if (!out->u.members[i].value)
            return NULL;
    }
    return out;
}

/* ---- others -------------------------------------------------------------- */

static ward_node *read_env(ward_bscope *sc, const ward_benv *env, const ward_bnode *call)
{
    ward_node *n = ward_beval(sc, env, arg_at(call, 0));
    if (!n || n->kind != WARD_N_STRING)
        return n && n->kind == WARD_N_UNKNOWN ? n : ward_bunknown(sc, call->span, "variable name is not known");
    char *name = ward_arena_strndup(sc->r->arena, n->u.str, n->len);
    const char *v = name ? getenv(name) : NULL;
    if (v)
        return ward_node_string(sc->r->arena, v, strlen(v), call->span);
    if (arg_at(call, 1))
        return ward_beval(sc, env, arg_at(call, 1));
    return ward_bunknown(sc, call->span, "environment variable '%.*s' is not set", (int)n->len, n->u.str);
}

static ward_node *shallow_merge(ward_bscope *sc, const ward_benv *env, const ward_bnode *call)
{
    ward_node *a = ward_beval(sc, env, arg_at(call, 0));
    if (!a || a->kind != WARD_N_ARRAY)
        return a && a->kind == WARD_N_UNKNOWN ? a : ward_bunknown(sc, call->span, "shallowMerge needs an array");
    if (a->len == 0)
        return ward_bobject(sc, 0, call->span);
    return ward_bcall(sc, "union", a->u.items, a->len, call->span);
}

/* resourceGroup(name), resourceGroup(sub, name), subscription(id),
 * managementGroup(name): scope objects for `scope:` (the ARM functions of the
 * same names take no arguments).  Flagged WARD_NF_EXPR: other properties are
 * unknown. */
static ward_node *scope_fn(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, int kind)
{
    ward_node *a[2] = {NULL, NULL};
    size_t n = nargs_of(call);
    for (size_t i = 0; i < n && i < 2; i++) {
        a[i] = ward_beval(sc, env, arg_at(call, i));
        if (!a[i])
            return NULL;
        if (a[i]->kind != WARD_N_STRING)
            return ward_bunknown(sc, call->span, "the scope is not known");
    }
    const ward_node *name = n == 2 ? a[1] : a[0];
    char *id;
    ward_arena *ar = sc->r->arena;
    if (kind == 0)
        id = ward_arena_printf(ar, "/subscriptions/%.*s/resourceGroups/%.*s", n == 2 ? (int)a[0]->len : 16,
                               n == 2 ? a[0]->u.str : "{subscriptionId}", (int)name->len, name->u.str);
    else if (kind == 1)
        id = ward_arena_printf(ar, "/subscriptions/%.*s", (int)name->len, name->u.str);
    else
        id = ward_arena_printf(ar, "/providers/Microsoft.Management/managementGroups/%.*s", (int)name->len, name->u.str);
    ward_node *o = ward_bobject(sc, 2, call->span);
    if (!o || !id)
        return NULL;
    o->u.members[0].key = "id";
    o->u.members[0].klen = 2;
    o->u.members[0].kstart = call->span.start;
    o->u.members[0].value = ward_node_string(ar, id, strlen(id), call->span);
    o->u.members[1].key = kind == 1 ? "subscriptionId" : "name";
    o->u.members[1].klen = (uint32_t)strlen(o->u.members[1].key);
    o->u.members[1].kstart = call->span.start;
    o->u.members[1].value = ward_bplace(sc, name, call->span, NULL);
    if (!o->u.members[0].value || !o->u.members[1].value)
        return NULL;
    o->flags |= WARD_NF_EXPR;
    return o;
}

static int is(const char *name, uint32_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(name, w, n) == 0;
}

ward_node *ward_blib_call(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, const char *name,
                          uint32_t nlen, int *handled)
{
    *handled = 1;
    size_t n = nargs_of(call);
    if (is(name, nlen, "resourceGroup") && (n == 1 || n == 2))
        return scope_fn(sc, env, call, 0);
    if (is(name, nlen, "subscription") && n == 1)
        return scope_fn(sc, env, call, 1);
    if (is(name, nlen, "managementGroup") && n == 1)
        return scope_fn(sc, env, call, 2);
    if (is(name, nlen, "any") && n == 1)
        return ward_beval(sc, env, call->list);
    if (is(name, nlen, "loadTextContent"))
        return load_text(sc, env, call, 0);
    if (is(name, nlen, "loadFileAsBase64"))
        return load_text(sc, env, call, 1);
    if (is(name, nlen, "loadJsonContent"))
        return load_json(sc, env, call);
    if (is(name, nlen, "loadYamlContent") || is(name, nlen, "loadDirectoryFileInfo"))
        return ward_bunknown(sc, call->span, "%.*s() is not supported by ward", (int)nlen, name);
    if (is(name, nlen, "filter"))
        return lam_map_filter(sc, env, call, 1);
    if (is(name, nlen, "map"))
        return lam_map_filter(sc, env, call, 0);
    if (is(name, nlen, "reduce"))
        return lam_reduce(sc, env, call);
    if (is(name, nlen, "sort"))
        return lam_sort(sc, env, call);
    if (is(name, nlen, "toObject"))
        return lam_to_object(sc, env, call, 0);
    if (is(name, nlen, "groupBy"))
        return lam_to_object(sc, env, call, 1);
    if (is(name, nlen, "mapValues"))
        return lam_map_values(sc, env, call);
    if (is(name, nlen, "shallowMerge"))
        return shallow_merge(sc, env, call);
    if (is(name, nlen, "readEnvironmentVariable"))
        return read_env(sc, env, call);
    if (is(name, nlen, "getSecret")) {
        ward_node *u = ward_bunknown(sc, call->span, "getSecret() reads a Key Vault secret at deployment");
        if (u)
            u->flags |= WARD_NF_SECRET;
        return u;
    }
    if (is(name, nlen, "externalInput"))
        return ward_bunknown(sc, call->span, "externalInput() is provided at deployment");
    *handled = 0;
    return NULL;
}
