/* hcl_read.c: Terraform modules: files, variables, locals, resources,
 * module calls and outputs, and the resources they add to the set.
 *
 * A module directory is parsed once per read (every *.tf file in sorted
 * order) and may be instantiated several times (module calls with count or
 * for_each, or the same source called twice).  Symbols are evaluated
 * lazily; the resources are added at the end by walking each module
 * instance's blocks in file order, so the set's order is the text's. */
#include "hcl.h"
#include "hcl_eval.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Values given to a module instance's variables (tfvars or module inputs). */
typedef struct hgiven {
    const char *name;
    size_t len;
    ward_node *value;
    const char *label;
} hgiven;

typedef struct hgivens {
    hgiven *v;
    size_t n, cap;
} hgivens;

static ward_arena *AR(ward_hmod *m) { return m->r->arena; }

static int is_name(const char *s, size_t n, const char *lit)
{
    return n == strlen(lit) && !memcmp(s, lit, n);
}

/* ---- paths ---------------------------------------------------------------- */

/* dir/rel with "." and ".." segments resolved textually (arena string). */
static char *path_join(ward_arena *a, const char *dir, const char *rel, size_t rlen)
{
    char *all = ward_arena_printf(a, "%s/%.*s", dir, (int)rlen, rel);
    if (!all)
        return NULL;
    size_t n = strlen(all);
    char *out = ward_arena_alloc(a, n + 2);
    if (!out)
        return NULL;
    size_t o = 0;
    int abs = all[0] == '/';
    for (char *p = all; *p;) {
        char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 0 || (len == 1 && p[0] == '.')) {
            /* skip */
        } else if (len == 2 && p[0] == '.' && p[1] == '.' && o > 0 &&
                   !(o >= 2 && out[o - 1] == '.' && out[o - 2] == '.' && (o == 2 || out[o - 3] == '/'))) {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--;
        } else {
            if (o > 0 || abs)
                out[o++] = '/';
            memcpy(out + o, p, len);
            o += len;
        }
        if (!e)
            break;
        p = e + 1;
    }
    if (o == 0)
        out[o++] = abs ? '/' : '.';
    out[o] = 0;
    return out;
}

static int has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && !strcmp(s + a - b, suf);
}

