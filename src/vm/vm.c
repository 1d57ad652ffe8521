/* vm.c: the dispatch loop over a verified image.
 *
 * One evaluation = one selector function run for one resource.  Each has
 * fuel (an instruction budget) and a memory cap on its arena; running out
 * of either ends the evaluation with an `error` finding naming the rule.
 * The loop has a single exit; non-trivial opcodes call named helpers. */
#include "../base/vec.h"
#include "vm_impl.h"
#include "../base/alloc.h"
#include "../bytecode/opcode.h"
#include "../bytecode/verify.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---- setup ----------------------------------------------------------------- */

ward_vm *ward_vm_new(const ward_image *img, const ward_vm_options *opt)
{
    if (!img->verified)
        return NULL;
    ward_vm *vm = ward_calloc(1, sizeof *vm);
    if (!vm)
        return NULL;
    vm->img = img;
    for (unsigned op = 0; op < WARD_OP__COUNT; op++)
        vm->oplen[op] = (uint8_t)ward_op_length(op);
    vm->opt.fuel = opt && opt->fuel ? opt->fuel : 1000000;
    vm->opt.mem_cap = opt && opt->mem_cap ? opt->mem_cap : (size_t)64 << 20;
    ward_arena_init(&vm->persist);
    ward_arena_init(&vm->eval);
    ward_arena_init(&vm->run);
    uint32_t nr = img->nrules, np = img->nparams;
    vm->rules = ward_calloc(nr ? nr : 1, sizeof *vm->rules);
    vm->refs = ward_calloc(nr ? nr : 1, sizeof *vm->refs);
    vm->enabled = ward_calloc(nr ? nr : 1, 1);
    vm->param_override = ward_calloc(np ? np : 1, sizeof *vm->param_override);
    vm->param_cache = ward_calloc(np ? np : 1, sizeof *vm->param_cache);
    vm->param_state = ward_calloc(np ? np : 1, 1);
    vm->stack = ward_malloc(sizeof(ward_value) * VM_STACK);
    vm->locals = ward_malloc(sizeof(ward_value) * VM_LOCALS);
    if (!vm->rules || !vm->refs || !vm->enabled || !vm->param_override || !vm->param_cache || !vm->param_state ||
        !vm->stack || !vm->locals) {
        ward_vm_free(vm);
        return NULL;
    }
    for (uint32_t i = 0; i < nr; i++) {
        const ward_rule_rec *r = &img->rules[i];
        ward_rule_info *ri = &vm->rules[i];
        ri->id = img->strs[r->id];
        ri->title = img->strs[r->title];
        ri->section = img->strs[r->section];
        ri->help = img->strs[r->help];
        ri->severity = (ward_severity)r->severity;
        vm->refs[i] = ward_calloc(r->nrefs ? r->nrefs : 1, sizeof(char *));
        if (!vm->refs[i]) {
            ward_vm_free(vm);
            return NULL;
        }
        for (uint32_t k = 0; k < r->nrefs; k++)
            vm->refs[i][k] = img->strs[img->u32s[r->refs_start + k]];
        ri->refs = vm->refs[i];
        ri->nrefs = r->nrefs;
        vm->enabled[i] = r->enabled;
    }
    return vm;
}

void ward_vm_free(ward_vm *vm)
{
    if (!vm)
        return;
    if (vm->refs)
        for (uint32_t i = 0; i < vm->img->nrules; i++)
            ward_free((void *)vm->refs[i]);
    ward_free(vm->refs);
    ward_free(vm->rules);
    ward_free(vm->enabled);
    ward_free(vm->param_override);
    ward_free(vm->param_cache);
    ward_free(vm->param_state);
    ward_free(vm->stack);
    ward_free(vm->locals);
    ward_arena_free(&vm->persist);
    ward_arena_free(&vm->eval);
    ward_arena_free(&vm->run);
    ward_free(vm->memo);
    ward_free(vm->fmemo);
    ward_free(vm);
}

