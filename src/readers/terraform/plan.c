/* plan.c: the Terraform plan JSON reader (see plan.h).
 *
 * One pass over the plan: index resource_changes by address, walk the
 * module tree of planned_values, and for each managed resource edit its
 * `values` in place (plan_values.c) and append a resource whose body is that
 * object.  Nothing is copied but the NUL-terminated type, name and address
 * strings the resource model needs.
 *
 * Bad shapes (a resource without an address, `values` that is not an
 * object, ...) are located errors on the node at fault; the resources around
 * them are still read, so that one run reports every problem. */
#include "plan.h"
#include "plan_int.h"

#include "../../base/alloc.h"

#include <stdarg.h>
#include <string.h>

enum { MAX_MODULE_DEPTH = 256 };

/* ---- shared helpers ---- */

void ward_tfp_error(ward_tfp_ctx *c, ward_span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ward_diag_addv(c->diags, WARD_D_DOC_SHAPE, span, fmt, ap);
    va_end(ap);
    c->failed = 1;
}

void ward_tfp_warn(ward_tfp_ctx *c, ward_span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ward_diag_addv(c->diags, WARD_D_DOC_NOTE, span, fmt, ap);
    va_end(ap);
}

void ward_tfp_oom(ward_tfp_ctx *c, ward_span span)
{
    if (!c->oom)
        ward_diag_add(c->diags, WARD_D_NO_MEMORY, span, "out of memory while reading the Terraform plan");
    c->oom = 1;
    c->failed = 1;
}

ward_member *ward_tfp_member(ward_node *obj, const char *key, size_t klen)
{
    if (!obj || obj->kind != WARD_N_OBJECT)
        return NULL;
    for (uint32_t i = obj->len; i-- > 0;) {
        ward_member *m = &obj->u.members[i];
        if (m->klen == klen && memcmp(m->key, key, klen) == 0)
            return m;
    }
    return NULL;
}

const ward_node *ward_tfp_get(const ward_node *obj, const char *key, ward_node_kind kind)
{
    const ward_node *v = ward_node_get(obj, key);
    return v && v->kind == kind ? v : NULL;
}

static int str_is(const ward_node *n, const char *s)
{
    return n && n->kind == WARD_N_STRING && ward_node_str_eq(n, s);
}

/* ---- detection ---- */

int ward_tfplan_detect(const ward_doc *doc)
{
    const ward_node *root = doc ? doc->root : NULL;
    if (!root || root->kind != WARD_N_OBJECT || !ward_tfp_get(root, "format_version", WARD_N_STRING))
        return 0;
    return ward_node_get(root, "planned_values") || ward_node_get(root, "resource_changes") ||
           ward_node_get(root, "terraform_version");
}

/* ---- resource_changes ---- */

/* A member that must have a given kind when present: a located error
 * otherwise.  Returns the value, or NULL when absent or wrong. */
static const ward_node *expect_kind(ward_tfp_ctx *c, const ward_node *obj, const char *key, ward_node_kind kind,
                                    const char *what)
{
    const ward_member *m = ward_node_member(obj, key, strlen(key));
    if (!m)
        return NULL;
    if (m->value->kind != kind) {
        ward_tfp_error(c, m->value->span, "'%s' is %s %s, expected %s", key,
                       m->value->kind == WARD_N_ARRAY || m->value->kind == WARD_N_OBJECT ? "an" : "a",
                       ward_node_kind_name((ward_node_kind)m->value->kind), what);
        return NULL;
    }
    return m->value;
}

/* A required string member: a located error (at the member, or at the
 * object when missing) otherwise. */
static const ward_node *need_string(ward_tfp_ctx *c, const ward_node *obj, const char *key, const char *what)
{
    const ward_member *m = ward_node_member(obj, key, strlen(key));
    if (!m) {
        ward_tfp_error(c, obj->span, "%s has no '%s'", what, key);
        return NULL;
    }
    if (m->value->kind != WARD_N_STRING) {
        ward_tfp_error(c, m->value->span, "'%s' of %s is a %s, expected a string", key, what,
                       ward_node_kind_name((ward_node_kind)m->value->kind));
        return NULL;
    }
    return m->value;
}

static void index_changes(ward_tfp_ctx *c, const ward_node *changes)
{
    for (uint32_t i = 0; i < changes->len && !c->oom; i++) {
        const ward_node *rc = changes->u.items[i];
        if (rc->kind != WARD_N_OBJECT) {
            ward_tfp_error(c, rc->span, "a resource change is a %s, expected an object",
                           ward_node_kind_name((ward_node_kind)rc->kind));
            continue;
        }
        const ward_node *addr = need_string(c, rc, "address", "resource change");
        const ward_node *change = ward_tfp_get(rc, "change", WARD_N_OBJECT);
        if (!change) {
            const ward_member *m = ward_node_member(rc, "change", 6);
            ward_tfp_error(c, m ? m->value->span : rc->span, "resource change %.*s has no 'change' object",
                           addr ? (int)addr->len : 0, addr ? addr->u.str : "");
            continue;
        }
        expect_kind(c, change, "actions", WARD_N_ARRAY, "a list");
        /* A deposed object (create_before_destroy) shares the address of the
         * current one and is only ever deleted: it must not hide it. */
        if (ward_node_get(rc, "deposed"))
            continue;
        if (addr && ward_tfp_map_put(&c->changes, addr->u.str, addr->len, rc) != 0)
            ward_tfp_oom(c, rc->span);
    }
}