/* dir/name, or name alone in the current directory (so paths print as given). */
static char *dir_file(ward_arena *a, const char *dir, const char *name)
{
    if (!strcmp(dir, "."))
        return ward_arena_strdup(a, name);
    return ward_arena_printf(a, "%s/%s", dir, name);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sorted names of regular files in dir accepted by `want` (arena strings). */
static char **list_files(ward_arena *a, const char *dir, int (*want)(const char *), size_t *count)
{
    *count = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || !want(e->d_name))
            continue;
        char *full = dir_file(a, dir, e->d_name);
        struct stat st;
        if (!full || stat(full, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            char **p = ward_arena_alloc(a, nc * sizeof *p);
            if (!p)
                break;
            if (n)
                memcpy(p, names, n * sizeof *p);
            names = p;
            cap = nc;
        }
        names[n++] = ward_arena_strdup(a, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    *count = n;
    return names;
}

static int want_tf(const char *name) { return has_suffix(name, ".tf"); }
static int want_auto_tfvars(const char *name) { return has_suffix(name, ".auto.tfvars"); }

int ward_hcl_is_tf(const char *path)
{
    if (has_suffix(path, ".tf"))
        return 1;
    if (has_suffix(path, ".tfvars"))
        return 2;
    return 0;
}

/* ---- parsing -------------------------------------------------------------- */

static uint32_t load(ward_hreader *r, const char *path)
{
    uint32_t id = ward_sources_load(r->src, path);
    if (id == WARD_NO_FILE)
        ward_diag_add(r->diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s'", path);
    return id;
}

static int push_items(ward_hreader *r, struct ward_hdir *d, ward_hnode *first, size_t *cap)
{
    for (ward_hnode *it = first; it; it = it->next) {
        if (d->nitems == *cap) {
            size_t nc = *cap ? *cap * 2 : 32;
            ward_hnode **p = ward_arena_alloc(r->arena, nc * sizeof *p);
            if (!p)
                return -1;
            if (d->nitems)
                memcpy(p, d->items, d->nitems * sizeof *p);
            d->items = p;
            *cap = nc;
        }
        d->items[d->nitems++] = it;
    }
    return 0;
}

static struct ward_hdir *new_dir(ward_hreader *r, const char *dir)
{
    if (r->ndirs == r->capdirs) {
        size_t nc = r->capdirs ? r->capdirs * 2 : 8;
        struct ward_hdir *p = ward_arena_zalloc(r->arena, nc * sizeof *p);
        if (!p)
            return NULL;
        if (r->ndirs)
            memcpy(p, r->dirs, r->ndirs * sizeof *p);
        r->dirs = p;
        r->capdirs = nc;
    }
    struct ward_hdir *d = &r->dirs[r->ndirs++];
    memset(d, 0, sizeof *d);
    d->dir = ward_arena_strdup(r->arena, dir);
    return d;
}

static void parse_into(ward_hreader *r, struct ward_hdir *d, uint32_t id, size_t *cap)
{
    ward_hnode *first = NULL;
    if (id == WARD_NO_FILE || ward_hcl_parse(r->src, id, r->arena, r->diags, &first) != 0) {
        d->failed = 1;
        return;
    }
    push_items(r, d, first, cap);
}

/* The parsed items of every .tf file of dir (cached per read); NULL when
 * the directory has no .tf file. */
static struct ward_hdir *parse_dir(ward_hreader *r, const char *dir)
{
    for (size_t i = 0; i < r->ndirs; i++)
        if (!strcmp(r->dirs[i].dir, dir))
            return &r->dirs[i];
    size_t nf;
    char **files = list_files(r->arena, dir, want_tf, &nf);
    struct ward_hdir *d = nf ? new_dir(r, dir) : NULL;
    size_t cap = 0;
    for (size_t i = 0; d && i < nf; i++)
        parse_into(r, d, load(r, dir_file(r->arena, dir, files[i])), &cap);
    return d;
}

/* ---- symbols -------------------------------------------------------------- */

static const ward_hnode *find_attr(const ward_hnode *block, const char *name)
{
    for (const ward_hnode *it = block->a; it; it = it->next)
        if (it->kind == WARD_HK_ATTR && is_name(it->str, it->len, name))
            return it;
    return NULL;
}

static const ward_hnode *find_block(const ward_hnode *block, const char *type)
{
    for (const ward_hnode *it = block->a; it; it = it->next)
        if (it->kind == WARD_HK_BLOCK && is_name(it->str, it->len, type))
            return it;
    return NULL;
}

/* The text of label i of a block, or NULL (a label with interpolations). */
static const char *label(const ward_hnode *block, int i)
{
    const ward_hnode *l = block->list;
    while (l && i-- > 0)
        l = l->next;
    if (!l || (l->kind != WARD_HK_LABEL && l->kind != WARD_HK_STR))
        return NULL;
    return l->str;
}

static size_t nlabels(const ward_hnode *block)
{
    size_t n = 0;
    for (const ward_hnode *l = block->list; l; l = l->next)
        n++;
    return n;
}

ward_hsym *ward_hfind(ward_hmod *m, ward_hsym_kind kind, const char *type, const char *name, size_t len)
{
    for (size_t i = 0; i < m->nsyms; i++) {
        ward_hsym *s = &m->syms[i];
        if (s->kind == kind && strlen(s->name) == len && !memcmp(s->name, name, len) &&
            (!type || (s->type && !strcmp(s->type, type))))
            return s;
    }
    return NULL;
}

static void add_sym(ward_hmod *m, ward_hsym_kind kind, const char *type, const char *name, const ward_hnode *decl)
{
    ward_hsym *s = &m->syms[m->nsyms++];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->type = type;
    s->name = name;
    s->decl = decl;
}

static size_t count_syms(ward_hnode **items, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        const ward_hnode *it = items[i];
        if (it->kind != WARD_HK_BLOCK)
            continue;
        c++;
        if (is_name(it->str, it->len, "locals"))
            for (const ward_hnode *a = it->a; a; a = a->next)
                c++;
    }
    return c;
}

static void collect_syms(ward_hmod *m)
{
    for (size_t i = 0; i < m->nitems; i++) {
        const ward_hnode *it = m->items[i];
        if (it->kind != WARD_HK_BLOCK)
            continue;
        const char *l0 = label(it, 0), *l1 = label(it, 1);
        size_t nl = nlabels(it);
        if (is_name(it->str, it->len, "locals")) {
            for (const ward_hnode *a = it->a; a; a = a->next)
                if (a->kind == WARD_HK_ATTR)
                    add_sym(m, WARD_HS_LOCAL, NULL, a->str, a);
        } else if (is_name(it->str, it->len, "variable") && nl == 1 && l0) {
            add_sym(m, WARD_HS_VAR, NULL, l0, it);
        } else if (is_name(it->str, it->len, "resource") && nl == 2 && l0 && l1) {
            add_sym(m, WARD_HS_RESOURCE, l0, l1, it);
        } else if (is_name(it->str, it->len, "data") && nl == 2 && l0 && l1) {
            add_sym(m, WARD_HS_DATA, l0, l1, it);
        } else if (is_name(it->str, it->len, "module") && nl == 1 && l0) {
            add_sym(m, WARD_HS_CALL, NULL, l0, it);
        } else if (is_name(it->str, it->len, "output") && nl == 1 && l0) {
            add_sym(m, WARD_HS_OUTPUT, NULL, l0, it);
        }
    }
}

/* ---- variables ------------------------------------------------------------ */

static const hgiven *given(const hgivens *g, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = g ? g->n : 0; i-- > 0;)
        if (g->v[i].len == n && !memcmp(g->v[i].name, name, n))
            return &g->v[i];
    return NULL;
}

static void set_variables(ward_hmod *m, const hgivens *g)
{
    for (size_t i = 0; i < m->nsyms; i++) {
        ward_hsym *s = &m->syms[i];
        if (s->kind != WARD_HS_VAR)
            continue;
        const ward_hnode *sens = find_attr(s->decl, "sensitive");
        s->sensitive = sens && sens->a && sens->a->kind == WARD_HK_BOOL && sens->a->num != 0;
        const hgiven *v = given(g, s->name);
        const ward_hnode *def = find_attr(s->decl, "default");
        s->state = 2;
        if (v) {
            s->value = v->value;
            s->label = v->label;
        } else if (def) {
            s->value = ward_heval(m, NULL, def->a);
            s->label = ward_arena_printf(AR(m), "variable '%s' default", s->name);
        } else {
            s->value = ward_hunknown(m, s->decl->nspan, 0, "variable '%s' has no value", s->name);
        }
    }
}

/* ---- count / for_each ----------------------------------------------------- */

typedef struct hexp {
    size_t n;
    ward_node **keys;        /* NULL entries: no key (single instance) */
    ward_node **values;      /* each.value */
    int kind;                /* 0 none, 1 count, 2 for_each */
    int unknown;             /* one representative instance */
} hexp;

static int exp_alloc(ward_hmod *m, hexp *x, size_t n)
{
    x->n = n;
    x->keys = ward_arena_zalloc(AR(m), (n ? n : 1) * sizeof *x->keys);
    x->values = ward_arena_zalloc(AR(m), (n ? n : 1) * sizeof *x->values);
    return x->keys && x->values ? 0 : -1;
}

static int expand_unknown(ward_hmod *m, hexp *x, ward_span at)
{
    if (exp_alloc(m, x, 1) != 0)
        return -1;
    x->unknown = 1;
    x->keys[0] = ward_hunknown(m, at, 0, "instance key not known before deployment");
    x->values[0] = x->keys[0];
    return 0;
}

static int expand_count(ward_hmod *m, const ward_hnode *attr, hexp *x)
{
    ward_node *v = ward_heval(m, NULL, attr->a);
    x->kind = 1;
    if (!v || v->kind != WARD_N_NUMBER || v->u.num < 0)
        return expand_unknown(m, x, attr->a->span);
    size_t n = v->u.num > WARD_HCL_MAX_INSTANCES ? WARD_HCL_MAX_INSTANCES : (size_t)v->u.num;
    if (exp_alloc(m, x, n) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        x->keys[i] = x->values[i] = ward_node_number(AR(m), (double)i, attr->a->span);
    return 0;
}

static int expand_for_each(ward_hmod *m, const ward_henv *env, const ward_hnode *attr, hexp *x)
{
    ward_node *v = ward_heval(m, env, attr->a);
    x->kind = 2;
    if (v && v->kind == WARD_N_NULL)
        return exp_alloc(m, x, 0);
    if (!v || (v->kind != WARD_N_OBJECT && v->kind != WARD_N_ARRAY))
        return expand_unknown(m, x, attr->a->span);
    size_t n = v->len > WARD_HCL_MAX_INSTANCES ? WARD_HCL_MAX_INSTANCES : v->len;
    if (exp_alloc(m, x, n) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (v->kind == WARD_N_OBJECT) {
            const ward_member *mb = &v->u.members[i];
            x->keys[i] = ward_hstring(m, mb->key, mb->klen, ward_span_make(v->span.file, mb->kstart, mb->kstart));
            x->values[i] = mb->value;
        } else {
            x->keys[i] = x->values[i] = v->u.items[i];
            if (v->u.items[i]->kind == WARD_N_UNKNOWN)
                return expand_unknown(m, x, attr->a->span);
        }
    }
    return 0;
}

static int expand(ward_hmod *m, const ward_hnode *block, hexp *x)
{
    memset(x, 0, sizeof *x);
    const ward_hnode *c = find_attr(block, "count"), *f = find_attr(block, "for_each");
    if (c)
        return expand_count(m, c, x);
    if (f)
        return expand_for_each(m, NULL, f, x);
    if (exp_alloc(m, x, 1) != 0)
        return -1;
    return 0;
}

static const char *key_suffix(ward_hmod *m, const hexp *x, size_t i)
{
    if (!x->kind)
        return "";
    if (x->unknown)
        return "[?]";
    size_t len;
    const char *s = ward_hto_string(m, x->keys[i], &len);
    if (!s)
        return "[?]";
    return x->kind == 1 ? ward_arena_printf(AR(m), "[%.*s]", (int)len, s)
                        : ward_arena_printf(AR(m), "[\"%.*s\"]", (int)len, s);
}

/* each / count bindings of instance i. */
static ward_henv *instance_env(ward_hmod *m, const hexp *x, size_t i, ward_span at)
{
    if (!x->kind)
        return NULL;
    ward_henv *e = ward_arena_zalloc(AR(m), sizeof *e);
    ward_node *o = ward_hobject(m, 2, at);
    if (!e || !o)
        return NULL;
    if (x->kind == 1) {
        o->u.members[0] = (ward_member){"index", 5, at.start, x->keys[i]};
        o->len = 1;
        e->name = "count";
        e->len = 5;
    } else {
        o->u.members[0] = (ward_member){"key", 3, at.start, x->keys[i]};
        o->u.members[1] = (ward_member){"value", 5, at.start, x->values[i]};
        o->len = 2;
        e->name = "each";
        e->len = 4;
    }
    e->val = o;
    return e;
}

/* ---- bodies --------------------------------------------------------------- */

/* An object under construction whose block members grow as lists. */
typedef struct hbody {
    ward_node *obj;
    size_t *caps;            /* per member: capacity of its block list (0: not a block list) */
} hbody;

static int is_meta_attr(const ward_hnode *a)
{
    return is_name(a->str, a->len, "count") || is_name(a->str, a->len, "for_each") ||
           is_name(a->str, a->len, "provider") || is_name(a->str, a->len, "depends_on");
}

static int is_meta_block(const ward_hnode *b)
{
    return is_name(b->str, b->len, "lifecycle") || is_name(b->str, b->len, "provisioner") ||
           is_name(b->str, b->len, "connection");
}

static long member_index(const ward_node *o, const char *key, size_t len)
{
    for (uint32_t i = 0; i < o->len; i++)
        if (o->u.members[i].klen == len && !memcmp(o->u.members[i].key, key, len))
            return i;
    return -1;
}

static void body_set(hbody *b, const char *key, size_t len, uint32_t kstart, ward_node *v)
{
    long i = member_index(b->obj, key, len);
    if (i < 0)
        i = b->obj->len++;
    b->obj->u.members[i] = (ward_member){key, (uint32_t)len, kstart, v};
    b->caps[i] = 0;
}

/* Appends one block object to the list member `key` (an UNKNOWN list stays unknown). */
static void body_add_block(ward_hmod *m, hbody *b, const ward_hnode *blk, const char *key, size_t len, ward_node *v)
{
    long i = member_index(b->obj, key, len);
    if (i < 0) {
        i = b->obj->len++;
        ward_node *arr = ward_harray(m, 0, blk->span);
        if (!arr)
            return;
        b->obj->u.members[i] = (ward_member){key, (uint32_t)len, blk->nspan.start, arr};
        b->caps[i] = 0;
    }
    ward_node *arr = b->obj->u.members[i].value;
    if (!v || arr->kind != WARD_N_ARRAY)
        return;
    if (arr->len == b->caps[i]) {
        size_t nc = b->caps[i] ? b->caps[i] * 2 : 4;
        ward_node **p = ward_arena_zalloc(AR(m), nc * sizeof *p);
        if (!p)
            return;
        if (arr->len)
            memcpy(p, arr->u.items, arr->len * sizeof *p);
        arr->u.items = p;
        b->caps[i] = nc;
    }
    arr->u.items[arr->len++] = v;
}

static ward_node *eval_body(ward_hmod *m, const ward_henv *env, const ward_hnode *block, int top);

static const char *iterator_name(const ward_hnode *dyn, const char *dflt, size_t *len)
{
    const ward_hnode *it = find_attr(dyn, "iterator");
    if (it && it->a && it->a->kind == WARD_HK_VAR) {
        *len = it->a->len;
        return it->a->str;
    }
    *len = strlen(dflt);
    return dflt;
}

/* dynamic "name" { for_each = ..., iterator = it, content { ... } } */
static void eval_dynamic(ward_hmod *m, const ward_henv *env, hbody *b, const ward_hnode *dyn)
{
    const char *name = label(dyn, 0);
    const ward_hnode *content = find_block(dyn, "content");
    const ward_hnode *fe = find_attr(dyn, "for_each");
    if (!name || !content || !fe)
        return;
    size_t nlen = strlen(name), ilen;
    const char *iter = iterator_name(dyn, name, &ilen);
    ward_node *coll = ward_heval(m, env, fe->a);
    if (!coll || (coll->kind != WARD_N_ARRAY && coll->kind != WARD_N_OBJECT)) {
        if (coll && coll->kind == WARD_N_NULL)
            return;
        ward_node *u = ward_hunknown(m, dyn->span, 0, "dynamic block '%s' depends on values known at deployment", name);
        long i = member_index(b->obj, name, nlen);
        if (i < 0)
            i = b->obj->len++;
        b->obj->u.members[i] = (ward_member){name, (uint32_t)nlen, dyn->nspan.start, u};
        b->caps[i] = 0;
        return;
    }
    for (uint32_t i = 0; i < coll->len; i++) {
        ward_node *o = ward_hobject(m, 2, content->span);
        if (!o)
            return;
        int isobj = coll->kind == WARD_N_OBJECT;
        ward_node *k = isobj ? ward_hstring(m, coll->u.members[i].key, coll->u.members[i].klen, fe->a->span)
                             : ward_node_number(AR(m), i, fe->a->span);
        o->u.members[0] = (ward_member){"key", 3, fe->a->span.start, k};
        o->u.members[1] = (ward_member){"value", 5, fe->a->span.start, isobj ? coll->u.members[i].value : coll->u.items[i]};
        o->len = 2;
        ward_henv e = {iter, (uint32_t)ilen, o, env};
        ward_node *v = eval_body(m, &e, content, 0);
        ward_hnode fake = *dyn;
        fake.span = content->span;
        body_add_block(m, b, &fake, name, nlen, v);
    }
}

static size_t count_items(const ward_hnode *block)
{
    size_t n = 0;
    for (const ward_hnode *it = block->a; it; it = it->next)
        n++;
    return n;
}

/* The attributes and nested blocks of a block, as a plan shows them. */
/* The expression of an attribute.  An azapi resource's `body` written as
 * jsonencode({...}) (azapi 1.x configurations) is the object itself: the
 * provider decodes it, as the plan reader decodes a plan's body, and rules
 * then see each property at the line it was written on. */
static const ward_hnode *attr_expr(const ward_hnode *block, const ward_hnode *attr, int top)
{
    const ward_hnode *e = attr->a;
    const char *type = top ? label(block, 0) : NULL;
    if (type && (!strcmp(type, "azapi_resource") || !strcmp(type, "azapi_update_resource")) &&
        is_name(attr->str, attr->len, "body") && e->kind == WARD_HK_CALL && e->len == 10 &&
        !memcmp(e->str, "jsonencode", 10) && e->list && !e->list->next)
        return e->list;
    return e;
}

static ward_node *eval_body(ward_hmod *m, const ward_henv *env, const ward_hnode *block, int top)
{
    size_t n = count_items(block);
    hbody b = {ward_hobject(m, n, block->span), ward_arena_zalloc(AR(m), (n ? n : 1) * sizeof(size_t))};
    if (!b.obj || !b.caps)
        return NULL;
    for (const ward_hnode *it = block->a; it; it = it->next) {
        if (it->kind == WARD_HK_ATTR) {
            if (top && is_meta_attr(it))
                continue;
            const ward_hnode *e = attr_expr(block, it, top);
            ward_node *v = ward_heval(m, env, e);
            if (v && (v->span.file != e->span.file || v->span.start != e->span.start || v->span.end != e->span.end))
                v = ward_hplace(m, v, e->span, NULL);
            if (v)
                body_set(&b, it->str, it->len, it->nspan.start, v);
        } else if (it->kind == WARD_HK_BLOCK) {
            if (top && is_meta_block(it))
                continue;
            if (is_name(it->str, it->len, "dynamic"))
                eval_dynamic(m, env, &b, it);
            else
                body_add_block(m, &b, it, it->str, it->len, eval_body(m, env, it, 0));
        }
    }
    return b.obj;
}

/* ---- resources ------------------------------------------------------------ */

static ward_node *loop_value(ward_hmod *m, ward_hsym *s, const hexp *x, ward_span at, const char *addr)
{
    if (x->unknown || !s->ninst)
        return x->unknown ? ward_hunknown(m, at, 0, "reference(%s)", addr) : (x->kind == 2 ? ward_hobject(m, 0, at) : ward_harray(m, 0, at));
    ward_node *o = x->kind == 2 ? ward_hobject(m, s->ninst, at) : ward_harray(m, s->ninst, at);
    for (size_t i = 0; o && i < s->ninst; i++) {
        ward_node *v = s->inst[i].body ? s->inst[i].body : ward_hunknown(m, at, 0, "%s: an instance that was not read", addr);
        if (!v)
            return NULL;
        if (x->kind == 2) {
            size_t len;
            const char *k = ward_hto_string(m, s->inst[i].key, &len);
            o->u.members[o->len++] = (ward_member){k ? k : "", (uint32_t)(k ? len : 0), at.start, v};
        } else {
            o->u.items[o->len++] = v;
        }
    }
    return o;
}

static void mark_reference(ward_node *v)
{
    if (v && v->kind == WARD_N_UNKNOWN)
        v->flags |= WARD_NF_REFERENCE;
}

/* An azapi_resource whose ARM type is known only at deployment (a generic
 * module's `type = each.value.type`) matches no azapi rule: say so once per
 * block rather than leave it silently unchecked. */
static void note_unknown_azapi_type(ward_hmod *m, const ward_hsym *s, const char *addr)
{
    if (strcmp(s->type, "azapi_resource") != 0)
        return;
    for (size_t i = 0; i < s->ninst; i++) {
        const ward_node *t = s->inst[i].body ? ward_node_get(s->inst[i].body, "type") : NULL;
        if (t && t->kind == WARD_N_UNKNOWN) {
            ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, t->span,
                          "%s: its ARM type is known only at deployment; the azapi rules cannot check it", addr);
            return;
        }
    }
}

static void eval_resource(ward_hmod *m, ward_hsym *s)
{
    const char *addr = ward_arena_printf(AR(m), "%s%s.%s", m->prefix, s->type, s->name);
    hexp x;
    s->state = 1;
    s->value = ward_hunknown(m, s->decl->span, 0, "reference(%s)", addr);
    mark_reference(s->value);
    if (!addr || expand(m, s->decl, &x) != 0) {
        s->state = 2;
        return;
    }
    s->looped = x.kind != 0;
    s->inst = ward_arena_zalloc(AR(m), (x.n ? x.n : 1) * sizeof *s->inst);
    for (size_t i = 0; s->inst && i < x.n; i++) {
        ward_hinst *in = &s->inst[s->ninst++];
        in->key = x.keys[i];
        in->address = ward_arena_printf(AR(m), "%s%s", addr, key_suffix(m, &x, i));
        in->flags = (x.kind ? WARD_RF_LOOP : 0) | (x.unknown ? WARD_RF_CONDITIONAL : 0) | m->rflags;
        in->body = eval_body(m, instance_env(m, &x, i, s->decl->span), s->decl, 1);
        if (in->body && in->address)
            ward_hprov_add(m->r, in->body, ward_arena_printf(AR(m), "reference(%s)", in->address));
    }
    if (!s->inst) {
        s->state = 2;
        return;
    }
    note_unknown_azapi_type(m, s, addr);
    if (!x.kind && s->ninst == 1 && s->inst[0].body)
        s->value = s->inst[0].body;
    else if (x.kind)
        s->value = loop_value(m, s, &x, s->decl->span, addr);
    mark_reference(s->value);
    s->state = 2;
}

/* ---- module calls --------------------------------------------------------- */

static ward_hmod *new_mod(ward_hreader *r, const char *dir, struct ward_hdir *d, const char *chain, const char *prefix,
                          int depth, const hgivens *g, uint32_t rflags);
static void eval_output(ward_hmod *m, ward_hsym *s);

static int is_call_meta(const ward_hnode *a)
{
    return is_name(a->str, a->len, "source") || is_name(a->str, a->len, "version") ||
           is_name(a->str, a->len, "count") || is_name(a->str, a->len, "for_each") ||
           is_name(a->str, a->len, "providers") || is_name(a->str, a->len, "depends_on");
}

static const char *rel_to_root(ward_hreader *r, const char *path)
{
    size_t n = strlen(r->root_dir);
    if (!strcmp(r->root_dir, "."))
        return path[0] == '.' && path[1] == '/' ? path + 2 : path;
    if (!strncmp(path, r->root_dir, n) && path[n] == '/')
        return path + n + 1;
    return path;
}

static void add_deps(ward_hreader *r, const char *dir)
{
    size_t nf;
    char **files = list_files(r->arena, dir, want_tf, &nf);
    for (size_t i = 0; i < nf; i++) {
        char real[PATH_MAX];
        const char *p = dir_file(r->arena, dir, files[i]);
        if (p && realpath(p, real))
            ward_resource_set_add_dep(r->set, real);
    }
}

/* The object of a module instance's outputs. */
static ward_node *outputs_of(ward_hmod *child, ward_span at)
{
    size_t n = 0;
    for (size_t i = 0; i < child->nsyms; i++)
        n += child->syms[i].kind == WARD_HS_OUTPUT;
    ward_node *o = ward_hobject(child, n, at);
    for (size_t i = 0; o && i < child->nsyms; i++) {
        ward_hsym *s = &child->syms[i];
        if (s->kind != WARD_HS_OUTPUT)
            continue;
        eval_output(child, s);
        o->u.members[o->len++] = (ward_member){s->name, (uint32_t)strlen(s->name), s->decl->nspan.start, s->value};
    }
    return o;
}

static int call_inputs(ward_hmod *m, const ward_henv *env, const ward_hnode *call, hgivens *g)
{
    size_t n = count_items(call);
    g->v = ward_arena_zalloc(AR(m), (n ? n : 1) * sizeof *g->v);
    if (!g->v)
        return -1;
    for (const ward_hnode *it = call->a; it; it = it->next) {
        if (it->kind != WARD_HK_ATTR || is_call_meta(it))
            continue;
        hgiven *v = &g->v[g->n++];
        v->name = it->str;
        v->len = it->len;
        v->value = ward_heval(m, env, it->a);
        v->label = ward_arena_printf(AR(m), "module input '%s'", it->str);
    }
    return 0;
}

/* Where a local module lives, or NULL (a W406 note says why). */
static struct ward_hdir *call_source(ward_hmod *m, ward_hsym *s, const char **dirp)
{
    const ward_hnode *src = find_attr(s->decl, "source");
    ward_node *v = src ? ward_heval(m, NULL, src->a) : NULL;
    ward_span at = src ? src->a->span : s->decl->nspan;
    if (!v || v->kind != WARD_N_STRING) {
        ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, at, "module '%s': source is not a literal path; not read", s->name);
        return NULL;
    }
    if (!(v->len >= 2 && !memcmp(v->u.str, "./", 2)) && !(v->len >= 3 && !memcmp(v->u.str, "../", 3))) {
        ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, at,
                      "module '%s' from '%.*s' is not read (registry and remote modules are not fetched)", s->name,
                      (int)(v->len > 200 ? 200 : v->len), v->u.str);
        return NULL;
    }
    if (m->depth + 1 > WARD_HCL_MAX_MODULE_DEPTH) {
        ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, at, "module '%s': modules nested too deeply; not read", s->name);
        return NULL;
    }
    const char *dir = path_join(AR(m), m->dir, v->u.str, v->len);
    struct ward_hdir *d = dir ? parse_dir(m->r, dir) : NULL;
    if (!d)
        ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, at, "module '%s': no .tf files in '%.*s'; not read", s->name,
                      (int)(v->len > 200 ? 200 : v->len), v->u.str);
    /* Terraform rejects a module that calls itself, directly or not; reading
     * it would nest (and, with count, multiply) until the depth limit. */
    for (const ward_hmod *a = m; d && a; a = a->parent)
        if (a->items == d->items) {
            ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, at, "module '%s' calls a module it is part of (a cycle); not read",
                          s->name);
            return NULL;
        }
    *dirp = dir;
    return d;
}