uint32_t ward_vm_rule_count(const ward_vm *vm) { return vm->img->nrules; }
const ward_rule_info *ward_vm_rule(const ward_vm *vm, uint32_t i) { return i < vm->img->nrules ? &vm->rules[i] : NULL; }

int ward_vm_find_rule(const ward_vm *vm, const char *id)
{
    for (uint32_t i = 0; i < vm->img->nrules; i++)
        if (strcmp(vm->rules[i].id, id) == 0)
            return (int)i;
    return -1;
}

void ward_vm_set_rule_enabled(ward_vm *vm, uint32_t r, int on)
{
    if (r < vm->img->nrules)
        vm->enabled[r] = (uint8_t)!!on;
}

int ward_vm_rule_enabled(const ward_vm *vm, uint32_t r) { return r < vm->img->nrules && vm->enabled[r]; }

void ward_vm_set_rule_severity(ward_vm *vm, uint32_t r, ward_severity s)
{
    if (r < vm->img->nrules)
        vm->rules[r].severity = s;
}

unsigned ward_vm_rule_families(const ward_vm *vm, uint32_t r)
{
    unsigned bits = 0;
    const ward_rule_rec *rr = &vm->img->rules[r];
    for (uint32_t k = 0; k < rr->nsel; k++)
        bits |= 1u << vm->img->sels[rr->sel_start + k].family;
    return bits;
}

static int param_index(const ward_vm *vm, const char *name)
{
    for (uint32_t i = 0; i < vm->img->nparams; i++)
        if (strcmp(vm->img->strs[vm->img->params[i].name], name) == 0)
            return (int)i;
    return -1;
}

int ward_vm_has_param(const ward_vm *vm, const char *name) { return param_index(vm, name) >= 0; }

int ward_vm_set_param(ward_vm *vm, const char *name, const ward_node *value, char *err, size_t errlen)
{
    int i = param_index(vm, name);
    if (i < 0) {
        snprintf(err, errlen, "unknown parameter '%s'", name);
        return -1;
    }
    static const int want[] = {-1, WARD_N_BOOL, WARD_N_NUMBER, WARD_N_STRING, WARD_N_ARRAY, WARD_N_OBJECT};
    static const char *const names[] = {"any", "bool", "number", "string", "list", "object"};
    uint8_t t = vm->img->params[i].type;
    if (t < 6 && want[t] >= 0 && value->kind != want[t]) {
        snprintf(err, errlen, "parameter '%s' expects a %s, found %s", name, names[t],
                 ward_node_kind_name((ward_node_kind)value->kind));
        return -1;
    }
    vm->param_override[i] = value;
    vm->param_state[i] = 0;
    return 0;
}

void ward_vm_reset_config(ward_vm *vm)
{
    for (uint32_t i = 0; i < vm->img->nrules; i++) {
        vm->enabled[i] = vm->img->rules[i].enabled;
        vm->rules[i].severity = (ward_severity)vm->img->rules[i].severity;
    }
    for (uint32_t i = 0; i < vm->img->nparams; i++) {
        vm->param_override[i] = NULL;
        vm->param_state[i] = 0;   /* defaults may depend on overridden parameters: recompute */
    }
    ward_arena_reset(&vm->persist);
}

int ward_vm_copy_config(ward_vm *dst, const ward_vm *src)
{
    if (dst->img != src->img)
        return -1;
    for (uint32_t i = 0; i < src->img->nrules; i++) {
        dst->enabled[i] = src->enabled[i];
        dst->rules[i].severity = src->rules[i].severity;
    }
    for (uint32_t i = 0; i < src->img->nparams; i++) {
        dst->param_override[i] = src->param_override[i];   /* configuration nodes outlive the run */
        dst->param_state[i] = 0;
    }
    return 0;
}

ward_vm_stats ward_vm_get_stats(const ward_vm *vm) { return vm->stats; }

