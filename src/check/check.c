/* check.c: name resolution, arity, types, metadata and recursion checks. */
#include "check.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "../bytecode/image.h"
#include "../bytecode/verify.h"

#include <stdio.h>
#include <string.h>

/* ---- program model ------------------------------------------------------ */

void ward_program_init(ward_program *p)
{
    memset(p, 0, sizeof *p);
    ward_arena_init(&p->arena);
}

void ward_program_free(ward_program *p)
{
    for (size_t i = 0; i < p->nmods; i++) {
        ward_module *m = p->mods[i];
        ward_free(m->name);
        ward_free(m->syms);
        ward_free(m->imports);
        ward_free(m);
    }
    ward_free(p->mods);
    ward_free(p->params);
    ward_free(p->fns);
    ward_free(p->rules);
    ward_arena_free(&p->arena);
    memset(p, 0, sizeof *p);
}

ward_module *ward_program_find_module(ward_program *p, const char *name)
{
    for (size_t i = 0; i < p->nmods; i++)
        if (strcmp(p->mods[i]->name, name) == 0)
            return p->mods[i];
    return NULL;
}

ward_module *ward_program_add_module(ward_program *p, const char *name, uint32_t file, ward_ast *items, int builtin_lib)
{
    ward_module *m = ward_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    size_t n = strlen(name);
    m->name = ward_malloc(n + 1);
    if (!m->name || WARD_VEC_PUSH(p->mods, p->nmods, p->capmods, m) != 0) {
        ward_free(m->name);
        ward_free(m);
        return NULL;
    }
    memcpy(m->name, name, n + 1);
    m->file = file;
    m->items = items;
    m->builtin_lib = builtin_lib;
    return m;
}

/* ---- checker state ------------------------------------------------------ */

enum { MAX_SCOPE = 512 };

typedef struct local {
    const char *name;
    uint32_t slot;
} local;

typedef struct edge {
    uint32_t from, to;
} edge;

typedef struct checker {
    ward_program *p;
    ward_diags *diags;
    ward_module *mod;          /* module being checked */
    uint32_t fn;               /* function plan being checked */
    local vars[MAX_SCOPE];
    int nvars;
    uint32_t next_slot;
    int in_selector;
    edge *edges;
    size_t nedges, capedges;
} checker;

static ward_fn_plan *plan_add(checker *c, uint32_t kind, const char *name, ward_ast *ast, ward_ast *rule)
{
    ward_fn_plan f = {kind, name, ast, rule, c->mod, 0, 0};
    if (WARD_VEC_PUSH(c->p->fns, c->p->nfns, c->p->capfns, f) != 0) {
        c->diags->oom = 1;
        return NULL;
    }
    return &c->p->fns[c->p->nfns - 1];
}

static ward_sym *mod_sym(ward_module *m, const char *name)
{
    for (size_t i = 0; i < m->nsyms; i++)
        if (strcmp(m->syms[i].name, name) == 0)
            return &m->syms[i];
    return NULL;
}

static ward_module *mod_import(ward_module *m, const char *name)
{
    for (size_t i = 0; i < m->nimports; i++)
        if (strcmp(m->imports[i]->name, name) == 0)
            return m->imports[i];
    return NULL;
}

/* ---- pass 1: collect module symbols, plan functions ---------------------- */

static void declare(checker *c, ward_module *m, ward_ast *it, ward_sym_kind kind, uint32_t index)
{
    ward_sym *old = mod_sym(m, it->str);
    if (old) {
        ward_diag *g = ward_diag_add(c->diags, WARD_D_CHK_DUP_NAME, it->span, "'%s' is already defined", it->str);
        ward_diag_note_add(g, old->ast->span, "first definition here");
        return;
    }
    ward_sym s = {it->str, kind, index, it, m};
    if (WARD_VEC_PUSH(m->syms, m->nsyms, m->capsyms, s) != 0)
        c->diags->oom = 1;
}