static void eval_call(ward_hmod *m, ward_hsym *s)
{
    s->state = 1;
    s->value = ward_hunknown(m, s->decl->span, 0, "outputs of module '%s'", s->name);
    const char *dir = NULL;
    struct ward_hdir *d = call_source(m, s, &dir);
    hexp x;
    if (!d || expand(m, s->decl, &x) != 0) {
        s->state = 2;
        return;
    }
    add_deps(m->r, dir);
    const char *file = ward_sources_get(m->r->src, s->decl->span.file)->path;
    const char *chain = ward_arena_printf(AR(m), "%s > %s", m->chain ? m->chain : rel_to_root(m->r, file),
                                          rel_to_root(m->r, dir));
    s->looped = x.kind != 0;
    s->inst = ward_arena_zalloc(AR(m), (x.n ? x.n : 1) * sizeof *s->inst);
    for (size_t i = 0; s->inst && i < x.n; i++) {
        if (++m->r->nmods > WARD_HCL_MAX_MODULE_INSTANCES) {
            if (m->r->nmods == WARD_HCL_MAX_MODULE_INSTANCES + 1)
                ward_diag_add(m->r->diags, WARD_D_DOC_NOTE, s->decl->nspan,
                              "more than %d module instances; module '%s' and later calls are not read",
                              WARD_HCL_MAX_MODULE_INSTANCES, s->name);
            break;
        }
        ward_hinst *in = &s->inst[s->ninst++];
        hgivens g = {NULL, 0, 0};
        in->key = x.keys[i];
        in->address = ward_arena_printf(AR(m), "%smodule.%s%s.", m->prefix, s->name, key_suffix(m, &x, i));
        in->flags = (x.kind ? WARD_RF_LOOP : 0) | (x.unknown ? WARD_RF_CONDITIONAL : 0) | m->rflags;
        if (call_inputs(m, instance_env(m, &x, i, s->decl->span), s->decl, &g) == 0 && in->address)
            in->child = new_mod(m->r, dir, d, chain, in->address, m->depth + 1, &g, in->flags);
        if (in->child)
            in->child->parent = m;
        in->body = in->child ? outputs_of(in->child, s->decl->span) : NULL;
    }
    if (s->inst && !x.kind && s->ninst == 1 && s->inst[0].body)
        s->value = s->inst[0].body;
    else if (s->inst && x.kind)
        s->value = loop_value(m, s, &x, s->decl->span, s->name);
    s->state = 2;
}

