/* plan_config.c: does the plan's configuration set an attribute?
 *
 * `terraform show -json` puts the configuration beside the plan: per module
 * (root_module, then module_calls.NAME.module recursively) a list of
 * resources whose `expressions` object maps each attribute the .tf file
 * writes to an expression ({"constant_value": ...} or {"references": [...]})
 * and each nested block to a list of such objects (an object for a single
 * block).  The reader needs one answer from it: for an attribute in
 * after_unknown, was it written (then its value is unknown) or not (then it
 * is the provider's default, and absent)?
 *
 * The configuration JSON is known to leave out `dynamic` blocks and blocks
 * in attribute syntax (hashicorp/terraform#28346, #29022), so a block that
 * the configuration omits but the plan fills is taken as written (ANY): a
 * rule then sees "unknown", never a silent pass or fail.  A resource the
 * configuration does not list at all is treated the same way. */
#include "plan_int.h"

#include "../../base/alloc.h"
#include "../../base/vec.h"

#include <string.h>

enum { MAX_MODULE_DEPTH = 256 };

/* Ensures c->key holds n bytes. */
static int key_reserve(ward_tfp_ctx *c, size_t n)
{
    return ward_vec_reserve((void **)&c->key, &c->keycap, n, 1);
}

/* Index key of a configuration resource: "module.a.module.b." + address. */
static void index_resource(ward_tfp_ctx *c, const char *prefix, const ward_node *res)
{
    const ward_node *addr = ward_tfp_get(res, "address", WARD_N_STRING);
    if (!addr) {
        ward_tfp_warn(c, res->span, "configuration resource without an 'address' (ignored)");
        return;
    }
    const char *key = addr->u.str;
    size_t klen = addr->len;
    if (prefix) {
        char *k = ward_arena_printf(&c->scratch, "%s.%.*s", prefix, (int)addr->len, addr->u.str);
        if (!k) {
            ward_tfp_oom(c, res->span);
            return;
        }
        key = k;
        klen = strlen(k);
    }
    if (ward_tfp_map_put(&c->config, key, klen, res) != 0)
        ward_tfp_oom(c, res->span);
}

static void index_module(ward_tfp_ctx *c, const ward_node *mod, const char *prefix, int depth)
{
    if (depth > MAX_MODULE_DEPTH)
        return;
    const ward_node *res = ward_tfp_get(mod, "resources", WARD_N_ARRAY);
    for (uint32_t i = 0; res && i < res->len; i++)
        if (res->u.items[i]->kind == WARD_N_OBJECT)
            index_resource(c, prefix, res->u.items[i]);
    const ward_node *calls = ward_tfp_get(mod, "module_calls", WARD_N_OBJECT);
    for (uint32_t i = 0; calls && i < calls->len; i++) {
        const ward_member *m = &calls->u.members[i];
        const ward_node *sub = ward_tfp_get(m->value, "module", WARD_N_OBJECT);
        if (!sub)
            continue;
        char *p = prefix ? ward_arena_printf(&c->scratch, "%s.module.%.*s", prefix, (int)m->klen, m->key)
                         : ward_arena_printf(&c->scratch, "module.%.*s", (int)m->klen, m->key);
        if (!p) {
            ward_tfp_oom(c, m->value->span);
            return;
        }
        index_module(c, sub, p, depth + 1);
    }
}

static void build_index(ward_tfp_ctx *c)
{
    const ward_node *root = ward_tfp_get(c->configuration, "root_module", WARD_N_OBJECT);
    c->config_state = root ? 1 : -1;
    if (root)
        index_module(c, root, NULL, 0);
}

/* Appends s[0..n) to the key buffer at *len without instance keys:
 * `module.a["x"].module.b[0]` gives `module.a.module.b`. */