static void collect_param(checker *c, ward_module *m, ward_ast *it)
{
    for (size_t i = 0; i < c->p->nparams; i++) {
        if (strcmp(c->p->params[i].name, it->str) == 0) {
            ward_diag *g = ward_diag_add(c->diags, WARD_D_CHK_DUP_NAME, it->span,
                                         "parameter '%s' is already declared", it->str);
            ward_diag_note_add(g, c->p->params[i].ast->span, "first declaration here");
            return;
        }
    }
    uint32_t idx = (uint32_t)c->p->nparams;
    ward_sym s = {it->str, WARD_SYM_PARAM, idx, it, m};
    if (WARD_VEC_PUSH(c->p->params, c->p->nparams, c->p->capparams, s) != 0) {
        c->diags->oom = 1;
        return;
    }
    it->index = (uint32_t)c->p->nfns;   /* its PARAMDEF function */
    plan_add(c, WARD_FN_PARAMDEF, it->str, it, NULL);
    declare(c, m, it, WARD_SYM_PARAM, idx);
}

static void collect_rule(checker *c, ward_ast *it)
{
    for (size_t i = 0; i < c->p->nrules; i++) {
        if (strcmp(c->p->rules[i]->str, it->str) == 0) {
            ward_diag *g = ward_diag_add(c->diags, WARD_D_CHK_DUP_RULE, it->span, "rule id '%s' is used twice", it->str);
            ward_diag_note_add(g, c->p->rules[i]->span, "first rule with this id");
            return;
        }
    }
    if (WARD_VEC_PUSH(c->p->rules, c->p->nrules, c->p->caprules, it) != 0) {
        c->diags->oom = 1;
        return;
    }
    it->ref = 1;   /* collected: its selectors have function plans */
    for (ward_ast *k = it->kids; k; k = k->next) {
        if (k->kind != WARD_AST_SELECTOR)
            continue;
        k->index = (uint32_t)c->p->nfns;
        plan_add(c, WARD_FN_SELECTOR, it->str, k, it);
    }
}

static void collect(checker *c, ward_module *m)
{
    c->mod = m;
    for (ward_ast *it = m->items; it; it = it->next) {
        switch (it->kind) {
        case WARD_AST_PARAM:
            collect_param(c, m, it);
            break;
        case WARD_AST_GLOBAL:
        case WARD_AST_FUNC:
            it->index = (uint32_t)c->p->nfns;
            plan_add(c, it->kind == WARD_AST_FUNC ? WARD_FN_FUNC : WARD_FN_GLOBAL, it->str, it, NULL);
            declare(c, m, it, it->kind == WARD_AST_FUNC ? WARD_SYM_FUNC : WARD_SYM_GLOBAL, it->index);
            break;
        case WARD_AST_RULE:
            collect_rule(c, it);
            break;
        default:
            break;
        }
    }
}

/* ---- scopes -------------------------------------------------------------- */

static uint32_t new_slots(checker *c, uint32_t n)
{
    uint32_t s = c->next_slot;
    c->next_slot += n;
    ward_fn_plan *f = &c->p->fns[c->fn];
    if (c->next_slot > f->nlocals)
        f->nlocals = c->next_slot;
    return s;
}

static void bind(checker *c, const char *name, uint32_t slot, ward_span where)
{
    if (c->nvars >= MAX_SCOPE) {
        ward_diag_add(c->diags, WARD_D_CHK_LIMIT, where, "too many local names in one function");
        return;
    }
    c->vars[c->nvars].name = name;
    c->vars[c->nvars].slot = slot;
    c->nvars++;
}

static int find_local(checker *c, const char *name, uint32_t *slot)
{
    for (int i = c->nvars; i-- > 0;)
        if (strcmp(c->vars[i].name, name) == 0) {
            *slot = c->vars[i].slot;
            return 1;
        }
    return 0;
}

static void add_edge(checker *c, uint32_t to)
{
    edge e = {c->fn, to};
    if (WARD_VEC_PUSH(c->edges, c->nedges, c->capedges, e) != 0)
        c->diags->oom = 1;
}

/* ---- expressions -------------------------------------------------------- */

static ward_type check_expr(checker *c, ward_ast *e);

static const char *type_name(ward_type t)
{
    static const char *n[] = {"any", "bool", "number", "string", "list", "object", "resource", "null"};
    return n[t];
}

