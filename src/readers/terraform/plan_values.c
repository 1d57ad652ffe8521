/* plan_values.c: a resource's `values` as rules should see them.
 *
 * The plan states what it cannot know before apply in a parallel tree,
 * after_unknown, and what is sensitive in another, after_sensitive.  Instead
 * of copying the values into a new tree (a 100 MB plan must stay under 2x
 * memory), the reader edits the parsed document in place: a known-after-apply
 * attribute's value pointer is swapped for an UNKNOWN node, a default's
 * member is dropped, and only an object or list that gains a member is given
 * a new, larger member array.  The document belongs to the resource set and
 * no other resource shares these nodes, so nothing else sees the edits.
 *
 * New nodes are allocated in the set's arena, which starts small, rather
 * than the document's, whose next block after a large parse is 64 MB. */
#include "plan_int.h"

#include "../json/json.h"
#include "../../base/alloc.h"

#include <stdio.h>
#include <string.h>

static const char KNOWN_AFTER_APPLY[] = "known after apply";

static ward_node *unknown_node(ward_tfp_ctx *c, ward_span span)
{
    ward_node *n = ward_node_new(&c->set->arena, WARD_N_UNKNOWN, span);
    if (!n) {
        ward_tfp_oom(c, span);
        return NULL;
    }
    n->u.str = KNOWN_AFTER_APPLY;   /* static: outlives every set */
    n->len = (uint32_t)(sizeof KNOWN_AFTER_APPLY - 1);
    return n;
}

static int is_true(const ward_node *n) { return n->kind == WARD_N_BOOL && n->u.b; }

/* Does an after_unknown container mark anything inside it? */
static int has_true(const ward_node *u)
{
    if (is_true(u))
        return 1;
    if (u->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < u->len; i++)
            if (has_true(u->u.members[i].value))
                return 1;
    } else if (u->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < u->len; i++)
            if (has_true(u->u.items[i]))
                return 1;
    }
    return 0;
}

/* Drops every member `key` of obj (the plan's default for an attribute the
 * configuration does not set is "absent", whatever placeholder it shows). */
static void remove_members(ward_node *obj, const char *key, uint32_t klen)
{
    uint32_t out = 0;
    for (uint32_t i = 0; i < obj->len; i++) {
        const ward_member *m = &obj->u.members[i];
        if (m->klen == klen && memcmp(m->key, key, klen) == 0)
            continue;
        obj->u.members[out++] = *m;
    }
    obj->len = out;
}

/* Gives obj room for one more member: a new array in the set's arena, sized
 * for all the additions after_unknown may still make (`room`). */
static int reserve_member(ward_tfp_ctx *c, ward_node *obj, uint32_t *cap, uint32_t room)
{
    if (obj->len < *cap)
        return 0;
    uint32_t ncap = obj->len + room;
    ward_member *ms = ward_arena_alloc(&c->set->arena, (size_t)ncap * sizeof *ms);
    if (!ms) {
        ward_tfp_oom(c, obj->span);
        return -1;
    }
    if (obj->len)
        memcpy(ms, obj->u.members, (size_t)obj->len * sizeof *ms);
    obj->u.members = ms;
    *cap = ncap;
    return 0;
}

/* A reference of the configuration that names another managed resource:
 * "azurerm_x.y.id" (or "azurerm_x.y[0].principal_id").  Writes the address
 * (with the module prefix) and the attribute path. */
static int resource_reference(const ward_tfp_ctx *c, const ward_node *ref, char *addr, size_t acap, const char **path)
{
    static const char *const not_resources[] = {"var.", "local.", "each.", "count.", "path.", "terraform.",
                                                "self.", "module.", "data."};
    if (ref->kind != WARD_N_STRING)
        return 0;
    for (size_t i = 0; i < sizeof not_resources / sizeof *not_resources; i++)
        if (ref->len >= strlen(not_resources[i]) && !memcmp(ref->u.str, not_resources[i], strlen(not_resources[i])))
            return 0;
    const char *s = ref->u.str, *end = s + ref->len;
    const char *dot1 = memchr(s, '.', (size_t)(end - s));
    const char *dot2 = dot1 ? memchr(dot1 + 1, '.', (size_t)(end - dot1 - 1)) : NULL;
    if (!dot1 || !dot2)
        return 0;   /* the bare address: a later, longer reference says which attribute */
    int n = snprintf(addr, acap, "%s%s%.*s", c->module ? c->module : "", c->module ? "." : "", (int)(dot2 - s), s);
    *path = dot2 + 1;
    return n > 0 && (size_t)n < acap;
}