/* ---- outputs and lookups -------------------------------------------------- */

static void eval_output(ward_hmod *m, ward_hsym *s)
{
    if (s->state)
        return;
    s->state = 1;
    s->value = ward_hunknown(m, s->decl->span, 0, "output '%s' depends on itself", s->name);
    const ward_hnode *v = find_attr(s->decl, "value");
    const ward_hnode *sens = find_attr(s->decl, "sensitive");
    s->sensitive = sens && sens->a && sens->a->kind == WARD_HK_BOOL && sens->a->num != 0;
    if (v)
        s->value = ward_heval(m, NULL, v->a);
    s->state = 2;
}

static ward_node *local_value(ward_hmod *m, ward_hsym *s, ward_span at)
{
    if (s->state == 1)
        return ward_hunknown(m, at, 1, "local.%s depends on itself", s->name);
    if (s->state == 0) {
        s->state = 1;
        s->value = ward_heval(m, NULL, s->decl->a);
        s->state = 2;
    }
    return s->value;
}

/* A variable's or local's items and members are reported where it is used
 * too, each with a note where it was written. */
static ward_node *place_at_use(ward_hmod *m, ward_node *v, ward_span at, const char *label)
{
    enum { BUDGET = 4096 };   /* nodes re-placed per use */
    size_t budget = BUDGET;
    return ward_node_place_within(AR(m), v, at, label, &budget);
}