static ward_type letter_type(char l)
{
    switch (l) {
    case 's': return WARD_T_STR;
    case 'n': return WARD_T_NUM;
    case 'l': return WARD_T_LIST;
    case 'o': return WARD_T_OBJ;
    case 'r': return WARD_T_RES;
    case 'b': return WARD_T_BOOL;
    default: return WARD_T_ANY;
    }
}

static void expect_type(checker *c, ward_ast *e, ward_type got, ward_type want, const char *what)
{
    if (got == WARD_T_ANY || want == WARD_T_ANY || got == want)
        return;
    ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "%s: expected %s, found %s", what, type_name(want),
                  type_name(got));
}

static int resolve_module_sym(checker *c, ward_ast *e, ward_ast *modname, ward_sym **out)
{
    uint32_t slot;
    if (!modname || modname->kind != WARD_AST_NAME || find_local(c, modname->str, &slot))
        return 0;
    ward_module *m = mod_import(c->mod, modname->str);
    if (!m)
        return 0;
    ward_sym *s = mod_sym(m, e->str);
    if (!s)
        ward_diag_add(c->diags, WARD_D_CHK_UNKNOWN_NAME, e->span, "module '%s' has no '%s'", m->name, e->str);
    *out = s;
    return 1;
}

static ward_type name_ref(checker *c, ward_ast *e, ward_sym *s)
{
    switch (s->kind) {
    case WARD_SYM_PARAM:
        e->ref = WARD_REF_PARAM;
        e->index = s->index;
        return WARD_T_ANY;
    case WARD_SYM_GLOBAL:
        e->ref = WARD_REF_GLOBAL;
        e->index = s->index;
        add_edge(c, s->index);
        return WARD_T_ANY;
    default:
        ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "'%s' is a function; call it with ()", s->name);
        return WARD_T_ANY;
    }
}

static ward_type check_name(checker *c, ward_ast *e)
{
    uint32_t slot;
    if (find_local(c, e->str, &slot)) {
        e->ref = WARD_REF_LOCAL;
        e->index = slot;
        return WARD_T_ANY;
    }
    ward_sym *s = mod_sym(c->mod, e->str);
    if (s)
        return name_ref(c, e, s);
    if (mod_import(c->mod, e->str))
        ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "'%s' is a module; use %s.<name>", e->str, e->str);
    else if (ward_builtin_find(e->str) >= 0)
        ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "'%s' is a function; call it with ()", e->str);
    else
        ward_diag_add(c->diags, WARD_D_CHK_UNKNOWN_NAME, e->span, "unknown name '%s'", e->str);
    return WARD_T_ANY;
}

static ward_type check_call(checker *c, ward_ast *e)
{
    ward_type argt[16] = {0};
    int i = 0;
    for (ward_ast *a = e->kids; a; a = a->next, i++) {
        ward_type t = check_expr(c, a);
        if (i < 16)
            argt[i] = t;
    }
    ward_sym *s = NULL;
    if (e->a && !resolve_module_sym(c, e, e->a, &s)) {
        if (e->a->kind != WARD_AST_NAME || !*e->str) {
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "this expression cannot be called");
            return WARD_T_ANY;
        }
        ward_diag_add(c->diags, WARD_D_CHK_UNKNOWN_NAME, e->a->span, "unknown module '%s' (missing import?)", e->a->str);
        return WARD_T_ANY;
    }
    if (e->a && !s)
        return WARD_T_ANY;
    if (!s)
        s = mod_sym(c->mod, e->str);
    if (s) {
        if (s->kind != WARD_SYM_FUNC) {
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "'%s' is not a function", e->str);
            return WARD_T_ANY;
        }
        if (e->nkids != s->ast->nkids)
            ward_diag_add(c->diags, WARD_D_CHK_ARITY, e->span, "'%s' takes %u argument%s, %u given", e->str,
                          s->ast->nkids, s->ast->nkids == 1 ? "" : "s", e->nkids);
        e->ref = WARD_REF_FUNC;
        e->index = s->index;
        add_edge(c, s->index);
        return WARD_T_ANY;
    }
    int id = ward_builtin_find(e->str);
    if (id < 0) {
        ward_diag_add(c->diags, WARD_D_CHK_UNKNOWN_NAME, e->span, "unknown function '%s'", e->str);
        return WARD_T_ANY;
    }
    const ward_builtin_info *bi = ward_builtin_get((unsigned)id);
    if ((int)e->nkids < bi->min_args || (int)e->nkids > bi->max_args) {
        ward_diag_add(c->diags, WARD_D_CHK_ARITY, e->span, "'%s' takes %d argument%s, %u given", bi->name,
                      bi->min_args, bi->min_args == 1 ? "" : "s", e->nkids);
    } else {
        i = 0;
        for (ward_ast *a = e->kids; a && i < 16; a = a->next, i++) {
            char what[64];
            snprintf(what, sizeof what, "argument %d of %s()", i + 1, bi->name);
            if (argt[i] != WARD_T_NULL)
                expect_type(c, a, argt[i], letter_type(bi->arg_types[i]), what);
        }
    }
    e->ref = WARD_REF_BUILTIN;
    e->index = (uint32_t)id;
    return letter_type(bi->result);
}