/* "known after apply", or when the configuration writes the attribute as a
 * reference to another resource, "reference(<address>).<attribute>" so that
 * policies can join on it (ref(), referenced_property()). */
static ward_node *unknown_for(ward_tfp_ctx *c, const ward_member *um, ward_tfp_cfg cfg, ward_span span)
{
    const ward_member *e = cfg.kind == WARD_TFP_CFG_BLOCK && cfg.node ? ward_node_member(cfg.node, um->key, um->klen) : NULL;
    const ward_node *refs = e && e->value->kind == WARD_N_OBJECT ? ward_node_get(e->value, "references") : NULL;
    for (uint32_t i = 0; refs && refs->kind == WARD_N_ARRAY && i < refs->len; i++) {
        char addr[512];
        const char *path;
        const ward_node *r = refs->u.items[i];
        if (!resource_reference(c, r, addr, sizeof addr, &path))
            continue;
        char *text = ward_arena_printf(&c->set->arena, "reference(%s).%.*s", addr,
                                       (int)(r->len - (uint32_t)(path - r->u.str)), path);
        ward_node *u = text ? ward_node_unknown(&c->set->arena, text, span) : NULL;
        if (u)
            u->flags |= WARD_NF_REFERENCE;
        return u;
    }
    return unknown_node(c, span);
}

/* Replaces the value of `key` by an unknown at the same place, or adds the
 * member at the container's position. */
static void set_unknown(ward_tfp_ctx *c, ward_node *obj, const ward_member *um, ward_tfp_loc loc, uint32_t *cap,
                        uint32_t room, ward_tfp_cfg cfg)
{
    ward_member *m = ward_tfp_member(obj, um->key, um->klen);
    if (m) {
        ward_node *u = unknown_for(c, um, cfg, m->value->span);
        if (u)
            m->value = u;
        return;
    }
    ward_node *u = unknown_for(c, um, cfg, ward_span_make(obj->span.file, loc.kstart, loc.kend));
    if (!u || reserve_member(c, obj, cap, room) != 0)
        return;
    ward_member nm = {um->key, um->klen, loc.kstart, u};
    obj->u.members[obj->len++] = nm;
}

static void apply_array(ward_tfp_ctx *c, ward_node *arr, const ward_node *u, ward_tfp_cfg cfg);

/* The position of an existing member, for members added inside its value. */
static ward_tfp_loc member_loc(const ward_member *m)
{
    ward_tfp_loc l = {m->kstart, m->kstart + m->klen + 2};
    if (l.kend > m->value->span.start || l.kend < l.kstart)   /* escaped key: the token is longer than its text */
        l.kend = m->value->span.start;
    return l;
}

static ward_tfp_loc item_loc(const ward_node *n)
{
    ward_tfp_loc l = {n->span.start, n->span.start + 1};
    return l;
}

/* Steps into a nested object or list of the values. */
static void descend(ward_tfp_ctx *c, ward_node *have, const ward_node *u, ward_tfp_cfg cfg, ward_tfp_loc loc)
{
    if (have->kind == WARD_N_OBJECT && u->kind == WARD_N_OBJECT)
        ward_tfp_apply_unknown(c, have, u, cfg, loc);
    else if (have->kind == WARD_N_ARRAY && u->kind == WARD_N_ARRAY)
        apply_array(c, have, u, cfg);
    /* Other pairings: after_unknown describes a shape the values do not
     * have (nothing there is unknown by itself), so there is nothing to do. */
}

void ward_tfp_apply_unknown(ward_tfp_ctx *c, ward_node *values, const ward_node *u, ward_tfp_cfg cfg,
                            ward_tfp_loc loc)
{
    uint32_t cap = values->len;   /* the parser sizes member arrays exactly */
    for (uint32_t i = 0; i < u->len && !c->oom; i++) {
        const ward_member *um = &u->u.members[i];
        ward_member *m = ward_tfp_member(values, um->key, um->klen);
        ward_tfp_cfg sub = ward_tfp_cfg_member(cfg, um->key, um->klen, m ? m->value : NULL);
        /* A container of unknowns that the values leave out is, to a rule,
         * as unknown as a whole. */
        if (is_true(um->value) || (!m && has_true(um->value))) {
            if (sub.kind == WARD_TFP_CFG_NONE)
                remove_members(values, um->key, um->klen);
            else
                set_unknown(c, values, um, loc, &cap, u->len - i, cfg);
        } else if (m) {
            descend(c, m->value, um->value, sub, member_loc(m));
        }
    }
}

/* Lists: an element is unknown as a whole (its list was written, or the
 * plan would mark the list itself), or holds unknowns of its own. */