static int data_member(ward_hmod *m, ward_node *o, const char *key, const char *val, ward_span at)
{
    ward_node *v = val ? ward_hstring(m, val, strlen(val), at) : NULL;
    if (!v)
        return -1;
    o->u.members[o->len++] = (ward_member){key, (uint32_t)strlen(key), at.start, v};
    return 0;
}

/* A string argument of a data block, or NULL. */
static const char *data_arg(ward_hmod *m, const ward_hsym *s, const char *name)
{
    const ward_hnode *a = find_attr(s->decl, name);
    ward_node *v = a ? ward_heval(m, NULL, a->a) : NULL;
    return v && v->kind == WARD_N_STRING ? ward_arena_strndup(AR(m), v->u.str, v->len) : NULL;
}

/* What a data source holds before it is read.  The well-known azurerm ones
 * name the subscription and the resource group in the shape ARM's
 * subscription() and resourceGroup() take ("/subscriptions/{subscriptionId}"),
 * so scope rules can judge `scope = data.azurerm_subscription.current.id`;
 * any other attribute is unknown, "data.T.N.attr is read from the provider". */
static ward_node *data_value(ward_hmod *m, ward_hsym *s, ward_span at)
{
    if (s->state == 2)
        return s->value;
    s->state = 2;
    ward_node *o = ward_hobject(m, 3, at);
    const char *addr = ward_arena_printf(AR(m), "data.%s.%s", s->type, s->name);
    if (!o || !addr)
        return NULL;
    const char *sub = data_arg(m, s, "subscription_id");
    int bad = 0;
    if (!strcmp(s->type, "azurerm_subscription")) {
        sub = sub ? sub : "{subscriptionId}";
        bad = data_member(m, o, "id", ward_arena_printf(AR(m), "/subscriptions/%s", sub), at) ||
              data_member(m, o, "subscription_id", sub, at);
    } else if (!strcmp(s->type, "azurerm_client_config")) {
        bad = data_member(m, o, "subscription_id", "{subscriptionId}", at);
    } else if (!strcmp(s->type, "azurerm_resource_group")) {
        const char *name = data_arg(m, s, "name");
        if (name)
            bad = data_member(m, o, "name", name, at) ||
                  data_member(m, o, "id", ward_arena_printf(AR(m), "/subscriptions/{subscriptionId}/resourceGroups/%s", name), at);
    }
    if (bad)
        return NULL;
    ward_hprov_add(m->r, o, addr);
    s->value = o;
    return o;
}