static ward_type check_member(checker *c, ward_ast *e)
{
    ward_sym *s = NULL;
    if (resolve_module_sym(c, e, e->a, &s)) {
        /* module.name: becomes a plain reference */
        e->kind = WARD_AST_NAME;
        e->a = NULL;
        return s ? name_ref(c, e, s) : WARD_T_ANY;
    }
    ward_type t = check_expr(c, e->a);
    if (t != WARD_T_ANY && t != WARD_T_OBJ && t != WARD_T_RES && t != WARD_T_NULL)
        ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "a %s has no members", type_name(t));
    return WARD_T_ANY;
}

static ward_type check_binary(checker *c, ward_ast *e)
{
    ward_type a = check_expr(c, e->a), b = check_expr(c, e->b);
    switch (e->op) {
    case WARD_BOP_AND:
    case WARD_BOP_OR:
        expect_type(c, e->a, a == WARD_T_NULL ? WARD_T_ANY : a, WARD_T_BOOL, ward_ast_op_name(e->op));
        expect_type(c, e->b, b == WARD_T_NULL ? WARD_T_ANY : b, WARD_T_BOOL, ward_ast_op_name(e->op));
        return WARD_T_BOOL;
    case WARD_BOP_EQ: case WARD_BOP_NE:
        return WARD_T_BOOL;
    case WARD_BOP_LT: case WARD_BOP_LE: case WARD_BOP_GT: case WARD_BOP_GE:
        if (a != WARD_T_ANY && b != WARD_T_ANY && a != b)
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "cannot compare %s with %s", type_name(a), type_name(b));
        return WARD_T_BOOL;
    case WARD_BOP_IN: case WARD_BOP_NOTIN:
        if (b == WARD_T_NUM || b == WARD_T_BOOL)
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->b->span, "'in' needs a list, object or string, found %s",
                          type_name(b));
        return WARD_T_BOOL;
    case WARD_BOP_DEFAULT:
        e->index = new_slots(c, 1);   /* holds the left side, whose location a default inherits */
        return a == b ? a : WARD_T_ANY;
    case WARD_BOP_ADD: {
        /* + adds numbers and joins strings or lists; anything else is a mistake. */
        int addable_a = a == WARD_T_ANY || a == WARD_T_NUM || a == WARD_T_STR || a == WARD_T_LIST;
        int addable_b = b == WARD_T_ANY || b == WARD_T_NUM || b == WARD_T_STR || b == WARD_T_LIST;
        if (!addable_a || !addable_b || (a != WARD_T_ANY && b != WARD_T_ANY && a != b))
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "cannot add %s and %s", type_name(a), type_name(b));
        return a == b ? a : WARD_T_ANY;
    }
    default:
        expect_type(c, e->a, a, WARD_T_NUM, ward_ast_op_name(e->op));
        expect_type(c, e->b, b, WARD_T_NUM, ward_ast_op_name(e->op));
        return WARD_T_NUM;
    }
}