void *ward_vm_alloc(ward_vm *vm, size_t n)
{
    void *p = ward_arena_alloc(&vm->eval, n);
    if (!p && !vm->error)
        vm->error = "memory limit exceeded";
    return p;
}

const char *ward_vm_res_name(void *ctx, uint32_t res)
{
    ward_vm *vm = ctx;
    if (!vm->set || res >= vm->set->n)
        return "(resource)";
    const ward_resource *r = &vm->set->items[res];
    return r->address ? r->address : r->name ? r->name : r->type;
}

/* ---- members ------------------------------------------------------------------- */

static ward_value synthetic_member(ward_vm *vm, const ward_value *obj, const char *key, uint32_t klen)
{
    const ward_resource *r = &vm->set->items[obj->u.res];
    const char *v = NULL;
    if (klen == 4 && memcmp(key, "type", 4) == 0)
        v = r->type;
    else if (klen == 4 && memcmp(key, "name", 4) == 0)
        v = r->name;
    else if (klen == 7 && memcmp(key, "address", 7) == 0)
        v = r->address;
    ward_value out = ward_v_absent();
    if (v)
        out = ward_v_str(v, (uint32_t)strlen(v));
    out.at = r->body;
    out.kstart = WARD_NO_KEY;
    if (!v && r->body_kstart) {   /* absent from a plan's values: point at the "values" key */
        out.kstart = r->body_kstart - 1;
        out.flags |= WARD_VF_ABSENTLOC;
    }
    return out;
}

ward_value ward_vm_get_member(ward_vm *vm, const ward_value *obj, const char *key, uint32_t klen)
{
    ward_value out;
    switch (obj->kind) {
    case WARD_V_RES: {
        const ward_resource *r = &vm->set->items[obj->u.res];
        const ward_member *m = ward_node_member(r->body, key, klen);
        if (m)
            return ward_v_from_node(m->value, m->kstart);
        return synthetic_member(vm, obj, key, klen);
    }
    case WARD_V_NODE: {
        const ward_member *m = ward_node_member(obj->u.node, key, klen);
        if (m)
            return ward_v_from_node(m->value, m->kstart);
        break;
    }
    case WARD_V_OBJ:
        for (uint32_t i = obj->u.obj->n; i-- > 0;)
            if (obj->u.obj->klens[i] == klen && memcmp(obj->u.obj->keys[i], key, klen) == 0)
                return obj->u.obj->vals[i];
        break;
    case WARD_V_UNKNOWN:
        if (obj->flags & WARD_VF_REFERENCE) {   /* reference(x).a -> reference(x).a.key */
            char *t = ward_arena_printf(&vm->eval, "%.*s.%.*s", (int)obj->len, obj->u.s, (int)klen, key);
            if (t) {
                out = *obj;
                out.u.s = t;
                out.len = (uint32_t)strlen(t);
                return out;
            }
        }
        return *obj;   /* a member of an unknown value is unknown */
    default:
        break;
    }
    /* Absent: remember the deepest part of the path that exists. */
    out = ward_v_absent();
    out.at = obj->at;
    out.kstart = obj->kstart;
    out.flags |= WARD_VF_ABSENTLOC;
    return out;
}

/* ---- findings ------------------------------------------------------------------- */

static ward_span value_span(const ward_vm *vm, const ward_value *v)
{
    if (!v->at)
        return vm->set->items[vm->cur_res].span;
    ward_span s = v->at->span;
    if (v->kstart != WARD_NO_KEY && v->kstart < s.start) {
        /* An absent property: underline only the key of the deepest part
         * that exists, not its whole value. */
        if (v->flags & WARD_VF_ABSENTLOC)
            s.end = s.start;
        s.start = v->kstart;
    }
    /* A resource body found by an absent lookup: point at the declaration. */
    if (v->at == vm->set->items[vm->cur_res].body && v->kstart == WARD_NO_KEY)
        return vm->set->items[vm->cur_res].span;
    return s;
}