ward_node *ward_hsym_value(ward_hmod *m, ward_hsym *s, ward_span at)
{
    switch (s->kind) {
    case WARD_HS_VAR: {
        const char *label = s->value && s->value->kind != WARD_N_UNKNOWN ? s->label : NULL;
        ward_node *v = place_at_use(m, s->value ? ward_hplace(m, s->value, at, label) : NULL, at, label);
        if (v && s->sensitive)
            v->flags |= WARD_NF_SECRET;
        return v;
    }
    case WARD_HS_LOCAL: {
        ward_node *v = local_value(m, s, at);
        if (!v || v->kind == WARD_N_UNKNOWN)
            return v;
        const char *label = ward_arena_printf(AR(m), "local '%s'", s->name);
        return place_at_use(m, ward_hplace(m, v, at, label), at, label);
    }
    case WARD_HS_RESOURCE:
        if (s->state == 0)
            eval_resource(m, s);
        return s->value;
    case WARD_HS_CALL:
        if (s->state == 0)
            eval_call(m, s);
        return s->value;
    case WARD_HS_OUTPUT: eval_output(m, s); return s->value;
    case WARD_HS_DATA: return data_value(m, s, at);
    default: return ward_hunknown(m, at, 0, "data source");
    }
}

/* ---- module instances ----------------------------------------------------- */