/* The `change` object of a resource's entry in resource_changes, or NULL. */
static const ward_node *change_of(ward_tfp_ctx *c, const ward_node *addr)
{
    const ward_node *rc = ward_tfp_map_get(&c->changes, addr->u.str, addr->len);
    return rc ? ward_tfp_get(rc, "change", WARD_N_OBJECT) : NULL;
}

/* A resource that the plan only deletes is not deployed, so not checked. */
static int delete_only(const ward_node *change)
{
    const ward_node *a = change ? ward_tfp_get(change, "actions", WARD_N_ARRAY) : NULL;
    return a && a->len == 1 && str_is(a->u.items[0], "delete");
}

/* ---- resources ---- */

static char *dup_str(ward_tfp_ctx *c, const ward_node *s)
{
    char *p = ward_arena_strndup(&c->set->arena, s->u.str, s->len);
    if (!p)
        ward_tfp_oom(c, s->span);
    return p;
}

/* Where members added to `values` go: its key token in the resource object
 * (the token is the key and its quotes, unless the key has escapes). */
static ward_tfp_loc values_loc(const ward_member *vm)
{
    ward_tfp_loc l = {vm->kstart, vm->kstart + vm->klen + 2};
    if (l.kend > vm->value->span.start)
        l.kend = vm->value->span.start;
    return l;
}

/* Edits the body for after_unknown, azapi bodies and sensitivity. */
static void prepare_body(ward_tfp_ctx *c, ward_node *body, ward_tfp_loc loc, const ward_node *change,
                         const ward_node *res, const char *module, const ward_resource *r)
{
    const ward_node *unknown = change ? expect_kind(c, change, "after_unknown", WARD_N_OBJECT, "an object") : NULL;
    if (unknown && unknown->len) {
        const ward_node *type = ward_tfp_get(res, "type", WARD_N_STRING);
        const ward_node *name = ward_tfp_get(res, "name", WARD_N_STRING);
        ward_tfp_cfg cfg = {WARD_TFP_CFG_ANY, NULL};
        if (type && name)
            cfg = ward_tfp_config_resource(c, module, 0, type, name);
        c->module = module;   /* references in the configuration are relative to it */
        ward_tfp_apply_unknown(c, body, unknown, cfg, loc);
        c->module = NULL;
    }
    if (strncmp(r->type, "azapi_", 6) == 0)
        ward_tfp_decode_body(c, body, r->address);
    const ward_node *s = ward_node_get(res, "sensitive_values");
    if (s)
        ward_tfp_mark_sensitive(body, s);
    s = change ? ward_node_get(change, "after_sensitive") : NULL;
    if (s)
        ward_tfp_mark_sensitive(body, s);
}

/* Reads one resource object: from planned_values (body_key "values") or,
 * without planned_values, from resource_changes (body_key "after" inside
 * `change`).  `module` is the module address or NULL. */
static void read_resource(ward_tfp_ctx *c, ward_node *res, const char *module, int from_changes)
{
    if (res->kind != WARD_N_OBJECT) {
        ward_tfp_error(c, res->span, "a resource is a %s, expected an object",
                       ward_node_kind_name((ward_node_kind)res->kind));
        return;
    }
    const ward_node *mode = ward_node_get(res, "mode");
    if (str_is(mode, "data"))
        return;   /* a data source reads; it deploys nothing */
    const ward_node *addr = need_string(c, res, "address", "resource");
    const ward_node *type = need_string(c, res, "type", "resource");
    const ward_node *name = need_string(c, res, "name", "resource");
    const ward_node *change = NULL;
    ward_node *holder = res;
    if (from_changes) {
        change = ward_tfp_get(res, "change", WARD_N_OBJECT);
        holder = (ward_node *)change;
    } else if (addr) {
        change = change_of(c, addr);
    }
    if (!addr || !type || !name || !holder || delete_only(change))
        return;
    const char *key = from_changes ? "after" : "values";
    ward_member *vm = ward_tfp_member(holder, key, strlen(key));
    if (from_changes && vm && vm->value->kind == WARD_N_NULL)
        return;   /* nothing after the change: not deployed */
    if (!vm || vm->value->kind != WARD_N_OBJECT) {
        ward_tfp_error(c, vm ? vm->value->span : holder->span, "resource %.*s has no '%s' object",
                       (int)addr->len, addr->u.str, key);
        return;
    }
    ward_resource r = {WARD_FAM_TERRAFORM, dup_str(c, type), dup_str(c, name), dup_str(c, addr), module,
                       vm->value, res->span, -1, 0, 0};
    if (!r.type || !r.name || !r.address)
        return;
    if (ward_node_get(res, "index"))
        r.flags |= WARD_RF_LOOP;
    r.body_kstart = vm->kstart + 1;   /* absent attributes point at the "values" key (DESIGN.md) */
    prepare_body(c, vm->value, values_loc(vm), change, res, module, &r);
    if (ward_resource_set_add(c->set, &r) < 0)
        ward_tfp_oom(c, res->span);
}

