/* arm_res.c: resource declarations to resources.
 *
 * One declaration gives zero or more resources: `condition` false gives
 * none (unknown: one, flagged CONDITIONAL); a `copy` with a known count one
 * per index (capped), an unknown count one representative whose copyIndex()
 * is unknown (flagged LOOP).  Nested child `resources` get the composed
 * type "Parent/child" and name "parent/child" and their parent index; a
 * nested deployment's template is read as a template of its own, in the
 * scope its expressionEvaluationOptions ask for, with the chain of
 * deployments that leads to it.  Each template's outputs become synthetic
 * WARD_ARM_OUTPUT_TYPE resources.
 *
 * The body rules see is the declaration with every string evaluated, with
 * `type` and `name` replaced by the full type and name (at the spans where
 * they were written).  Child `resources` and a deployment's inline
 * `properties.template` are left as written: they are read separately. */
#include "armint.h"
#include "../../base/alloc.h"
#include "../../base/vec.h"
#include "../json/json.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

typedef struct arm_parent {
    const char *type;          /* full type */
    const char *name;          /* full name */
    int32_t index;
    uint32_t flags;
} arm_parent;

/* A declaration: the written object and where the resource "starts". */
typedef struct arm_decl {
    const ward_node *node;
    ward_span span;            /* first token of the declaration (its '{' or symbolic name) */
    const char *symbol;        /* languageVersion 2.0 symbolic name, or NULL */
} arm_decl;

static void read_decl(arm_reader *r, const arm_site *site, const arm_ev *outer, const arm_decl *d,
                      const arm_parent *parent);

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

/* A name ward could not evaluate is kept as its expression text. */
static bool unknown_name(const char *name)
{
    return name[0] == '[' || strstr(name, "<unknown>") != NULL;
}

static bool is_type(const char *type, const char *want)
{
    return strcasecmp(type, want) == 0;
}

/* --- type and name ----------------------------------------------------------- */

/* Nested children write their type as "child" (or in full) and their name as
 * "child" (or "parent/child"). */
static const char *full_type(arm_reader *r, const char *type, const arm_parent *p)
{
    if (!p || strchr(type, '/'))
        return type;
    return ward_arena_printf(r->arena, "%s/%s", p->type, type);
}

static const char *full_name(arm_reader *r, const char *name, const char *type, const arm_parent *p)
{
    if (!p || count_char(name, '/') + 1 >= count_char(type, '/'))
        return name;
    return ward_arena_printf(r->arena, "%s/%s", p->name, name);
}

/* A string node for the body, at the span of the written value, keeping the
 * evaluated value's origin. */
static ward_node *text_at(arm_reader *r, const char *text, const ward_node *evaluated)
{
    const char *label = NULL;
    const ward_span *o = ward_node_origin(evaluated, &label);
    ward_node *n = o ? ward_node_new_ex(r->arena, WARD_N_STRING, evaluated->span, *o, label)
                     : ward_node_new(r->arena, WARD_N_STRING, evaluated->span);
    if (n) {
        n->u.str = text;
        n->len = (uint32_t)strlen(text);
        n->flags |= evaluated->flags & (WARD_NF_EXPR | WARD_NF_SECRET);
    }
    return n;
}

/* --- the body -------------------------------------------------------------- */

static ward_member *find_member(ward_node *obj, const char *key)
{
    for (uint32_t i = obj->len; i-- > 0;)
        if (arm_ieq(obj->u.members[i].key, obj->u.members[i].klen, key))
            return &obj->u.members[i];
    return NULL;
}

/* A fresh top-level object (the evaluated one may share the written tree)
 * with room for one more member. */
static ward_node *own_object(arm_reader *r, const ward_node *obj)
{
    ward_node *o = ward_node_new(r->arena, WARD_N_OBJECT, obj->span);
    ward_member *ms = o ? ward_arena_alloc(r->arena, (obj->len + 1) * sizeof *ms) : NULL;
    if (!ms)
        return NULL;
    if (obj->len)
        memcpy(ms, obj->u.members, obj->len * sizeof *ms);
    o->flags = obj->flags & ~WARD_NF_ORIGIN;
    o->len = obj->len;
    o->u.members = ms;
    return o;
}