static ward_hmod *new_mod(ward_hreader *r, const char *dir, struct ward_hdir *d, const char *chain, const char *prefix,
                          int depth, const hgivens *g, uint32_t rflags)
{
    ward_hmod *m = ward_arena_zalloc(r->arena, sizeof *m);
    if (!m)
        return NULL;
    m->r = r;
    m->dir = dir;
    m->chain = chain;
    m->prefix = prefix;
    m->depth = depth;
    m->rflags = rflags;
    m->items = d ? d->items : NULL;
    m->nitems = d ? d->nitems : 0;
    m->syms = ward_arena_zalloc(r->arena, (count_syms(m->items, m->nitems) + 1) * sizeof *m->syms);
    if (!m->syms)
        return NULL;
    collect_syms(m);
    set_variables(m, g);
    return m;
}

/* Header of a block: its type through its last label (the resource's first line). */
static ward_span header_span(const ward_hnode *b)
{
    ward_span s = b->nspan;
    for (const ward_hnode *l = b->list; l; l = l->next)
        s = ward_span_join(s, l->span);
    return s;
}

static void add_resource(ward_hmod *m, const char *type, const char *name, const ward_hinst *in, const ward_hnode *decl)
{
    if (!in->body || !in->address)
        return;
    ward_resource res;
    memset(&res, 0, sizeof res);
    res.family = WARD_FAM_TERRAFORM;
    res.type = type;
    res.name = name;
    res.address = in->address;
    res.chain = m->chain;
    res.body = in->body;
    res.span = header_span(decl);
    res.parent = -1;
    res.flags = in->flags;
    ward_resource_set_add(m->r->set, &res);
}

static void add_output(ward_hmod *m, ward_hsym *s)
{
    eval_output(m, s);
    ward_node *o = ward_hobject(m, 2, s->decl->span);
    const ward_hnode *v = find_attr(s->decl, "value");
    const ward_hnode *sens = find_attr(s->decl, "sensitive");
    if (!o || !s->value || !v)
        return;
    ward_node *val = ward_hplace(m, s->value, v->a->span, NULL);
    if (val && s->sensitive)
        val->flags |= WARD_NF_SECRET;
    o->u.members[o->len++] = (ward_member){"value", 5, v->nspan.start, val};
    ward_node *sv = sens ? ward_heval(m, NULL, sens->a) : ward_node_bool(AR(m), 0, s->decl->nspan);
    o->u.members[o->len++] = (ward_member){"sensitive", 9, sens ? sens->nspan.start : s->decl->nspan.start, sv};
    ward_hinst in = {NULL, ward_arena_printf(AR(m), "%soutput.%s", m->prefix, s->name), o, m->rflags, NULL};
    add_resource(m, "terraform_output", s->name, &in, s->decl);
}