/* Property path of a node inside the body, e.g. "properties.networkAcls.ipRules[0]". */
static int find_path(const ward_node *n, const ward_node *target, char *buf, size_t cap, size_t len, int depth)
{
    if (n == target)
        return 1;
    if (depth > 64 || len + 2 >= cap)
        return 0;
    if (n->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < n->len; i++) {
            const ward_member *m = &n->u.members[i];
            int k = snprintf(buf + len, cap - len, "%s%.*s", len ? "." : "", (int)m->klen, m->key);
            if (k > 0 && (size_t)k < cap - len && find_path(m->value, target, buf, cap, len + (size_t)k, depth + 1))
                return 1;
            buf[len] = 0;
        }
    } else if (n->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < n->len; i++) {
            int k = snprintf(buf + len, cap - len, "[%u]", i);
            if (k > 0 && (size_t)k < cap - len && find_path(n->u.items[i], target, buf, cap, len + (size_t)k, depth + 1))
                return 1;
            buf[len] = 0;
        }
    }
    return 0;
}

static const char *fdup(ward_findings *f, const char *s)
{
    return s ? ward_arena_strdup(&f->arena, s) : NULL;
}

static void emit_finding(ward_vm *vm, ward_status status, const ward_value *where, const char *msg, uint32_t mlen)
{
    const ward_resource *r = &vm->set->items[vm->cur_res];
    ward_findings *f = vm->out;
    ward_finding x;
    memset(&x, 0, sizeof x);
    x.rule = &vm->rules[vm->cur_rule];
    x.severity = vm->sev_override >= 0 ? (ward_severity)vm->sev_override : vm->rules[vm->cur_rule].severity;
    vm->sev_override = -1;
    x.status = status;
    x.message = ward_arena_strndup(&f->arena, msg, mlen);
    x.span = where ? value_span(vm, where) : r->span;
    x.resource_span = r->span;
    x.resource_type = fdup(f, r->type);
    x.resource_name = fdup(f, r->name);
    x.resource_address = fdup(f, r->address);
    x.chain = fdup(f, r->chain);
    x.family = ward_family_name(r->family);
    char path[512] = "";
    if (where && where->at && r->body && find_path(r->body, where->at, path, sizeof path, 0, 0))
        x.path = fdup(f, path);
    const char *label = NULL;
    const ward_span *origin = where && where->at ? ward_node_origin(where->at, &label) : NULL;
    if (origin) {
        x.related = ward_arena_alloc(&f->arena, sizeof *x.related);
        if (x.related) {
            x.related[0].span = *origin;
            x.related[0].label = ward_arena_strdup(&f->arena, label ? label : "value set here");
            x.nrelated = 1;
        }
    }
    if (!x.message || !ward_findings_add(f, &x))
        vm->error = "out of memory";
}

static void emit_error(ward_vm *vm, const char *why)
{
    char msg[256];
    snprintf(msg, sizeof msg, "rule %s could not be evaluated: %s", vm->rules[vm->cur_rule].id, why);
    emit_finding(vm, WARD_ST_ERROR, NULL, msg, (uint32_t)strlen(msg));
}

/* ---- parameters ---------------------------------------------------------------- */

static int run_function(ward_vm *vm, uint32_t func, ward_value *result);

static ward_value get_param(ward_vm *vm, uint32_t i)
{
    if (vm->param_state[i] == 2)
        return vm->param_cache[i];
    if (vm->param_override[i]) {
        vm->param_cache[i] = ward_v_from_node(vm->param_override[i], WARD_NO_KEY);
        vm->param_state[i] = 2;
        return vm->param_cache[i];
    }
    if (vm->param_state[i] == 1)
        return ward_v_absent();   /* cannot happen in a verified image: no cycles */
    vm->param_state[i] = 1;
    /* Defaults are computed on a fresh frame stack; their values must
     * survive later evaluations, so they run with the persistent arena. */
    ward_arena saved = vm->eval;
    vm->eval = vm->persist;
    ward_value v = ward_v_absent();
    run_function(vm, vm->img->params[i].deffn, &v);
    vm->persist = vm->eval;
    vm->eval = saved;
    vm->param_cache[i] = v;
    vm->param_state[i] = 2;
    return v;
}