static ward_node *make_body(arm_reader *r, arm_ev *ev, const arm_decl *d, bool deployment, bool existing,
                            const ward_node *type, const ward_node *name)
{
    static const char *const skip_top[] = {"resources", "properties", NULL};
    static const char *const skip_template[] = {"template", NULL};
    ward_node *ev_body = arm_eval_object_except(ev, d->node, skip_top);
    ward_node *body = ev_body ? own_object(r, ev_body) : NULL;
    if (!body)
        return NULL;
    ward_member *m = find_member(body, "properties");
    if (m && existing) {
        m->value = arm_unknown(r, m->value->span, "properties of an existing resource are not known");
    } else if (m) {
        m->value = deployment && m->value->kind == WARD_N_OBJECT ? arm_eval_object_except(ev, m->value, skip_template)
                                                                  : arm_eval_tree(ev, m->value);
    } else if (existing) {
        ward_node *u = arm_unknown(r, d->span, "properties of an existing resource are not known");
        body->u.members[body->len++] = (ward_member){"properties", 10, d->span.start, u};
        m = &body->u.members[body->len - 1];
    }
    if (m && !m->value)
        return NULL;
    if ((m = find_member(body, "type")))
        m->value = (ward_node *)type;
    if ((m = find_member(body, "name")) && name)
        m->value = (ward_node *)name;
    return body;
}

/* --- deployments --------------------------------------------------------- */

/* Values a deployment passes to the template it deploys. */
static void pass_params(arm_reader *r, arm_scope *inner, const ward_node *props, const char *dep)
{
    const ward_node *params = ward_node_get_ci(props, "parameters");
    if (!params || params->kind != WARD_N_OBJECT)
        return;
    for (uint32_t i = 0; i < params->len; i++) {
        const ward_member *m = &params->u.members[i];
        int shown = (int)(m->klen > 60 ? 60 : m->klen);
        const ward_node *v = ward_node_get_ci(m->value, "value");
        ward_node *given;
        if (v) {
            const char *old = NULL;
            const ward_span *o = ward_node_origin(v, &old);
            const char *label = o && old ? old
                                         : ward_arena_printf(r->arena, "value passed to parameter '%.*s' by deployment '%s'",
                                                             shown, m->key, dep);
            given = ward_node_relocate(r->arena, v, v->span, o ? *o : v->span, label);
            if (given)
                given->flags |= v->flags & WARD_NF_SECRET;
        } else if ((v = ward_node_get_ci(m->value, "reference"))) {
            given = arm_unknown(r, v->span, "parameter '%.*s' is a Key Vault reference", shown, m->key);
            if (given)
                given->flags |= WARD_NF_SECRET;
        } else {
            continue;
        }
        if (given)
            arm_scope_give(inner, m->key, m->klen, given);
    }
}

static const char *dir_of(arm_reader *r, uint32_t file)
{
    const ward_source *f = ward_sources_get(r->src, file);
    const char *slash = f ? strrchr(f->path, '/') : NULL;
    return slash ? ward_arena_strndup(r->arena, f->path, (size_t)(slash - f->path + 1)) : "";
}

/* The parsed document of a linked template (cached), or NULL with a diagnostic. */
static const ward_doc *load_link(arm_reader *r, const char *path, ward_span at)
{
    for (size_t i = 0; i < r->nlinks; i++)
        if (strcmp(r->links[i].path, path) == 0)
            return r->links[i].doc;
    arm_link l = {ward_arena_strdup(r->arena, path), NULL};
    uint32_t id = ward_sources_load(r->src, path);
    if (id != WARD_NO_FILE)
        ward_resource_set_add_dep(r->set, path);   /* checked through this caller, not alone */
    if (id == WARD_NO_FILE) {
        arm_warn(r, at, "cannot read linked template '%s': %s; its resources are not checked", path, strerror(errno));
    } else if ((l.doc = ward_malloc(sizeof *l.doc))) {
        ward_doc_init(l.doc, id);
        ward_json_opts jo = {1, 0};
        int bad = ward_json_parse(l.doc, r->src, id, &jo, r->diags) != 0;
        if (bad) {
            ward_doc_free(l.doc);
            ward_free(l.doc);
            l.doc = NULL;
        } else if (ward_resource_set_adopt(r->set, l.doc) != 0) {
            l.doc = NULL;
            r->diags->oom = 1;
        } else if (l.doc->root->kind != WARD_N_OBJECT) {
            ward_diag_add(r->diags, WARD_D_DOC_SHAPE, l.doc->root->span, "a linked template must be a JSON object");
            l.doc = NULL;
        }
    }
    if (l.path && WARD_VEC_PUSH(r->links, r->nlinks, r->caplinks, l) != 0)
        r->diags->oom = 1;
    return l.doc;
}