static void read_module(ward_tfp_ctx *c, ward_node *mod, const char *module, int depth)
{
    if (mod->kind != WARD_N_OBJECT) {
        ward_tfp_error(c, mod->span, "a module is a %s, expected an object",
                       ward_node_kind_name((ward_node_kind)mod->kind));
        return;
    }
    if (depth > MAX_MODULE_DEPTH) {
        ward_tfp_error(c, mod->span, "modules nested more than %d deep", MAX_MODULE_DEPTH);
        return;
    }
    const ward_node *res = expect_kind(c, mod, "resources", WARD_N_ARRAY, "a list");
    for (uint32_t i = 0; res && i < res->len && !c->oom; i++)
        read_resource(c, res->u.items[i], module, 0);
    const ward_node *kids = expect_kind(c, mod, "child_modules", WARD_N_ARRAY, "a list");
    for (uint32_t i = 0; kids && i < kids->len && !c->oom; i++) {
        ward_node *kid = kids->u.items[i];
        const ward_node *addr = kid->kind == WARD_N_OBJECT ? need_string(c, kid, "address", "child module") : NULL;
        char *name = addr ? dup_str(c, addr) : NULL;
        if (kid->kind != WARD_N_OBJECT || name)
            read_module(c, kid, name, depth + 1);
    }
}

/* Without planned_values: every managed change that leaves something behind. */
static void read_changes(ward_tfp_ctx *c, const ward_node *changes)
{
    for (uint32_t i = 0; i < changes->len && !c->oom; i++) {
        ward_node *rc = changes->u.items[i];
        if (rc->kind != WARD_N_OBJECT || !ward_tfp_get(rc, "change", WARD_N_OBJECT) || ward_node_get(rc, "deposed"))
            continue;   /* reported by index_changes, or a deposed object on its way out */
        const ward_node *mod = ward_tfp_get(rc, "module_address", WARD_N_STRING);
        char *module = mod ? dup_str(c, mod) : NULL;
        if (!mod || module)
            read_resource(c, rc, module, 1);
    }
}

static void read_plan(ward_tfp_ctx *c, ward_node *root)
{
    const ward_node *changes = expect_kind(c, root, "resource_changes", WARD_N_ARRAY, "a list");
    if (changes)
        index_changes(c, changes);
    c->configuration = expect_kind(c, root, "configuration", WARD_N_OBJECT, "an object");
    c->config_state = c->configuration ? 0 : -1;
    const ward_node *pv = expect_kind(c, root, "planned_values", WARD_N_OBJECT, "an object");
    if (!pv && !ward_node_get(root, "planned_values") && !changes)
        pv = expect_kind(c, root, "values", WARD_N_OBJECT, "an object");   /* the JSON state view */
    if (pv) {
        ward_node *mod = (ward_node *)ward_node_get(pv, "root_module");
        if (mod)
            read_module(c, mod, NULL, 0);
    } else if (changes) {
        read_changes(c, changes);
    } else if (!c->failed) {
        ward_tfp_error(c, root->span, "Terraform plan has neither 'planned_values' nor 'resource_changes'");
    }
}

int ward_tfplan_read(ward_resource_set *set, ward_doc *doc, ward_sources *src, const ward_read_opts *opts,
                     ward_diags *diags)
{
    (void)opts;
    ward_node *root = doc->root;
    uint32_t file = doc->file;
    /* Adopt first: if that fails the doc is freed and nothing points into it. */
    if (ward_resource_set_adopt(set, doc) != 0) {
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory");
        return WARD_READ_ERROR;
    }
    if (!root || root->kind != WARD_N_OBJECT) {
        ward_diag_add(diags, WARD_D_DOC_SHAPE, root ? root->span : ward_span_make(file, 0, 0),
                      "a Terraform plan must be a JSON object");
        return WARD_READ_ERROR;
    }
    const ward_source *f = ward_sources_get(src, file);
    ward_tfp_ctx c;
    memset(&c, 0, sizeof c);
    c.set = set;
    c.src = src;
    c.diags = diags;
    c.file = file;
    c.path = f && f->path ? f->path : "plan";
    ward_tfp_map_init(&c.changes);
    ward_tfp_map_init(&c.config);
    ward_arena_init(&c.scratch);
    read_plan(&c, root);
    ward_tfp_map_free(&c.changes);
    ward_tfp_map_free(&c.config);
    ward_arena_free(&c.scratch);
    ward_free(c.key);
    return c.failed ? WARD_READ_ERROR : WARD_READ_OK;
}