static void emit(ward_hmod *m)
{
    for (size_t i = 0; i < m->nsyms; i++) {
        ward_hsym *s = &m->syms[i];
        if (s->kind == WARD_HS_RESOURCE) {
            if (s->state == 0)
                eval_resource(m, s);
            for (size_t j = 0; j < s->ninst; j++)
                add_resource(m, s->type, s->name, &s->inst[j], s->decl);
        } else if (s->kind == WARD_HS_CALL) {
            if (s->state == 0)
                eval_call(m, s);
            for (size_t j = 0; j < s->ninst; j++)
                if (s->inst[j].child)
                    emit(s->inst[j].child);
        } else if (s->kind == WARD_HS_OUTPUT) {
            add_output(m, s);
        }
    }
}

/* ---- tfvars --------------------------------------------------------------- */

static void read_tfvars(ward_hreader *r, ward_hmod *cm, const char *path, hgivens *g)
{
    uint32_t id = load(r, path);
    ward_hnode *first = NULL;
    if (id == WARD_NO_FILE || ward_hcl_parse(r->src, id, r->arena, r->diags, &first) != 0)
        return;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (ward_hnode *it = first; it; it = it->next) {
        if (it->kind != WARD_HK_ATTR)
            continue;
        if (g->n == g->cap) {
            size_t nc = g->cap ? g->cap * 2 : 16;
            hgiven *p = ward_arena_zalloc(r->arena, nc * sizeof *p);
            if (!p)
                return;
            if (g->n)
                memcpy(p, g->v, g->n * sizeof *p);
            g->v = p;
            g->cap = nc;
        }
        hgiven *v = &g->v[g->n++];
        v->name = it->str;
        v->len = it->len;
        v->value = ward_heval(cm, NULL, it->a);
        v->label = ward_arena_printf(r->arena, "variable '%s' in %s", it->str, base);
    }
}

/* terraform.tfvars, then *.auto.tfvars in name order, then --parameters
 * files that end in .tfvars: a later value wins, as in Terraform. */
static void root_tfvars(ward_hreader *r, const char *dir, hgivens *g)
{
    ward_hmod *cm = new_mod(r, dir, NULL, NULL, "", 0, NULL, 0);
    if (!cm)
        return;
    struct stat st;
    const char *tv = dir_file(r->arena, dir, "terraform.tfvars");
    if (tv && stat(tv, &st) == 0 && S_ISREG(st.st_mode))
        read_tfvars(r, cm, tv, g);
    size_t n;
    char **autos = list_files(r->arena, dir, want_auto_tfvars, &n);
    for (size_t i = 0; i < n; i++)
        read_tfvars(r, cm, dir_file(r->arena, dir, autos[i]), g);
    for (size_t i = 0; r->opts && i < r->opts->nparam_files; i++)
        if (has_suffix(r->opts->param_files[i], ".tfvars"))
            read_tfvars(r, cm, r->opts->param_files[i], g);
}

/* ---- entry points --------------------------------------------------------- */

static char *trim_dir(ward_arena *a, const char *dir)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    return ward_arena_strndup(a, dir, n);
}

static void reader_init(ward_hreader *r, ward_resource_set *set, ward_sources *src, const ward_read_opts *opts,
                        ward_diags *diags)
{
    memset(r, 0, sizeof *r);
    r->set = set;
    r->src = src;
    r->diags = diags;
    r->arena = &set->arena;
    r->opts = opts;
    ward_eval_ctx_init(&r->ev, r->arena, NULL);
}

static int run_root(ward_hreader *r, struct ward_hdir *d, size_t before)
{
    hgivens g = {NULL, 0, 0};
    root_tfvars(r, r->root_dir, &g);
    ward_hmod *m = d ? new_mod(r, r->root_dir, d, NULL, "", 0, &g, 0) : NULL;
    if (m)
        emit(m);
    if (r->arena->failed && r->diags->errors == before)
        ward_diag_add(r->diags, WARD_D_NO_MEMORY, ward_span_none(), "out of memory");
    return r->diags->errors == before ? WARD_READ_OK : WARD_READ_ERROR;
}

int ward_hcl_read_dir(ward_resource_set *set, ward_sources *src, const char *dir, const ward_read_opts *opts,
                      ward_diags *diags)
{
    ward_hreader r;
    reader_init(&r, set, src, opts, diags);
    size_t before = diags->errors;
    r.root_dir = trim_dir(r.arena, dir);
    if (!r.root_dir)
        return WARD_READ_ERROR;
    return run_root(&r, parse_dir(&r, r.root_dir), before);
}

int ward_hcl_read_files(ward_resource_set *set, ward_sources *src, const uint32_t *files, size_t n, const char *dir,
                        const ward_read_opts *opts, ward_diags *diags)
{
    ward_hreader r;
    reader_init(&r, set, src, opts, diags);
    size_t before = diags->errors;
    r.root_dir = trim_dir(r.arena, dir);
    struct ward_hdir *d = r.root_dir ? new_dir(&r, r.root_dir) : NULL;
    if (!d)
        return WARD_READ_ERROR;
    size_t cap = 0;
    for (size_t i = 0; i < n; i++)
        parse_into(&r, d, files[i], &cap);
    return run_root(&r, d, before);
}

int ward_hcl_read_file(ward_resource_set *set, ward_sources *src, const char *path, const ward_read_opts *opts,
                       ward_diags *diags)
{
    if (!ward_hcl_is_tf(path))
        return 0;
    const char *slash = strrchr(path, '/');
    char *dir = slash ? ward_arena_strndup(&set->arena, path, slash == path ? 1 : (size_t)(slash - path))
                      : ward_arena_strdup(&set->arena, ".");
    if (!dir)
        return -1;
    return ward_hcl_read_dir(set, src, dir, opts, diags) == WARD_READ_OK ? 1 : -1;
}