/* How chains and outputs name a deployment: its name when known, else its
 * symbolic name, else its name expression shortened. */
static const char *dep_label(arm_reader *r, const char *name, const char *symbol)
{
    if (!unknown_name(name))
        return name;
    if (symbol)
        return symbol;
    return ward_arena_printf(r->arena, "%.40s%s", name, strlen(name) > 40 ? "..." : "");
}

static void read_nested(arm_reader *r, const arm_site *site, const ward_node *tmpl, arm_scope *sc,
                        const char *chain, int32_t index, uint32_t flags, const char *owner)
{
    arm_site inner = {sc, tmpl, chain, site->depth + 1, index, owner, flags};
    arm_read_template(r, &inner);
}

static void read_deployment(arm_reader *r, const arm_site *site, const arm_decl *d, const ward_node *body,
                            int32_t index, const char *name, uint32_t flags)
{
    const ward_node *props_raw = ward_node_get_ci(d->node, "properties");
    const ward_node *props = ward_node_get_ci(body, "properties");
    if (!props_raw || props_raw->kind != WARD_N_OBJECT || !props || props->kind != WARD_N_OBJECT)
        return;
    if (site->depth + 1 > WARD_ARM_MAX_NESTING) {
        arm_warn(r, d->span, "deployments nested more than %d levels deep; the inner ones are not checked",
                 WARD_ARM_MAX_NESTING);
        return;
    }
    const char *owner = dep_label(r, name, d->symbol);
    const char *chain = ward_arena_printf(r->arena, "%s > deployments/%s", site->chain ? site->chain : r->entry_name, owner);
    const ward_node *tmpl = ward_node_get_ci(props_raw, "template");
    if (tmpl && tmpl->kind == WARD_N_OBJECT) {
        const ward_node *opt = ward_node_get_ci(ward_node_get_ci(props, "expressionEvaluationOptions"), "scope");
        if (opt && opt->kind == WARD_N_STRING && arm_ieq(opt->u.str, opt->len, "inner")) {
            arm_scope *sc = arm_scope_new(r, tmpl, name);
            if (!sc)
                return;
            pass_params(r, sc, props, name);
            read_nested(r, site, tmpl, sc, chain, index, flags, owner);
        } else {
            read_nested(r, site, tmpl, site->scope, chain, index, flags, owner);   /* outer scope: the parent's names */
        }
        return;
    }
    const ward_node *link = ward_node_get_ci(props, "templateLink");
    const ward_node *rel = ward_node_get_ci(link, "relativePath");
    if (rel && rel->kind == WARD_N_STRING && rel->len) {
        const char *relpath = ward_arena_strndup(r->arena, rel->u.str, rel->len);
        const char *path = relpath && relpath[0] == '/' ? relpath
                                                        : ward_arena_printf(r->arena, "%s%s", dir_of(r, d->node->span.file), relpath);
        const ward_doc *doc = path ? load_link(r, path, rel->span) : NULL;
        arm_scope *sc = doc ? arm_scope_new(r, doc->root, name) : NULL;
        if (!sc)
            return;
        pass_params(r, sc, props, name);
        read_nested(r, site, doc->root, sc, ward_arena_printf(r->arena, "%s (%s)", chain, relpath), index, flags,
                    owner);
        return;
    }
    if (tmpl) {
        arm_warn(r, tmpl->span, "the inline template of deployment '%s' is not an object; its resources are not checked",
                 name);
    } else if (link) {
        if (!r->uri_links++)
            r->first_uri = link->span;
    }
}

/* --- declarations ---------------------------------------------------------- */