static ward_type check_quant(checker *c, ward_ast *e)
{
    check_expr(c, e->a);
    int saved = c->nvars;
    uint32_t s = new_slots(c, 4);   /* collection, index, accumulator, variable */
    e->index = s;
    bind(c, e->str, s + 3, e->span);
    ward_type t = check_expr(c, e->b);
    if (e->op != WARD_Q_FILTER || t != WARD_T_ANY)
        expect_type(c, e->b, t == WARD_T_NULL ? WARD_T_ANY : t, WARD_T_BOOL, "quantifier condition");
    c->nvars = saved;
    return e->op == WARD_Q_COUNT ? WARD_T_NUM : e->op == WARD_Q_FILTER ? WARD_T_LIST : WARD_T_BOOL;
}

static ward_type check_expr(checker *c, ward_ast *e)
{
    if (!e)
        return WARD_T_ANY;
    ward_type t = WARD_T_ANY;
    switch (e->kind) {
    case WARD_AST_NUM: t = WARD_T_NUM; break;
    case WARD_AST_STR: t = WARD_T_STR; break;
    case WARD_AST_BOOL: t = WARD_T_BOOL; break;
    case WARD_AST_NULL: t = WARD_T_NULL; break;
    case WARD_AST_TMPL:
        for (ward_ast *k = e->kids; k; k = k->next)
            check_expr(c, k);
        t = WARD_T_STR;
        break;
    case WARD_AST_NAME: t = check_name(c, e); break;
    case WARD_AST_MEMBER: t = check_member(c, e); break;
    case WARD_AST_INDEX: {
        ward_type o = check_expr(c, e->a), i = check_expr(c, e->b);
        if (o == WARD_T_NUM || o == WARD_T_BOOL || o == WARD_T_STR)
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->span, "a %s cannot be indexed", type_name(o));
        if (i == WARD_T_BOOL || i == WARD_T_LIST || i == WARD_T_OBJ)
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, e->b->span, "an index must be a number or a string");
        break;
    }
    case WARD_AST_CALL: t = check_call(c, e); break;
    case WARD_AST_LIST:
        for (ward_ast *k = e->kids; k; k = k->next)
            check_expr(c, k);
        t = WARD_T_LIST;
        break;
    case WARD_AST_OBJECT:
        for (ward_ast *k = e->kids; k; k = k->next)
            check_expr(c, k->a);
        t = WARD_T_OBJ;
        break;
    case WARD_AST_UNARY: {
        ward_type a = check_expr(c, e->a);
        if (e->op == WARD_UOP_NOT) {
            expect_type(c, e->a, a == WARD_T_NULL ? WARD_T_ANY : a, WARD_T_BOOL, "not");
            t = WARD_T_BOOL;
        } else {
            expect_type(c, e->a, a, WARD_T_NUM, "unary minus");
            t = WARD_T_NUM;
        }
        break;
    }
    case WARD_AST_BINARY: t = check_binary(c, e); break;
    case WARD_AST_QUANT: t = check_quant(c, e); break;
    case WARD_AST_COND: {
        ward_type ct = check_expr(c, e->a);
        expect_type(c, e->a, ct == WARD_T_NULL ? WARD_T_ANY : ct, WARD_T_BOOL, "if");
        e->index = new_slots(c, 1);   /* holds the condition */
        ward_type a = check_expr(c, e->b), b = check_expr(c, e->c);
        t = a == b ? a : WARD_T_ANY;
        break;
    }
    default: break;
    }
    e->type = (uint8_t)t;
    return t;
}

/* ---- statements ----------------------------------------------------------- */

static void check_stmts(checker *c, ward_ast *s);

static const char *const SEVERITIES[] = {"info", "low", "medium", "high", "critical"};

/* `expect ... severity NAME`: the name is kept in str; op = severity + 1. */
static void check_severity_clause(checker *c, ward_ast *s)
{
    if (s->kind == WARD_AST_WHEN || !s->str || !*s->str)
        return;
    for (int i = 0; i < 5; i++)
        if (strcmp(s->str, SEVERITIES[i]) == 0) {
            s->op = (uint8_t)(i + 1);
            return;
        }
    ward_diag_add(c->diags, WARD_D_CHK_BAD_META, s->span,
                  "unknown severity '%s' (expected info, low, medium, high or critical)", s->str);
}

