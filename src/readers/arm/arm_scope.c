/* arm_scope.c: evaluation of template values for the ARM reader.
 *
 * A scope holds the parameters, variables and user-defined functions of one
 * template.  Parameters and variables are resolved lazily, on their first
 * use, and cached: big compiled Bicep templates declare hundreds of
 * variables that few resources read.  A name being resolved that is asked
 * for again is a cycle and gives an UNKNOWN instead of recursing.
 *
 * Every evaluation goes through arm_eval_string, which meters the steps of
 * the whole entry template against WARD_ARM_WORK_BUDGET: past it, values
 * are UNKNOWN and one note says so, so that no template can make a run hang.
 *
 * Locations: a value that comes from elsewhere (a parameter file, a default,
 * a variable) is placed at the span of the template string that asked for
 * it, and keeps where it came from as its origin.  Containers are placed
 * deeply, so a finding on a member of an object parameter still points at
 * the template property and names the parameter file line as origin. */
#include "armint.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define ARM_PLACE_BUDGET 4096   /* nodes re-placed per evaluated string */

bool arm_ieq(const char *a, size_t alen, const char *b)
{
    return alen == strlen(b) && strncasecmp(a, b, alen) == 0;
}

ward_node *arm_unknown(arm_reader *r, ward_span span, const char *fmt, ...)
{
    char buf[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return ward_node_unknown(r->arena, buf, span);
}

void arm_warn(arm_reader *r, ward_span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ward_diag_addv(r->diags, WARD_D_DOC_NOTE, span, fmt, ap);
    va_end(ap);
}

const char *arm_node_text(arm_reader *r, const ward_node *v, const ward_node *raw)
{
    if (v && v->kind == WARD_N_STRING)
        return ward_arena_strndup(r->arena, v->u.str, v->len);
    if (v && v->kind == WARD_N_NUMBER)
        return ward_arena_printf(r->arena, "%.17g", v->u.num);
    if (raw && raw->kind == WARD_N_STRING)
        return ward_arena_strndup(r->arena, raw->u.str, raw->len);
    return "<unknown>";
}

/* --- scopes ------------------------------------------------------------------ */

static arm_named *named_array(arm_reader *r, size_t n)
{
    return n ? ward_arena_zalloc(r->arena, n * sizeof(arm_named)) : NULL;
}

/* Variables: one entry per member, and one per item of a `copy` array. */
static void scope_vars(arm_scope *s, const ward_node *vars)
{
    size_t n = 0;
    for (uint32_t i = 0; i < vars->len; i++) {
        const ward_member *m = &vars->u.members[i];
        n += arm_ieq(m->key, m->klen, "copy") && m->value->kind == WARD_N_ARRAY ? m->value->len : 1;
    }
    s->vars = named_array(s->r, n);
    if (!s->vars)
        return;
    for (uint32_t i = 0; i < vars->len; i++) {
        const ward_member *m = &vars->u.members[i];
        if (!(arm_ieq(m->key, m->klen, "copy") && m->value->kind == WARD_N_ARRAY)) {
            s->vars[s->nvars++] = (arm_named){m->key, m->klen, m->value, NULL, NULL, 0, 0};
            continue;
        }
        for (uint32_t k = 0; k < m->value->len; k++) {
            const ward_node *item = m->value->u.items[k];
            const ward_node *nm = ward_node_get(item, "name");
            if (nm && nm->kind == WARD_N_STRING)
                s->vars[s->nvars++] = (arm_named){nm->u.str, nm->len, item, NULL, NULL, 0, 1};
            else
                arm_warn(s->r, item->span, "variable copy entry has no \"name\" string; ignored");
        }
    }
}

arm_scope *arm_scope_new(arm_reader *r, const ward_node *tmpl, const char *deployment)
{
    arm_scope *s = ward_arena_zalloc(r->arena, sizeof *s);
    if (!s)
        return NULL;
    s->r = r;
    s->tmpl = tmpl;
    s->file = tmpl->span.file;
    s->deployment = deployment;
    const ward_node *params = ward_node_get(tmpl, "parameters");
    if (params && params->kind == WARD_N_OBJECT && (s->params = named_array(r, params->len)))
        for (uint32_t i = 0; i < params->len; i++) {
            const ward_member *m = &params->u.members[i];
            s->params[s->nparams++] = (arm_named){m->key, m->klen, m->value, NULL, NULL, 0, 0};
        }
    const ward_node *vars = ward_node_get(tmpl, "variables");
    if (vars && vars->kind == WARD_N_OBJECT)
        scope_vars(s, vars);
    const ward_node *fns = ward_node_get(tmpl, "functions");
    if (fns && fns->kind == WARD_N_ARRAY)
        s->functions = fns;
    return s;
}

static arm_named *find_named(arm_named *v, size_t n, const char *name, size_t len)
{
    /* ARM names are case-insensitive; the last declaration wins, as for JSON keys. */
    for (size_t i = n; i-- > 0;)
        if (v[i].len == len && strncasecmp(v[i].name, name, len) == 0)
            return &v[i];
    return NULL;
}

bool arm_scope_give(arm_scope *s, const char *name, size_t len, const ward_node *value)
{
    arm_named *p = find_named(s->params, s->nparams, name, len);
    if (!p)
        return false;
    p->given = value;
    p->value = NULL;
    p->state = 0;
    return true;
}

/* --- evaluation callbacks ----------------------------------------------------- */

static ward_node *resolve_param(arm_ev *ev, arm_named *p);
static ward_node *resolve_var(arm_ev *ev, arm_named *v);

static const ward_node *cb_parameter(ward_eval_ctx *ctx, const char *name, size_t len)
{
    arm_ev *ev = ctx->user;
    arm_named *p = find_named(ev->scope->params, ev->scope->nparams, name, len);
    return p ? resolve_param(ev, p) : NULL;
}

static const ward_node *cb_variable(ward_eval_ctx *ctx, const char *name, size_t len)
{
    arm_ev *ev = ctx->user;
    arm_named *v = find_named(ev->scope->vars, ev->scope->nvars, name, len);
    return v ? resolve_var(ev, v) : NULL;
}

static const ward_node *cb_function(ward_eval_ctx *ctx, const char *ns, size_t nslen, const char *name,
                                    size_t nlen)
{
    arm_ev *ev = ctx->user;
    const ward_node *fns = ev->scope->functions;
    for (uint32_t i = 0; fns && i < fns->len; i++) {
        const ward_node *space = ward_node_get(fns->u.items[i], "namespace");
        const ward_node *members = ward_node_get(fns->u.items[i], "members");
        if (!space || space->kind != WARD_N_STRING || space->len != nslen ||
            strncasecmp(space->u.str, ns, nslen) != 0 || !members || members->kind != WARD_N_OBJECT)
            continue;
        for (uint32_t k = members->len; k-- > 0;)
            if (members->u.members[k].klen == nlen && strncasecmp(members->u.members[k].key, name, nlen) == 0)
                return members->u.members[k].value;
    }
    return NULL;
}

static int cb_copy_index(ward_eval_ctx *ctx, const char *loop, size_t len, int64_t *index)
{
    arm_ev *ev = ctx->user;
    for (size_t i = ev->nloops; i-- > 0;) {
        const arm_loop *l = &ev->loops[i];
        if ((len == 0 && l->resource) || (len && l->len == len && strncasecmp(l->name, loop, len) == 0)) {
            if (!l->known)
                return -1;
            *index = l->index;
            return 0;
        }
    }
    return -1;
}

static void ctx_setup(ward_eval_ctx *ctx, arm_ev *ev, long left)
{
    ward_eval_ctx_init(ctx, ev->scope->r->arena, ev->scope->r->diags);
    ctx->user = ev;
    ctx->parameter = cb_parameter;
    ctx->variable = cb_variable;
    ctx->user_function = cb_function;
    ctx->copy_index = cb_copy_index;
    ctx->facts.deployment_name = ev->scope->deployment;
    ctx->budget = left < WARD_EVAL_DEFAULT_BUDGET ? left : WARD_EVAL_DEFAULT_BUDGET;
}

/* --- lazy parameters and variables ------------------------------------------- */

static bool secure_type(const ward_node *decl)
{
    const ward_node *t = ward_node_get_ci(decl, "type");
    return t && t->kind == WARD_N_STRING && (arm_ieq(t->u.str, t->len, "securestring") || arm_ieq(t->u.str, t->len, "secureobject"));
}

/* A child evaluation site for a parameter default or a variable: the same
 * scope, none of the caller's copy loops (ARM forbids copyIndex there). */
static arm_ev child_ev(const arm_ev *ev)
{
    arm_ev c;
    memset(&c, 0, sizeof c);
    c.scope = ev->scope;
    c.lookup_depth = ev->lookup_depth + 1;
    return c;
}

static ward_node *with_origin(arm_reader *r, ward_node *v, ward_span origin, const char *label, bool secret)
{
    if (!v)
        return NULL;
    const char *old = NULL;
    const ward_span *o = ward_node_origin(v, &old);
    ward_node *n = ward_node_relocate(r->arena, v, v->span, o ? *o : origin, o && old ? old : label);
    if (n && secret)
        n->flags |= WARD_NF_SECRET;
    return n;
}

static ward_node *param_value(arm_ev *ev, arm_named *p)
{
    arm_reader *r = ev->scope->r;
    const ward_node *decl = p->decl;
    bool secret = decl->kind == WARD_N_OBJECT && secure_type(decl);
    int shown = (int)(p->len > 60 ? 60 : p->len);
    const ward_node *def = ward_node_get_ci(decl, "defaultValue");
    /* A null passed for a parameter with a default means "use the default"
     * (Bicep modules pass tryGet(...) results through this way). */
    if (p->given && !(p->given->kind == WARD_N_NULL && def))
        return with_origin(r, (ward_node *)p->given, p->given->span, NULL, secret);
    if (def) {
        arm_ev c = child_ev(ev);
        ward_node *v = arm_eval_tree(&c, def);
        char *label = ward_arena_printf(r->arena, "default of parameter '%.*s'", shown, p->name);
        return with_origin(r, v, def->span, label, secret);
    }
    const ward_node *nullable = ward_node_get_ci(decl, "nullable");
    if (nullable && nullable->kind == WARD_N_BOOL && nullable->u.b)
        return ward_node_new(r->arena, WARD_N_NULL, decl->span);
    ward_node *u = arm_unknown(r, decl->span, "parameter '%.*s' has no value", shown, p->name);
    if (u && secret)
        u->flags |= WARD_NF_SECRET;
    return u;
}

static ward_node *resolve_param(arm_ev *ev, arm_named *p)
{
    arm_reader *r = ev->scope->r;
    int shown = (int)(p->len > 60 ? 60 : p->len);
    if (p->state == 2)
        return p->value;
    if (p->state == 1)
        return arm_unknown(r, p->decl->span, "parameter '%.*s' refers to itself", shown, p->name);
    if (ev->lookup_depth >= ARM_MAX_LOOKUP_DEPTH)
        return arm_unknown(r, p->decl->span, "parameters nested too deeply");
    p->state = 1;
    p->value = param_value(ev, p);
    p->state = p->value ? 2 : 0;
    return p->value;
}

bool arm_push_loop(arm_ev *ev, const char *name, size_t len, int64_t index, int known, int resource)
{
    if (ev->nloops >= ARM_MAX_LOOPS)
        return false;
    ev->loops[ev->nloops++] = (arm_loop){name, len, index, known, resource};
    return true;
}

/* Evaluates a copy count: the number of instances, or -1 when unknown. */
int64_t arm_copy_count(arm_ev *ev, const ward_node *count, ward_span at)
{
    if (!count)
        return -1;
    const ward_node *v = count->kind == WARD_N_STRING ? arm_eval_string(ev, count) : count;
    if (!v || v->kind != WARD_N_NUMBER || v->u.num < 0 || v->u.num != (double)(int64_t)v->u.num)
        return -1;
    if (v->u.num > WARD_ARM_MAX_COPY) {
        arm_warn(ev->scope->r, at, "copy count %.0f is more than ward expands (%u); only the first %u are checked",
                 v->u.num, WARD_ARM_MAX_COPY, WARD_ARM_MAX_COPY);
        return WARD_ARM_MAX_COPY;
    }
    return (int64_t)v->u.num;
}

/* The array of a property or variable copy ({name, count, input}). */
ward_node *arm_eval_copy(arm_ev *ev, const ward_node *item, const char *name, size_t nlen, int resource)
{
    arm_reader *r = ev->scope->r;
    const ward_node *input = ward_node_get(item, "input");
    if (!input)
        return arm_unknown(r, item->span, "copy has no \"input\"");
    int64_t n = arm_copy_count(ev, ward_node_get(item, "count"), item->span);
    if (n < 0)
        return arm_unknown(r, item->span, "the number of copies of '%.*s' is not known before deployment",
                           (int)(nlen > 60 ? 60 : nlen), name);
    ward_node *arr = ward_node_new(r->arena, WARD_N_ARRAY, item->span);
    if (!arr || (n && !(arr->u.items = ward_arena_alloc(r->arena, (size_t)n * sizeof *arr->u.items))))
        return NULL;
    arr->len = (uint32_t)n;
    for (int64_t i = 0; i < n; i++) {
        if (!arm_push_loop(ev, name, nlen, i, 1, resource))
            return arm_unknown(r, item->span, "copy loops nested too deeply");
        arr->u.items[i] = arm_eval_tree(ev, input);
        ev->nloops--;
        if (!arr->u.items[i])
            return NULL;
    }
    return arr;
}

static ward_node *var_value(arm_ev *ev, arm_named *v)
{
    arm_ev c = child_ev(ev);
    if (v->is_copy)
        return arm_eval_copy(&c, v->decl, v->name, v->len, 0);
    return arm_eval_tree(&c, v->decl);
}

static ward_node *resolve_var(arm_ev *ev, arm_named *v)
{
    arm_reader *r = ev->scope->r;
    int shown = (int)(v->len > 60 ? 60 : v->len);
    if (v->state == 2)
        return v->value;
    if (v->state == 1)
        return arm_unknown(r, v->decl->span, "variable '%.*s' refers to itself", shown, v->name);
    if (ev->lookup_depth >= ARM_MAX_LOOKUP_DEPTH)
        return arm_unknown(r, v->decl->span, "variables nested too deeply");
    v->state = 1;
    v->value = var_value(ev, v);
    v->state = v->value ? 2 : 0;
    return v->value;
}

/* --- placing values that came from elsewhere ------------------------------- */

/* The evaluator placed the result itself at `at`; its members may still sit
 * where the value was written (a parameter file, a default). */
static ward_node *place_result(arm_reader *r, ward_node *v, ward_span at)
{
    size_t budget = ARM_PLACE_BUDGET;
    ward_node *out = ward_node_place_within(r->arena, v, at, NULL, &budget);
    r->work += (long)(ARM_PLACE_BUDGET - budget);
    return out;
}

/* --- evaluation -------------------------------------------------------------- */

ward_node *arm_eval_string(arm_ev *ev, const ward_node *str)
{
    arm_reader *r = ev->scope->r;
    const char *s = str->u.str;
    if (str->len < 2 || s[0] != '[' || s[str->len - 1] != ']')
        return (ward_node *)str;   /* a literal: keep the node (and its origin) */
    long left = WARD_ARM_WORK_BUDGET - r->work;
    if (left <= 0) {
        if (!r->budget_noted) {
            r->budget_noted = 1;
            arm_warn(r, str->span,
                     "the template needs more than %ld evaluation steps; this and later expressions are treated as unknown",
                     (long)WARD_ARM_WORK_BUDGET);
        }
        return arm_unknown(r, str->span, "not evaluated: the template's evaluation budget is spent");
    }
    ward_eval_ctx ctx;
    ctx_setup(&ctx, ev, left);
    ward_node *v = ward_eval_arm_string(&ctx, s, str->len, str->span);
    r->work += ctx.steps + 1;
    return v ? place_result(r, v, str->span) : NULL;
}

static ward_node *eval_at(arm_ev *ev, const ward_node *v, int depth);

/* Expands a property `copy` array into one member per entry; returns the
 * number of members written to out (-1 when out of memory). */
static long expand_copy(arm_ev *ev, const ward_node *copy, ward_member *out)
{
    long n = 0;
    for (uint32_t k = 0; k < copy->len; k++) {
        const ward_node *item = copy->u.items[k];
        const ward_node *name = ward_node_get(item, "name");
        if (!name || name->kind != WARD_N_STRING) {
            arm_warn(ev->scope->r, item->span, "property copy entry has no \"name\" string; ignored");
            continue;
        }
        ward_node *arr = arm_eval_copy(ev, item, name->u.str, name->len, 0);
        if (!arr)
            return -1;
        out[n++] = (ward_member){name->u.str, name->len, name->span.start, arr};
    }
    return n;
}

static bool is_property_copy(const ward_member *m)
{
    return m->klen == 4 && memcmp(m->key, "copy", 4) == 0 && m->value->kind == WARD_N_ARRAY;
}

static bool skipped(const ward_member *m, const char *const *skip)
{
    for (size_t i = 0; skip && skip[i]; i++)
        if (arm_ieq(m->key, m->klen, skip[i]))
            return true;
    return false;
}

static ward_node *eval_object(arm_ev *ev, const ward_node *obj, const char *const *skip, int depth)
{
    arm_reader *r = ev->scope->r;
    size_t cap = obj->len;
    for (uint32_t i = 0; i < obj->len; i++)
        if (is_property_copy(&obj->u.members[i]) && !skipped(&obj->u.members[i], skip))
            cap += obj->u.members[i].value->len;
    ward_member *ms = cap ? ward_arena_alloc(r->arena, cap * sizeof *ms) : NULL;
    if (cap && !ms)
        return NULL;
    size_t n = 0;
    bool same = true;
    for (uint32_t i = 0; i < obj->len; i++) {
        const ward_member *m = &obj->u.members[i];
        if (skipped(m, skip)) {
            ms[n++] = *m;
        } else if (is_property_copy(m)) {
            long k = expand_copy(ev, m->value, ms + n);
            if (k < 0)
                return NULL;
            n += (size_t)k;
            same = false;
        } else {
            ward_node *v = eval_at(ev, m->value, depth + 1);
            if (!v)
                return NULL;
            same = same && v == m->value;
            ms[n++] = (ward_member){m->key, m->klen, m->kstart, v};
        }
    }
    if (same)
        return (ward_node *)obj;   /* nothing to evaluate: share the written tree */
    ward_node *out = ward_node_new(r->arena, WARD_N_OBJECT, obj->span);
    if (!out)
        return NULL;
    out->flags = obj->flags & ~WARD_NF_ORIGIN;
    out->len = (uint32_t)n;
    out->u.members = ms;
    return out;
}

static ward_node *eval_array(arm_ev *ev, const ward_node *arr, int depth)
{
    arm_reader *r = ev->scope->r;
    ward_node **items = arr->len ? ward_arena_alloc(r->arena, arr->len * sizeof *items) : NULL;
    if (arr->len && !items)
        return NULL;
    bool same = true;
    for (uint32_t i = 0; i < arr->len; i++) {
        if (!(items[i] = eval_at(ev, arr->u.items[i], depth + 1)))
            return NULL;
        same = same && items[i] == arr->u.items[i];
    }
    if (same)
        return (ward_node *)arr;
    ward_node *out = ward_node_new(r->arena, WARD_N_ARRAY, arr->span);
    if (!out)
        return NULL;
    out->flags = arr->flags & ~WARD_NF_ORIGIN;
    out->len = arr->len;
    out->u.items = items;
    return out;
}

static ward_node *eval_at(arm_ev *ev, const ward_node *v, int depth)
{
    if (depth > WARD_EVAL_MAX_NODE_DEPTH)
        return arm_unknown(ev->scope->r, v->span, "value nested too deeply");
    switch (v->kind) {
    case WARD_N_STRING: return arm_eval_string(ev, v);
    case WARD_N_ARRAY: return eval_array(ev, v, depth);
    case WARD_N_OBJECT: return eval_object(ev, v, NULL, depth);
    default: return (ward_node *)v;
    }
}

ward_node *arm_eval_tree(arm_ev *ev, const ward_node *v)
{
    return eval_at(ev, v, 0);
}

ward_node *arm_eval_object_except(arm_ev *ev, const ward_node *obj, const char *const *skip)
{
    return eval_object(ev, obj, skip, 0);
}