static void read_children(arm_reader *r, const arm_site *site, const arm_ev *ev, const ward_node *children,
                          const arm_parent *me)
{
    if (children->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < children->len; i++) {
            const ward_node *c = children->u.items[i];
            arm_decl d = {c, ward_span_make(c->span.file, c->span.start, c->span.start + 1), NULL};
            read_decl(r, site, ev, &d, me);
        }
    } else if (children->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < children->len; i++) {
            const ward_member *m = &children->u.members[i];
            arm_decl d = {m->value, ward_span_make(m->value->span.file, m->kstart, m->kstart + m->klen + 2),
                          ward_arena_strndup(r->arena, m->key, m->klen)};
            read_decl(r, site, ev, &d, me);
        }
    } else {
        arm_warn(r, children->span, "\"resources\" must be an array or an object; its entries are not checked");
    }
}

/* condition: 1 deployed, 0 not, -1 unknown. */
static int condition(arm_ev *ev, const ward_node *cond)
{
    if (!cond)
        return 1;
    const ward_node *v = cond->kind == WARD_N_STRING ? arm_eval_string(ev, cond) : cond;
    if (v && v->kind == WARD_N_BOOL)
        return v->u.b != 0;
    return -1;
}

static void read_instance(arm_reader *r, const arm_site *site, arm_ev *ev, const arm_decl *d,
                          const arm_parent *parent, uint32_t flags)
{
    const ward_node *tnode = ward_node_get(d->node, "type"), *nnode = ward_node_get(d->node, "name");
    int deployed = condition(ev, ward_node_get(d->node, "condition"));
    if (deployed == 0)
        return;
    if (deployed < 0)
        flags |= WARD_RF_CONDITIONAL;
    const ward_node *ex = ward_node_get(d->node, "existing");
    bool existing = ex && ex->kind == WARD_N_BOOL && ex->u.b;
    if (existing)
        flags |= WARD_RF_EXISTING;
    ward_node *tv = arm_eval_string(ev, tnode);
    ward_node *nv = nnode && nnode->kind == WARD_N_STRING ? arm_eval_string(ev, nnode) : (ward_node *)nnode;
    if (!tv || (nnode && !nv))
        return;
    const char *type = full_type(r, arm_node_text(r, tv, tnode), parent);
    const char *name = nv ? full_name(r, arm_node_text(r, nv, nnode), type, parent) : "";
    ward_node *tbody = text_at(r, type, tv);
    ward_node *nbody = nv && nv->kind == WARD_N_STRING ? text_at(r, name, nv) : nv;
    bool deployment = is_type(type, "Microsoft.Resources/deployments");
    ward_node *body = tbody ? make_body(r, ev, d, deployment, existing, tbody, nbody) : NULL;
    if (!body || !type || !name) {
        r->diags->oom = 1;
        return;
    }
    ward_resource res = {WARD_FAM_ARM, type, name, d->symbol, site->chain, body, d->span,
                         parent ? parent->index : -1, flags, 0};
    long index = ward_resource_set_add(r->set, &res);
    if (index < 0) {
        r->diags->oom = 1;
        return;
    }
    arm_parent me = {type, name, (int32_t)index, flags & (WARD_RF_CONDITIONAL | WARD_RF_LOOP)};
    const ward_node *children = ward_node_get(d->node, "resources");
    if (children)
        read_children(r, site, ev, children, &me);
    if (deployment)
        read_deployment(r, site, d, body, (int32_t)index, name, me.flags);
}

static bool room_for_more(arm_reader *r, ward_span at)
{
    if (r->set->n < WARD_ARM_MAX_RESOURCES)
        return true;
    if (!r->capped_noted) {
        r->capped_noted = 1;
        arm_warn(r, at, "the template expands to more than %u resources; the rest are not checked",
                 WARD_ARM_MAX_RESOURCES);
    }
    return false;
}