static void check_stmt(checker *c, ward_ast *s)
{
    switch (s->kind) {
    case WARD_AST_LET:
        check_expr(c, s->a);
        s->index = new_slots(c, 1);
        bind(c, s->str, s->index, s->span);
        break;
    case WARD_AST_WHEN:
    case WARD_AST_EXPECT:
    case WARD_AST_UNDECIDED:
    case WARD_AST_FAIL: {
        check_severity_clause(c, s);
        if (s->a) {
            ward_type t = check_expr(c, s->a);
            expect_type(c, s->a, t == WARD_T_NULL ? WARD_T_ANY : t, WARD_T_BOOL,
                        s->kind == WARD_AST_WHEN ? "when" : "expect");
        }
        check_expr(c, s->b);
        check_expr(c, s->c);
        break;
    }
    case WARD_AST_IF: {
        ward_type t = check_expr(c, s->a);
        expect_type(c, s->a, t == WARD_T_NULL ? WARD_T_ANY : t, WARD_T_BOOL, "if");
        s->index = new_slots(c, 1);
        int saved = c->nvars;
        check_stmts(c, s->kids);
        c->nvars = saved;
        if (s->c)
            check_stmts(c, s->c->kids);
        c->nvars = saved;
        break;
    }
    case WARD_AST_FOR: {
        ward_type t = check_expr(c, s->a);
        if (t == WARD_T_NUM || t == WARD_T_BOOL || t == WARD_T_STR)
            ward_diag_add(c->diags, WARD_D_CHK_TYPE, s->a->span, "'for' needs a list or object, found %s", type_name(t));
        s->index = new_slots(c, 3);   /* collection, index, variable */
        int saved = c->nvars;
        bind(c, s->str, s->index + 2, s->span);
        check_stmts(c, s->kids);
        c->nvars = saved;
        break;
    }
    default:
        break;
    }
}

static void check_stmts(checker *c, ward_ast *s)
{
    for (; s; s = s->next)
        check_stmt(c, s);
}

/* ---- rules ---------------------------------------------------------------- */

static int meta_text(const ward_ast *v) { return v && (v->kind == WARD_AST_STR || v->kind == WARD_AST_NAME); }

static void check_meta(checker *c, ward_ast *m, int *seen)
{
    static const char *const keys[] = {"title", "severity", "section", "help", "refs", "references", "enabled", "tags"};
    int k = -1;
    for (int i = 0; i < 8; i++)
        if (strcmp(m->str, keys[i]) == 0)
            k = i;
    if (k < 0) {
        ward_diag_add(c->diags, WARD_D_CHK_BAD_META, m->span,
                      "unknown rule field '%s' (expected title, severity, section, help, refs, references, enabled or tags)", m->str);
        return;
    }
    if (seen[k]++)
        ward_diag_add(c->diags, WARD_D_CHK_BAD_META, m->span, "rule field '%s' is given twice", m->str);
    ward_ast *v = m->a;
    switch (k) {
    case 0: case 3:
        if (!v || (v->kind != WARD_AST_STR))
            ward_diag_add(c->diags, WARD_D_CHK_BAD_META, v ? v->span : m->span, "'%s' must be a string", m->str);
        break;
    case 1: {
        int ok = 0;
        for (int i = 0; i < 5 && meta_text(v); i++)
            ok |= strcmp(v->str, SEVERITIES[i]) == 0;
        if (!ok)
            ward_diag_add(c->diags, WARD_D_CHK_BAD_META, v ? v->span : m->span,
                          "unknown severity '%s' (expected info, low, medium, high or critical)",
                          meta_text(v) ? v->str : "?");
        break;
    }
    case 2:
        if (!meta_text(v))
            ward_diag_add(c->diags, WARD_D_CHK_BAD_META, v ? v->span : m->span, "'section' must be a name or string");
        break;
    case 4: case 5: case 7:
        if (v && v->kind == WARD_AST_STR)
            break;
        if (!v || v->kind != WARD_AST_LIST) {
            ward_diag_add(c->diags, WARD_D_CHK_BAD_META, v ? v->span : m->span, "'%s' must be a list of strings", m->str);
            break;
        }
        for (ward_ast *x = v->kids; x; x = x->next)
            if (x->kind != WARD_AST_STR)
                ward_diag_add(c->diags, WARD_D_CHK_BAD_META, x->span, "'%s' must be a list of strings", m->str);
        break;
    case 6:
        if (!v || v->kind != WARD_AST_BOOL)
            ward_diag_add(c->diags, WARD_D_CHK_BAD_META, v ? v->span : m->span, "'enabled' must be true or false");
        break;
    }
}