#include "vm_ops.inc"

/* Walks the code of func and the functions it calls, collecting PARAM operands. */
static void collect_params(const ward_vm *vm, uint32_t func, uint8_t *seen, uint32_t *out, size_t max, size_t *n)
{
    const ward_image *img = vm->img;
    if (seen[func])
        return;
    seen[func] = 1;
    const ward_func *f = &img->funcs[func];
    for (uint32_t pc = 0; pc < f->code_len; pc += vm->oplen[img->code[f->code_off + pc]]) {
        const uint8_t *ip = img->code + f->code_off + pc;
        if (*ip == WARD_OP_CALL)
            collect_params(vm, rd16(ip + 1), seen, out, max, n);
        if (*ip != WARD_OP_PARAM)
            continue;
        uint32_t p = rd16(ip + 1);
        int dup = 0;
        for (size_t i = 0; i < *n; i++)
            dup |= out[i] == p;
        if (!dup && *n < max)
            out[(*n)++] = p;
    }
}

size_t ward_vm_rule_params(const ward_vm *vm, uint32_t rule, uint32_t *out, size_t max)
{
    const ward_image *img = vm->img;
    uint8_t *seen = ward_calloc(img->nfuncs ? img->nfuncs : 1, 1);
    size_t n = 0;
    const ward_rule_rec *r = &img->rules[rule];
    for (uint32_t k = 0; seen && k < r->nsel; k++)
        collect_params(vm, img->sels[r->sel_start + k].func, seen, out, max, &n);
    ward_free(seen);
    return n;
}

const char *ward_vm_param_name(const ward_vm *vm, uint32_t p) { return vm->img->strs[vm->img->params[p].name]; }

const char *ward_vm_param_type(const ward_vm *vm, uint32_t p)
{
    static const char *const names[] = {"any", "bool", "number", "string", "list", "object"};
    return names[vm->img->params[p].type % 6];
}

void ward_vm_param_text(ward_vm *vm, uint32_t p, char *buf, size_t cap)
{
    vm->set = NULL;
    vm->nframes = 0;
    vm->sp = 0;
    vm->fuel = vm->opt.fuel;
    vm->error = NULL;
    ward_value v = get_param(vm, p);
    uint32_t len;
    const char *t = ward_v_text(&vm->persist, &v, ward_vm_res_name, vm, &len);
    if (v.kind == WARD_V_STR)
        snprintf(buf, cap, "\"%.*s\"", (int)len, t);
    else
        snprintf(buf, cap, "%.*s", (int)len, t);
}

int ward_vm_run(ward_vm *vm, const ward_resource_set *set, ward_findings *out)
{
    const ward_image *img = vm->img;
    vm->set = set;
    vm->out = out;
    ward_arena_reset(&vm->run);   /* memoised answers belong to one set */
    vm->nmemo = 0;
    vm->nfmemo = 0;
    for (uint32_t r = 0; r < set->n; r++) {
        const ward_resource *res = &set->items[r];
        if (res->flags & WARD_RF_EXISTING)
            continue;   /* declared `existing`: not deployed here; rules reach it through ref(), resources() */
        for (int pass = 0; pass < 2; pass++) {
            uint32_t first, n = ward_image_lookup(img, res->family, pass ? "*" : res->type, &first);
            for (uint32_t k = 0; k < n; k++) {
                const ward_sel_rec *sel = &img->sels[img->tindex[first + k].sel];
                if (!vm->enabled[sel->rule])
                    continue;
                vm->cur_res = r;
                vm->cur_rule = sel->rule;
                run_selector(vm, sel->func, r);
                if (vm->error && strcmp(vm->error, "out of memory") == 0)
                    return -1;
            }
        }
    }
    return 0;
}