static void apply_array(ward_tfp_ctx *c, ward_node *arr, const ward_node *u, ward_tfp_cfg cfg)
{
    uint32_t n = arr->len < u->len ? arr->len : u->len;
    for (uint32_t i = 0; i < n && !c->oom; i++) {
        const ward_node *ui = u->u.items[i];
        if (is_true(ui)) {
            ward_node *x = unknown_node(c, arr->u.items[i]->span);
            if (x)
                arr->u.items[i] = x;
        } else {
            descend(c, arr->u.items[i], ui, ward_tfp_cfg_index(cfg, i), item_loc(arr->u.items[i]));
        }
    }
    int grows = 0;
    for (uint32_t i = n; i < u->len; i++)
        grows |= is_true(u->u.items[i]);
    if (!grows || c->oom)
        return;
    /* Unknown elements past the known ones: the list grows to match, at the
     * list's position. */
    ward_node **items = ward_arena_alloc(&c->set->arena, (size_t)u->len * sizeof *items);
    if (!items) {
        ward_tfp_oom(c, arr->span);
        return;
    }
    if (n)
        memcpy(items, arr->u.items, (size_t)n * sizeof *items);
    for (uint32_t i = n; i < u->len; i++)
        if (!(items[i] = unknown_node(c, ward_span_make(arr->span.file, arr->span.start, arr->span.start + 1))))
            return;
    arr->u.items = items;
    arr->len = u->len;
}

/* ---- sensitive values ---- */

static void flag_tree(ward_node *n)
{
    n->flags |= WARD_NF_SECRET;
    if (n->kind == WARD_N_OBJECT)
        for (uint32_t i = 0; i < n->len; i++)
            flag_tree(n->u.members[i].value);
    else if (n->kind == WARD_N_ARRAY)
        for (uint32_t i = 0; i < n->len; i++)
            flag_tree(n->u.items[i]);
}

void ward_tfp_mark_sensitive(ward_node *values, const ward_node *s)
{
    if (is_true(s)) {
        flag_tree(values);
    } else if (s->kind == WARD_N_OBJECT && values->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < s->len; i++) {
            const ward_member *sm = &s->u.members[i];
            ward_member *m = ward_tfp_member(values, sm->key, sm->klen);
            if (m)
                ward_tfp_mark_sensitive(m->value, sm->value);
        }
    } else if (s->kind == WARD_N_ARRAY && values->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < s->len && i < values->len; i++)
            ward_tfp_mark_sensitive(values->u.items[i], s->u.items[i]);
    }
}

/* ---- azapi bodies ---- */

/* Every node of a decoded body points at the string it came from: offsets
 * inside the decoded text do not map back through the escapes. */
static void relocate(ward_node *n, ward_span span)
{
    n->span = span;
    if (n->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < n->len; i++) {
            n->u.members[i].kstart = span.start;
            relocate(n->u.members[i].value, span);
        }
    } else if (n->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < n->len; i++)
            relocate(n->u.items[i], span);
    }
}

static int looks_like_json(const char *s, uint32_t n)
{
    uint32_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i < n && (s[i] == '{' || s[i] == '[');
}

void ward_tfp_decode_body(ward_tfp_ctx *c, ward_node *values, const char *address)
{
    ward_member *m = ward_tfp_member(values, "body", 4);
    if (!m || m->value->kind != WARD_N_STRING || !looks_like_json(m->value->u.str, m->value->len))
        return;
    const ward_node *s = m->value;
    /* The decoded text becomes a file of its own so the JSON reader can
     * parse it; its nodes are then placed at the string in the plan. */
    char name[512];
    snprintf(name, sizeof name, "%s (body of %s)", c->path, address);
    uint32_t id = ward_sources_add(c->src, name, s->u.str, s->len);
    ward_doc *doc = id == WARD_NO_FILE ? NULL : ward_malloc(sizeof *doc);
    if (!doc) {
        ward_tfp_oom(c, s->span);
        return;
    }
    ward_doc_init(doc, id);
    ward_diags tmp;
    ward_diags_init(&tmp);
    if (ward_json_parse(doc, c->src, id, NULL, &tmp) != 0) {
        ward_tfp_warn(c, s->span, "the body of %s is not valid JSON (%s); rules see it as a string", address,
                      tmp.n ? tmp.items[0].message : "out of memory");
        ward_diags_free(&tmp);
        ward_doc_free(doc);
        ward_free(doc);
        return;
    }
    ward_diags_free(&tmp);
    ward_node *root = doc->root;
    relocate(root, s->span);
    root->flags |= (uint8_t)(s->flags & WARD_NF_SECRET);
    if (ward_resource_set_adopt(c->set, doc) != 0) {
        ward_tfp_oom(c, s->span);
        return;
    }
    m->value = root;
}