static int append_stripped(ward_tfp_ctx *c, size_t *len, const char *s, size_t n)
{
    if (key_reserve(c, *len + n + 1) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '[') {
            c->key[(*len)++] = s[i];
            continue;
        }
        int quoted = 0;
        for (i++; i < n && (quoted || s[i] != ']'); i++) {
            if (quoted && s[i] == '\\')
                i++;
            else if (s[i] == '"')
                quoted = !quoted;
        }
    }
    return 0;
}

static int append(ward_tfp_ctx *c, size_t *len, const char *s, size_t n)
{
    if (key_reserve(c, *len + n + 1) != 0)
        return -1;
    memcpy(c->key + *len, s, n);
    *len += n;
    return 0;
}

ward_tfp_cfg ward_tfp_config_resource(ward_tfp_ctx *c, const char *module, int data, const ward_node *type,
                                      const ward_node *name)
{
    ward_tfp_cfg any = {WARD_TFP_CFG_ANY, NULL};
    if (c->config_state == 0)
        build_index(c);
    if (c->config_state < 0)
        return any;
    size_t len = 0;
    int bad = 0;
    if (module)
        bad |= append_stripped(c, &len, module, strlen(module)) || append(c, &len, ".", 1);
    if (data)
        bad |= append(c, &len, "data.", 5);
    bad |= append(c, &len, type->u.str, type->len) || append(c, &len, ".", 1) ||
           append(c, &len, name->u.str, name->len);
    if (bad) {
        ward_tfp_oom(c, type->span);
        return any;
    }
    const ward_node *res = ward_tfp_map_get(&c->config, c->key, len);
    if (!res)
        return any;
    ward_tfp_cfg block = {WARD_TFP_CFG_BLOCK, ward_tfp_get(res, "expressions", WARD_N_OBJECT)};
    return block;
}

/* An expression object, as opposed to a single nested block.  An empty
 * object is an expression without constant value or references (e.g. a
 * function call), or an empty block: either way "written". */
static int is_expression(const ward_node *e)
{
    return e->len == 0 || ward_node_get(e, "constant_value") || ward_node_get(e, "references");
}

static int non_empty_container(const ward_node *n)
{
    return n && (n->kind == WARD_N_ARRAY || n->kind == WARD_N_OBJECT) && n->len > 0;
}

static ward_tfp_cfg cfg_of(const ward_node *e)
{
    ward_tfp_cfg r = {WARD_TFP_CFG_ANY, NULL};
    if (e->kind == WARD_N_ARRAY) {
        r.kind = WARD_TFP_CFG_BLOCKS;
        r.node = e;
    } else if (e->kind == WARD_N_OBJECT && !is_expression(e)) {
        r.kind = WARD_TFP_CFG_BLOCK;
        r.node = e;
    }
    return r;
}

ward_tfp_cfg ward_tfp_cfg_member(ward_tfp_cfg c, const char *key, uint32_t klen, const ward_node *have)
{
    ward_tfp_cfg r = {WARD_TFP_CFG_ANY, NULL};
    if (c.kind == WARD_TFP_CFG_NONE || c.kind == WARD_TFP_CFG_ANY)
        return c;
    if (c.kind != WARD_TFP_CFG_BLOCK)
        return r;   /* shapes disagree: be conservative */
    const ward_member *m = ward_node_member(c.node, key, klen);
    if (m)
        return cfg_of(m->value);
    /* Not written, unless it is a block the configuration JSON leaves out. */
    if (!non_empty_container(have))
        r.kind = WARD_TFP_CFG_NONE;
    return r;
}

ward_tfp_cfg ward_tfp_cfg_index(ward_tfp_cfg c, uint32_t i)
{
    ward_tfp_cfg r = {WARD_TFP_CFG_ANY, NULL};
    switch (c.kind) {
    case WARD_TFP_CFG_BLOCKS:
        if (i < c.node->len)
            return cfg_of(c.node->u.items[i]);
        return r;
    case WARD_TFP_CFG_BLOCK:
        /* A single block that the plan's values show as a one-element list. */
        return i == 0 ? c : r;
    default:
        return c;
    }
}