static void read_copies(arm_reader *r, const arm_site *site, arm_ev *ev, const arm_decl *d, const ward_node *copy,
                        const arm_parent *parent, uint32_t flags)
{
    const ward_node *cname = ward_node_get(copy, "name");
    const char *nm = cname && cname->kind == WARD_N_STRING ? cname->u.str : "";
    size_t nlen = cname && cname->kind == WARD_N_STRING ? cname->len : 0;
    int64_t n = arm_copy_count(ev, ward_node_get(copy, "count"), copy->span);
    if (n < 0) {
        /* One representative whose copyIndex() is unknown. */
        if (arm_push_loop(ev, nm, nlen, 0, 0, 1))
            read_instance(r, site, ev, d, parent, flags | WARD_RF_LOOP);
        return;
    }
    for (int64_t i = 0; i < n && room_for_more(r, d->span); i++) {
        if (!arm_push_loop(ev, nm, nlen, i, 1, 1))
            return;
        read_instance(r, site, ev, d, parent, flags | WARD_RF_LOOP);
        ev->nloops--;
    }
}

static void read_decl(arm_reader *r, const arm_site *site, const arm_ev *outer, const arm_decl *d,
                      const arm_parent *parent)
{
    if (!room_for_more(r, d->span))
        return;
    if (d->node->kind != WARD_N_OBJECT) {
        arm_warn(r, d->node->span, "a resource must be a JSON object; this entry is not checked");
        return;
    }
    const ward_node *tnode = ward_node_get(d->node, "type");
    if (!tnode || tnode->kind != WARD_N_STRING) {
        arm_warn(r, d->span, "resource without a \"type\" string; it is not checked");
        return;
    }
    arm_ev ev = *outer;
    uint32_t flags = site->flags | (parent ? parent->flags : 0);
    const ward_node *copy = ward_node_get(d->node, "copy");
    if (copy && copy->kind == WARD_N_OBJECT)
        read_copies(r, site, &ev, d, copy, parent, flags);
    else
        read_instance(r, site, &ev, d, parent, flags);
}

/* --- parent links ------------------------------------------------------------ */

/* Splits "Ns/t1/n1/t2/n2" or a resource id into type and name. */
static bool scope_target(arm_reader *r, const char *s, const char **type, const char **name)
{
    if (s[0] == '/') {
        ward_resource_id id;
        if (ward_eval_resource_id_parts(r->arena, s, strlen(s), &id) != 0)
            return false;
        *type = id.type;
        *name = id.name;
        return true;
    }
    const char *slash = strchr(s, '/');
    if (!slash || !memchr(s, '.', (size_t)(slash - s)))
        return false;
    ward_writer t, n;
    ward_writer_mem(&t);
    ward_writer_mem(&n);
    ward_write(&t, s, (size_t)(slash - s));
    size_t k = 0;
    for (const char *p = slash + 1; *p; k++) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        ward_writer *w = k % 2 == 0 ? &t : &n;
        if (w == &t || n.len)
            ward_putc(w, '/');
        ward_write(w, p, len);
        p = e ? e + 1 : p + len;
    }
    bool ok = k >= 2 && k % 2 == 0 && !t.failed && !n.failed;
    if (ok) {
        *type = ward_arena_strndup(r->arena, t.buf, t.len);
        *name = ward_arena_strndup(r->arena, n.buf, n.len);
        ok = *type && *name;
    }
    ward_writer_free(&t);
    ward_writer_free(&n);
    return ok;
}

/* The resource of [first, end) with this type and name; when the names
 * cannot be compared (one is an expression ward could not evaluate), the
 * only resource of the type. */
static int32_t find_resource(const arm_reader *r, size_t first, size_t end, size_t self, const char *type,
                             size_t tlen, const char *name, size_t nlen, long *budget)
{
    int32_t last = -1;
    size_t candidates = 0;
    bool name_known = name && !unknown_name(name);
    *budget -= (long)(end - first);
    for (size_t j = first; j < end; j++) {
        const ward_resource *c = &r->set->items[j];
        /* strncasecmp stops at a NUL, so [tlen] is then in bounds. */
        if (j == self || strncasecmp(c->type, type, tlen) != 0 || c->type[tlen] != '\0')
            continue;
        if (name_known && strncasecmp(c->name, name, nlen) == 0 && c->name[nlen] == '\0')
            return (int32_t)j;
        candidates++;
        last = (int32_t)j;
    }
    if (candidates == 1 && (!name_known || unknown_name(r->set->items[last].name)))
        return last;
    return -1;
}