static void check_selector(checker *c, ward_ast *s)
{
    static const char *const fams[] = {"arm", "terraform", "azureml", "json"};
    int ok = 0;
    for (int i = 0; i < 4; i++)
        ok |= strcmp(s->str, fams[i]) == 0;
    ward_span fam = s->span;   /* point at the family name, not at `on` */
    if (fam.end - fam.start > strlen(s->str))
        fam.start = fam.end - (uint32_t)strlen(s->str);
    if (!ok)
        ward_diag_add(c->diags, WARD_D_CHK_BAD_SELECTOR, fam,
                      "unknown input family '%s' (expected arm, terraform, azureml or json)", s->str);
    for (ward_ast *t = s->kids; t; t = t->next)
        if (t->len == 0)
            ward_diag_add(c->diags, WARD_D_CHK_BAD_SELECTOR, t->span, "empty resource type");
    c->fn = s->index;
    c->nvars = 0;
    c->next_slot = 0;
    c->in_selector = 1;
    c->p->fns[c->fn].nparams = 1;
    bind(c, s->b->str, new_slots(c, 1), s->b->span);
    check_stmts(c, s->c->kids);
    c->in_selector = 0;
}

static void check_rule(checker *c, ward_ast *r)
{
    int seen[8] = {0};
    int nsel = 0;
    for (ward_ast *k = r->kids; k; k = k->next) {
        if (k->kind == WARD_AST_META)
            check_meta(c, k, seen);
        else {
            nsel++;
            check_selector(c, k);
        }
    }
    if (!seen[0])
        ward_diag_add(c->diags, WARD_D_CHK_BAD_META, r->span, "rule '%s' has no title", r->str);
    if (!seen[1])
        ward_diag_add(c->diags, WARD_D_CHK_BAD_META, r->span, "rule '%s' has no severity", r->str);
    if (!nsel)
        ward_diag_add(c->diags, WARD_D_CHK_BAD_SELECTOR, r->span, "rule '%s' selects no resources (add an 'on' block)", r->str);
}

/* ---- module items ---------------------------------------------------------- */

static void begin_fn(checker *c, uint32_t fn)
{
    c->fn = fn;
    c->nvars = 0;
    c->next_slot = 0;
}

static void check_param(checker *c, ward_ast *it)
{
    begin_fn(c, it->index);
    ward_type t = check_expr(c, it->a);
    if (!it->b)
        return;
    static const char *const names[] = {"any", "bool", "number", "string", "list", "object"};
    static const ward_type types[] = {WARD_T_ANY, WARD_T_BOOL, WARD_T_NUM, WARD_T_STR, WARD_T_LIST, WARD_T_OBJ};
    for (int i = 0; i < 6; i++) {
        if (strcmp(it->b->str, names[i]) == 0) {
            it->b->index = (uint32_t)i;
            if (t != WARD_T_NULL)
                expect_type(c, it->a, t, types[i], "parameter default");
            return;
        }
    }
    ward_diag_add(c->diags, WARD_D_CHK_TYPE, it->b->span,
                  "unknown type '%s' (expected any, bool, number, string, list or object)", it->b->str);
}