static int32_t find_parent(const arm_reader *r, size_t first, size_t end, size_t i, long *budget)
{
    const ward_resource *res = &r->set->items[i];
    const ward_node *scope = ward_node_get(res->body, "scope");
    const char *st, *sn;
    if (scope && scope->kind == WARD_N_STRING) {
        const char *s = ward_arena_strndup(((arm_reader *)r)->arena, scope->u.str, scope->len);
        if (s && scope_target((arm_reader *)r, s, &st, &sn))
            return find_resource(r, first, end, i, st, strlen(st), sn, strlen(sn), budget);
    }
    const char *tslash = strrchr(res->type, '/');
    if (!tslash || count_char(res->type, '/') < 2)
        return -1;
    const char *nslash = strrchr(res->name, '/');
    return find_resource(r, first, end, i, res->type, (size_t)(tslash - res->type), nslash ? res->name : NULL,
                         nslash ? (size_t)(nslash - res->name) : 0, budget);
}

/* The search is quadratic in the worst case (thousands of looped children
 * declared at top level), so it is metered: past ARM_LINK_BUDGET comparisons
 * the remaining resources keep no parent, and a note says so. */
#define ARM_LINK_BUDGET 5000000L

static void link_parents(arm_reader *r, size_t first, size_t end)
{
    long budget = ARM_LINK_BUDGET;
    for (size_t i = first; i < end; i++) {
        ward_resource *res = &r->set->items[i];
        if (res->parent >= 0)
            continue;   /* nested child: set when read */
        if (budget <= 0) {
            arm_warn(r, res->span, "too many resources to link children to parents; from here on, parents are not set");
            return;
        }
        int32_t p = find_parent(r, first, end, i, &budget);
        if (p >= 0)
            res->parent = p;
    }
}

/* --- outputs ------------------------------------------------------------------ */

static void read_output(arm_reader *r, const arm_site *site, const ward_member *m, const char *owner)
{
    static const char *const skip[] = {"copy", NULL};
    arm_ev ev;
    memset(&ev, 0, sizeof ev);
    ev.scope = site->scope;
    const ward_node *o = m->value;
    if (o->kind != WARD_N_OBJECT || condition(&ev, ward_node_get(o, "condition")) == 0)
        return;
    ward_node *ev_body = arm_eval_object_except(&ev, o, skip);
    ward_node *body = ev_body ? own_object(r, ev_body) : NULL;
    const ward_node *copy = ward_node_get(o, "copy");
    if (body && copy && copy->kind == WARD_N_OBJECT) {
        ward_node *arr = arm_eval_copy(&ev, copy, m->key, m->klen, 1);
        ward_member *v = find_member(body, "value");
        if (v)
            v->value = arr;
        else
            body->u.members[body->len++] = (ward_member){"value", 5, copy->span.start, arr};
        if (!arr)
            body = NULL;
    }
    const char *name = ward_arena_printf(r->arena, "%s/%.*s", owner, (int)m->klen, m->key);
    ward_span at = ward_span_make(o->span.file, m->kstart, m->kstart + m->klen + 2);
    ward_resource res = {WARD_FAM_ARM, WARD_ARM_OUTPUT_TYPE, name, NULL, site->chain, body, at, site->deployment,
                         site->flags, 0};
    if (!body || !name || ward_resource_set_add(r->set, &res) < 0)
        r->diags->oom = 1;
}

static void read_outputs(arm_reader *r, const arm_site *site)
{
    const ward_node *outs = ward_node_get(site->tmpl, "outputs");
    if (!outs)
        return;
    if (outs->kind != WARD_N_OBJECT) {
        arm_warn(r, outs->span, "\"outputs\" must be an object; it is not checked");
        return;
    }
    const char *owner = site->owner ? site->owner : r->entry_name;
    for (uint32_t i = 0; i < outs->len && room_for_more(r, outs->span); i++)
        read_output(r, site, &outs->u.members[i], owner);
}

/* --- templates -------------------------------------------------------------- */

void arm_read_template(arm_reader *r, const arm_site *site)
{
    size_t first = r->set->n;
    arm_ev ev;
    memset(&ev, 0, sizeof ev);
    ev.scope = site->scope;
    const ward_node *res = ward_node_get(site->tmpl, "resources");
    if (res)
        read_children(r, site, &ev, res, NULL);
    link_parents(r, first, r->set->n);
    read_outputs(r, site);
}