static void check_module(checker *c, ward_module *m)
{
    c->mod = m;
    for (ward_ast *it = m->items; it; it = it->next) {
        switch (it->kind) {
        case WARD_AST_PARAM:
            check_param(c, it);
            break;
        case WARD_AST_GLOBAL:
            begin_fn(c, it->index);
            check_expr(c, it->a);
            break;
        case WARD_AST_FUNC: {
            begin_fn(c, it->index);
            for (ward_ast *p = it->kids; p; p = p->next) {
                uint32_t slot;
                if (find_local(c, p->str, &slot))
                    ward_diag_add(c->diags, WARD_D_CHK_DUP_NAME, p->span, "parameter '%s' is repeated", p->str);
                bind(c, p->str, new_slots(c, 1), p->span);
            }
            c->p->fns[c->fn].nparams = it->nkids;
            check_expr(c, it->a);
            break;
        }
        case WARD_AST_RULE:
            if (it->ref)   /* a duplicate id was reported and has no plans */
                check_rule(c, it);
            break;
        default:
            break;
        }
    }
}

/* ---- recursion -------------------------------------------------------------- */

/* Can `from` reach `to` through call edges?  (Iterative search; the
 * function count is small.) */
static int reaches(const checker *c, uint32_t from, uint32_t to, uint8_t *seen, uint32_t *stack)
{
    size_t n = c->p->nfns, sp = 0;
    memset(seen, 0, n);
    stack[sp++] = from;
    while (sp) {
        uint32_t f = stack[--sp];
        for (size_t e = 0; e < c->nedges; e++) {
            if (c->edges[e].from != f)
                continue;
            uint32_t t = c->edges[e].to;
            if (t == to)
                return 1;
            if (!seen[t]) {
                seen[t] = 1;
                stack[sp++] = t;
            }
        }
    }
    return 0;
}

/* Reports each function that lies on a call cycle (not its callers). */
static void check_recursion(checker *c)
{
    size_t n = c->p->nfns;
    uint8_t *seen = ward_calloc(n ? n : 1, 1);
    uint32_t *stack = ward_calloc(n + 1, sizeof *stack);
    if (!seen || !stack) {
        c->diags->oom = 1;
    } else {
        for (uint32_t f = 0; f < n; f++) {
            if (!reaches(c, f, f, seen, stack))
                continue;
            ward_ast *a = c->p->fns[f].ast;
            ward_diag_add(c->diags, WARD_D_CHK_RECURSION, a->span,
                          "'%s' calls itself (directly or through other functions); recursion is not allowed",
                          c->p->fns[f].name);
        }
    }
    ward_free(seen);
    ward_free(stack);
}

/* ---- imports -------------------------------------------------------------- */

static void resolve_imports(checker *c, ward_import_fn load, void *ctx)
{
    /* The module list may grow while we walk it: loaded modules have imports too. */
    for (size_t i = 0; i < c->p->nmods; i++) {
        ward_module *m = c->p->mods[i];
        for (ward_ast *it = m->items; it; it = it->next) {
            if (it->kind != WARD_AST_IMPORT)
                continue;
            ward_module *dep = ward_program_find_module(c->p, it->str);
            if (!dep && load && load(ctx, c->p, it->str, it->span) == 0)
                dep = ward_program_find_module(c->p, it->str);
            m = c->p->mods[i];
            if (!dep) {
                ward_diag_add(c->diags, WARD_D_CHK_IMPORT, it->span, "cannot find module '%s'", it->str);
                continue;
            }
            if (WARD_VEC_PUSH(m->imports, m->nimports, m->capimports, dep) != 0)
                c->diags->oom = 1;
        }
    }
}

size_t ward_check_program(ward_program *p, ward_diags *diags, ward_import_fn load, void *ctx)
{
    checker c;
    memset(&c, 0, sizeof c);
    c.p = p;
    c.diags = diags;
    size_t before = diags->errors;
    resolve_imports(&c, load, ctx);
    for (size_t i = 0; i < p->nmods; i++)
        collect(&c, p->mods[i]);
    for (size_t i = 0; i < p->nmods; i++)
        check_module(&c, p->mods[i]);
    check_recursion(&c);
    ward_free(c.edges);
    return diags->errors - before;
}
