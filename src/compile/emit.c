/* emit.c: checked AST -> instructions, pools, line table, rule tables. */
#include "compile.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "../bytecode/opcode.h"
#include "../bytecode/verify.h"
#include "../doc/resource.h"
#include "emit.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef struct emitter {
    ward_image *img;
    ward_program *p;
    const ward_sources *src;
    ward_diags *diags;
    size_t cap_strs, cap_consts, cap_u32s, cap_funcs, cap_code, cap_lines, cap_params, cap_rules, cap_sels, cap_tidx;
    uint32_t *htab;           /* string intern table: index + 1, 0 = empty */
    size_t hcap;
    uint32_t fn_start;
    uint32_t file_str;
    int oom;
} emitter;

/* ---- pools ---------------------------------------------------------------- */

static uint32_t hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static int rehash(emitter *e)
{
    size_t cap = e->hcap ? e->hcap * 2 : 1024;
    uint32_t *t = ward_calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (uint32_t i = 0; i < e->img->nstrs; i++) {
        size_t h = hash(e->img->strs[i], e->img->slens[i]) & (cap - 1);
        while (t[h])
            h = (h + 1) & (cap - 1);
        t[h] = i + 1;
    }
    ward_free(e->htab);
    e->htab = t;
    e->hcap = cap;
    return 0;
}

static uint32_t intern(emitter *e, const char *s, size_t n)
{
    ward_image *img = e->img;
    if ((img->nstrs + 1) * 2 > e->hcap && rehash(e) != 0) {
        e->oom = 1;
        return 0;
    }
    size_t h = hash(s, n) & (e->hcap - 1);
    while (e->htab[h]) {
        uint32_t i = e->htab[h] - 1;
        if (img->slens[i] == n && memcmp(img->strs[i], s, n) == 0)
            return i;
        h = (h + 1) & (e->hcap - 1);
    }
    char *copy = ward_malloc(n + 1);
    size_t cap2 = e->cap_strs;
    if (!copy || ward_vec_reserve((void **)&img->strs, &e->cap_strs, img->nstrs + 1, sizeof(char *)) != 0 ||
        ward_vec_reserve((void **)&img->slens, &cap2, img->nstrs + 1, sizeof(uint32_t)) != 0) {
        ward_free(copy);
        e->oom = 1;
        return 0;
    }
    memcpy(copy, s, n);
    copy[n] = 0;
    img->strs[img->nstrs] = copy;
    img->slens[img->nstrs] = (uint32_t)n;
    e->htab[h] = ++img->nstrs;
    return img->nstrs - 1;
}

static uint32_t intern_z(emitter *e, const char *s) { return intern(e, s ? s : "", s ? strlen(s) : 0); }

static uint32_t add_const(emitter *e, uint8_t kind, double num, uint32_t str)
{
    ward_image *img = e->img;
    for (uint32_t i = 0; i < img->nconsts; i++) {
        const ward_const *k = &img->consts[i];
        if (k->kind == kind && k->str == str && (k->num == num || kind == WARD_K_STR || kind == WARD_K_NULL))
            return i;
    }
    ward_const k = {kind, num, str};
    if (WARD_VEC_PUSH(img->consts, img->nconsts, e->cap_consts, k) != 0)
        e->oom = 1;
    return img->nconsts - 1;
}

static uint32_t add_u32(emitter *e, uint32_t v)
{
    if (WARD_VEC_PUSH(e->img->u32s, e->img->nu32s, e->cap_u32s, v) != 0)
        e->oom = 1;
    return e->img->nu32s - 1;
}

/* ---- code ------------------------------------------------------------------ */

static void code_bytes(emitter *e, const uint8_t *b, size_t n)
{
    ward_image *img = e->img;
    if (ward_vec_reserve((void **)&img->code, &e->cap_code, img->code_len + n, 1) != 0) {
        e->oom = 1;
        return;
    }
    memcpy(img->code + img->code_len, b, n);
    img->code_len += (uint32_t)n;
}

static uint32_t pc(emitter *e) { return e->img->code_len - e->fn_start; }

static void op0(emitter *e, ward_opcode op)
{
    uint8_t b = (uint8_t)op;
    code_bytes(e, &b, 1);
}

static void opA(emitter *e, ward_opcode op, uint32_t a)
{
    if (a > 0xFFFF) {
        ward_diag_add(e->diags, WARD_D_CHK_LIMIT, ward_span_none(), "policy too large: operand %u exceeds 65535", a);
        a = 0;
    }
    uint8_t b[3] = {(uint8_t)op, (uint8_t)a, (uint8_t)(a >> 8)};
    code_bytes(e, b, 3);
}

static void opAB(emitter *e, ward_opcode op, uint32_t a, uint32_t n)
{
    if (n > 255) {
        ward_diag_add(e->diags, WARD_D_CHK_LIMIT, ward_span_none(), "too many arguments (%u)", n);
        n = 0;
    }
    opA(e, op, a);
    uint8_t b = (uint8_t)n;
    code_bytes(e, &b, 1);
}

static void opAA(emitter *e, ward_opcode op, uint32_t a, uint32_t a2)
{
    opA(e, op, a);
    uint8_t b[2] = {(uint8_t)a2, (uint8_t)(a2 >> 8)};
    code_bytes(e, b, 2);
}

/* Emits a jump with a placeholder target; returns the patch location. */
static uint32_t opJ(emitter *e, ward_opcode op, int with_a, uint32_t a)
{
    if (with_a)
        opA(e, op, a);
    else
        op0(e, op);
    uint32_t at = e->img->code_len;
    uint8_t z[4] = {0, 0, 0, 0};
    code_bytes(e, z, 4);
    return at;
}

static void patch(emitter *e, uint32_t at, uint32_t target)
{
    if (e->oom)
        return;
    for (int i = 0; i < 4; i++)
        e->img->code[at + (uint32_t)i] = (uint8_t)(target >> (8 * i));
}

static void mark_line(emitter *e, ward_span sp)
{
    if (!ward_span_valid(sp))
        return;
    ward_pos p = ward_source_pos(e->src, sp.file, sp.start);
    ward_lineent le = {e->img->code_len, p.line, p.col};
    ward_image *img = e->img;
    if (img->nlines && img->lines[img->nlines - 1].pc == le.pc) {
        img->lines[img->nlines - 1] = le;
        return;
    }
    if (WARD_VEC_PUSH(img->lines, img->nlines, e->cap_lines, le) != 0)
        e->oom = 1;
}

/* ---- expressions ------------------------------------------------------------ */

static void emit_expr(emitter *e, const ward_ast *n);

static void emit_const_num(emitter *e, double v) { opA(e, WARD_OP_CONST, add_const(e, WARD_K_NUM, v, 0)); }

static void emit_str(emitter *e, const char *s, size_t n)
{
    opA(e, WARD_OP_CONST, add_const(e, WARD_K_STR, 0, intern(e, s, n)));
}

static void emit_binary(emitter *e, const ward_ast *n)
{
    static const struct { uint8_t bop; ward_opcode op; } simple[] = {
        {WARD_BOP_EQ, WARD_OP_EQ}, {WARD_BOP_NE, WARD_OP_NE}, {WARD_BOP_LT, WARD_OP_LT},
        {WARD_BOP_LE, WARD_OP_LE}, {WARD_BOP_GT, WARD_OP_GT}, {WARD_BOP_GE, WARD_OP_GE},
        {WARD_BOP_IN, WARD_OP_IN}, {WARD_BOP_ADD, WARD_OP_ADD}, {WARD_BOP_SUB, WARD_OP_SUB},
        {WARD_BOP_MUL, WARD_OP_MUL}, {WARD_BOP_DIV, WARD_OP_DIV}, {WARD_BOP_MOD, WARD_OP_MOD},
    };
    emit_expr(e, n->a);
    if (n->op == WARD_BOP_DEFAULT) {
        /* a ?? b: when a is absent the result is b, located where a would be
         * (the deepest existing part of its path), so findings on a default
         * still point into the resource. */
        opA(e, WARD_OP_STORE, n->index);
        opA(e, WARD_OP_LOAD, n->index);
        uint32_t at = opJ(e, WARD_OP_JPRESK, 0, 0);
        emit_expr(e, n->b);
        opA(e, WARD_OP_LOC, n->index);
        patch(e, at, pc(e));
        return;
    }
    if (n->op == WARD_BOP_AND || n->op == WARD_BOP_OR) {
        ward_opcode j = n->op == WARD_BOP_AND ? WARD_OP_JFALSEK : WARD_OP_JTRUEK;
        uint32_t at = opJ(e, j, 0, 0);
        emit_expr(e, n->b);
        op0(e, n->op == WARD_BOP_AND ? WARD_OP_AND : WARD_OP_OR);
        patch(e, at, pc(e));
        return;
    }
    emit_expr(e, n->b);
    if (n->op == WARD_BOP_NOTIN) {
        op0(e, WARD_OP_IN);
        op0(e, WARD_OP_NOT);
        return;
    }
    for (size_t i = 0; i < sizeof simple / sizeof *simple; i++)
        if (simple[i].bop == n->op)
            op0(e, simple[i].op);
}

/* Stores a collection in `slot` and a zero index in `slot + 1`, as ITER expects. */
static void emit_iter_init(emitter *e, const ward_ast *coll, uint32_t slot)
{
    emit_expr(e, coll);
    opA(e, WARD_OP_STORE, slot);
    emit_const_num(e, 0);
    opA(e, WARD_OP_STORE, slot + 1);
}

static void emit_quant(emitter *e, const ward_ast *n)
{
    uint32_t s = n->index;
    emit_iter_init(e, n->a, s);
    switch (n->op) {
    case WARD_Q_ANY: case WARD_Q_NONE: opA(e, WARD_OP_CONST, add_const(e, WARD_K_BOOL, 0, 0)); break;
    case WARD_Q_ALL: opA(e, WARD_OP_CONST, add_const(e, WARD_K_BOOL, 1, 0)); break;
    case WARD_Q_COUNT: emit_const_num(e, 0); break;
    default: opA(e, WARD_OP_LIST, 0);
    }
    opA(e, WARD_OP_STORE, s + 2);
    uint32_t top = pc(e);
    uint32_t exit = opJ(e, WARD_OP_ITER, 1, s);
    opA(e, WARD_OP_STORE, s + 3);
    emit_expr(e, n->b);
    if (n->op == WARD_Q_FILTER)
        opAA(e, WARD_OP_FILTACC, s + 2, s + 3);
    else
        opAB(e, WARD_OP_ACC, s + 2,
             n->op == WARD_Q_ALL ? WARD_QACC_ALL : n->op == WARD_Q_COUNT ? WARD_QACC_COUNT : WARD_QACC_ANY);
    patch(e, opJ(e, WARD_OP_JUMP, 0, 0), top);
    patch(e, exit, pc(e));
    /* A collection that is itself unknown gives an unknown answer, not the
     * empty collection's. */
    uint32_t unknown = opJ(e, WARD_OP_IFX, 1, s);
    opA(e, WARD_OP_LOAD, s + 2);
    opA(e, WARD_OP_LOC, s);   /* "no item matched" points at the collection */
    if (n->op == WARD_Q_NONE)
        op0(e, WARD_OP_NOT);
    patch(e, unknown, pc(e));
}

/* if C then A else B: unknown C gives an unknown value; absent C is false. */
static void emit_cond(emitter *e, const ward_ast *n)
{
    uint32_t t = n->index;
    emit_expr(e, n->a);
    opA(e, WARD_OP_STORE, t);
    uint32_t unknown = opJ(e, WARD_OP_IFX, 1, t);
    uint32_t to_else = opJ(e, WARD_OP_JNOTTU, 1, t);
    emit_expr(e, n->b);
    uint32_t to_end = opJ(e, WARD_OP_JUMP, 0, 0);
    patch(e, to_else, pc(e));
    emit_expr(e, n->c);
    patch(e, to_end, pc(e));
    patch(e, unknown, pc(e));
}

static void emit_name(emitter *e, const ward_ast *n)
{
    switch (n->ref) {
    case WARD_REF_LOCAL: opA(e, WARD_OP_LOAD, n->index); break;
    case WARD_REF_PARAM: opA(e, WARD_OP_PARAM, n->index); break;
    case WARD_REF_GLOBAL: opAB(e, WARD_OP_CALL, n->index, 0); break;
    default: op0(e, WARD_OP_ABSENT);
    }
}

static void emit_expr(emitter *e, const ward_ast *n)
{
    if (!n) {
        op0(e, WARD_OP_ABSENT);
        return;
    }
    switch (n->kind) {
    case WARD_AST_NUM: emit_const_num(e, n->num); break;
    case WARD_AST_STR: emit_str(e, n->str, n->len); break;
    case WARD_AST_BOOL: opA(e, WARD_OP_CONST, add_const(e, WARD_K_BOOL, n->num, 0)); break;
    case WARD_AST_NULL: opA(e, WARD_OP_CONST, add_const(e, WARD_K_NULL, 0, 0)); break;
    case WARD_AST_TMPL:
        for (const ward_ast *k = n->kids; k; k = k->next)
            emit_expr(e, k);
        opA(e, WARD_OP_TMPL, n->nkids);
        break;
    case WARD_AST_NAME: emit_name(e, n); break;
    case WARD_AST_MEMBER:
        emit_expr(e, n->a);
        opA(e, WARD_OP_GET, intern(e, n->str, n->len));
        break;
    case WARD_AST_INDEX:
        emit_expr(e, n->a);
        emit_expr(e, n->b);
        op0(e, WARD_OP_INDEX);
        break;
    case WARD_AST_CALL:
        for (const ward_ast *k = n->kids; k; k = k->next)
            emit_expr(e, k);
        opAB(e, n->ref == WARD_REF_BUILTIN ? WARD_OP_CALLB : WARD_OP_CALL, n->index, n->nkids);
        break;
    case WARD_AST_LIST:
        for (const ward_ast *k = n->kids; k; k = k->next)
            emit_expr(e, k);
        opA(e, WARD_OP_LIST, n->nkids);
        break;
    case WARD_AST_OBJECT:
        for (const ward_ast *k = n->kids; k; k = k->next) {
            emit_str(e, k->str, k->len);
            emit_expr(e, k->a);
        }
        opA(e, WARD_OP_OBJECT, n->nkids);
        break;
    case WARD_AST_UNARY:
        emit_expr(e, n->a);
        op0(e, n->op == WARD_UOP_NOT ? WARD_OP_NOT : WARD_OP_NEG);
        break;
    case WARD_AST_BINARY: emit_binary(e, n); break;
    case WARD_AST_QUANT: emit_quant(e, n); break;
    case WARD_AST_COND: emit_cond(e, n); break;
    default: op0(e, WARD_OP_ABSENT);
    }
}

/* ---- statements --------------------------------------------------------------- */

static void emit_stmts(emitter *e, const ward_ast *s);

static void emit_message(emitter *e, const ward_ast *msg, const ward_ast *cond)
{
    if (msg) {
        emit_expr(e, msg);
        return;
    }
    /* Default message: the condition's source text. */
    const ward_source *f = cond ? ward_sources_get(e->src, cond->span.file) : NULL;
    if (f && cond->span.end <= f->len) {
        char buf[256];
        size_t n = cond->span.end - cond->span.start;
        if (n > 200)
            n = 200;
        int k = snprintf(buf, sizeof buf, "expected %.*s", (int)n, f->text + cond->span.start);
        emit_str(e, buf, (size_t)(k < 0 ? 0 : k));
    } else {
        emit_str(e, "expectation not met", 20);
    }
}

static void emit_if(emitter *e, const ward_ast *s)
{
    uint32_t t = s->index;
    emit_expr(e, s->a);
    opA(e, WARD_OP_STORE, t);
    uint32_t to_else = opJ(e, WARD_OP_JNOTTU, 1, t);
    opA(e, WARD_OP_TAINT, t);
    emit_stmts(e, s->kids);
    opA(e, WARD_OP_UNTAINT, t);
    patch(e, to_else, pc(e));
    if (!s->c)
        return;
    uint32_t to_end = opJ(e, WARD_OP_JNOTFU, 1, t);
    opA(e, WARD_OP_TAINT, t);
    emit_stmts(e, s->c->kids);
    opA(e, WARD_OP_UNTAINT, t);
    patch(e, to_end, pc(e));
}

static void emit_for(emitter *e, const ward_ast *s)
{
    uint32_t slot = s->index;
    emit_iter_init(e, s->a, slot);
    uint32_t top = pc(e);
    uint32_t exit = opJ(e, WARD_OP_ITER, 1, slot);
    opA(e, WARD_OP_STORE, slot + 2);
    emit_stmts(e, s->kids);
    patch(e, opJ(e, WARD_OP_JUMP, 0, 0), top);
    patch(e, exit, pc(e));
}

static void emit_stmt(emitter *e, const ward_ast *s)
{
    mark_line(e, s->span);
    switch (s->kind) {
    case WARD_AST_LET:
        emit_expr(e, s->a);
        opA(e, WARD_OP_STORE, s->index);
        break;
    case WARD_AST_WHEN:
        emit_expr(e, s->a);
        op0(e, WARD_OP_WHEN);
        break;
    case WARD_AST_EXPECT: {
        emit_expr(e, s->a);
        uint32_t ok = opJ(e, WARD_OP_JPASS, 0, 0);
        if (s->c) {
            emit_expr(e, s->c);
            op0(e, WARD_OP_AT);
        }
        if (s->op)
            opA(e, WARD_OP_SEV, s->op - 1u);
        emit_message(e, s->b, s->a);
        op0(e, WARD_OP_EXPECT);
        patch(e, ok, pc(e));
        break;
    }
    case WARD_AST_FAIL:
    case WARD_AST_UNDECIDED:
        if (s->c) {
            emit_expr(e, s->c);
            op0(e, WARD_OP_AT);
        }
        if (s->op)
            opA(e, WARD_OP_SEV, s->op - 1u);
        emit_message(e, s->b, NULL);
        op0(e, s->kind == WARD_AST_FAIL ? WARD_OP_FAIL : WARD_OP_UNDECIDED);
        break;
    case WARD_AST_IF: emit_if(e, s); break;
    case WARD_AST_FOR: emit_for(e, s); break;
    default: break;
    }
}

static void emit_stmts(emitter *e, const ward_ast *s)
{
    for (; s; s = s->next)
        emit_stmt(e, s);
}

/* ---- functions and rules ---------------------------------------------------------- */

static void emit_function(emitter *e, uint32_t idx)
{
    const ward_fn_plan *fp = &e->p->fns[idx];
    ward_func f;
    memset(&f, 0, sizeof f);
    f.name = intern_z(e, fp->name);
    const ward_source *src = ward_sources_get(e->src, fp->mod->file);
    f.file = intern_z(e, src ? src->path : "?");
    f.kind = (uint8_t)fp->kind;
    f.nparams = (uint8_t)fp->nparams;
    if (fp->nlocals > WARD_MAX_LOCALS)
        ward_diag_add(e->diags, WARD_D_CHK_LIMIT, fp->ast->span, "too many local values in '%s'", fp->name);
    f.nlocals = (uint16_t)fp->nlocals;
    f.code_off = e->fn_start = e->img->code_len;
    mark_line(e, fp->ast->span);
    if (fp->kind == WARD_FN_SELECTOR) {
        emit_stmts(e, fp->ast->c->kids);
        op0(e, WARD_OP_HALT);
    } else {
        emit_expr(e, fp->ast->a);
        op0(e, WARD_OP_RET);
    }
    f.code_len = e->img->code_len - f.code_off;
    if (WARD_VEC_PUSH(e->img->funcs, e->img->nfuncs, e->cap_funcs, f) != 0)
        e->oom = 1;
}

static const ward_ast *meta(const ward_ast *rule, const char *key)
{
    for (const ward_ast *k = rule->kids; k; k = k->next)
        if (k->kind == WARD_AST_META && strcmp(k->str, key) == 0)
            return k->a;
    return NULL;
}

static uint32_t meta_str(emitter *e, const ward_ast *rule, const char *key)
{
    const ward_ast *v = meta(rule, key);
    return v && (v->kind == WARD_AST_STR || v->kind == WARD_AST_NAME) ? intern(e, v->str, v->len) : intern_z(e, "");
}

static void emit_index_entry(emitter *e, uint8_t fam, const ward_ast *t, uint32_t sel)
{
    char buf[512];
    size_t n = t->len < sizeof buf ? t->len : sizeof buf - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)t->str[i]);
    ward_tindex_ent ent = {fam, intern(e, buf, n), sel};
    if (WARD_VEC_PUSH(e->img->tindex, e->img->ntindex, e->cap_tidx, ent) != 0)
        e->oom = 1;
}

static void emit_rule(emitter *e, const ward_ast *r)
{
    static const char *const sev[] = {"info", "low", "medium", "high", "critical"};
    ward_rule_rec rec;
    memset(&rec, 0, sizeof rec);
    rec.id = intern_z(e, r->str);
    rec.title = meta_str(e, r, "title");
    rec.section = meta_str(e, r, "section");
    rec.help = meta_str(e, r, "help");
    const ward_ast *sv = meta(r, "severity");
    for (int i = 0; i < 5; i++)
        if (sv && sv->str && strcmp(sv->str, sev[i]) == 0)
            rec.severity = (uint8_t)i;
    const ward_ast *en = meta(r, "enabled");
    rec.enabled = en ? (uint8_t)(en->num != 0) : 1;
    const ward_ast *refs = meta(r, "refs");
    if (!refs)
        refs = meta(r, "references");
    rec.refs_start = e->img->nu32s;
    if (refs && refs->kind == WARD_AST_STR) {
        add_u32(e, intern(e, refs->str, refs->len));
        rec.nrefs = 1;
    } else if (refs) {
        for (const ward_ast *k = refs->kids; k; k = k->next, rec.nrefs++)
            add_u32(e, intern(e, k->str, k->len));
    }
    uint32_t rule_idx = e->img->nrules;
    rec.sel_start = e->img->nsels;
    for (const ward_ast *k = r->kids; k; k = k->next) {
        if (k->kind != WARD_AST_SELECTOR)
            continue;
        ward_family fam = WARD_FAM_ARM;
        ward_family_from_name(k->str, &fam);
        ward_sel_rec s = {rule_idx, (uint8_t)fam, k->index, e->img->nu32s, 0};
        for (const ward_ast *t = k->kids; t; t = t->next, s.ntypes++)
            add_u32(e, intern(e, t->str, t->len));
        uint32_t sel_idx = e->img->nsels;
        if (WARD_VEC_PUSH(e->img->sels, e->img->nsels, e->cap_sels, s) != 0)
            e->oom = 1;
        for (const ward_ast *t = k->kids; t; t = t->next)
            emit_index_entry(e, (uint8_t)fam, t, sel_idx);
        rec.nsel++;
    }
    if (WARD_VEC_PUSH(e->img->rules, e->img->nrules, e->cap_rules, rec) != 0)
        e->oom = 1;
}

int ward_emit_program(ward_program *p, const ward_sources *src, ward_diags *diags, ward_image *img)
{
    emitter e;
    memset(&e, 0, sizeof e);
    e.img = img;
    e.p = p;
    e.src = src;
    e.diags = diags;
    intern_z(&e, "");    /* string 0 is the empty string */
    for (uint32_t i = 0; i < p->nfns; i++)
        emit_function(&e, i);
    for (size_t i = 0; i < p->nparams; i++) {
        const ward_ast *a = p->params[i].ast;
        ward_param_rec pr = {intern_z(&e, a->str), (uint8_t)(a->b ? a->b->index : WARD_PT_ANY), a->index};
        if (WARD_VEC_PUSH(img->params, img->nparams, e.cap_params, pr) != 0)
            e.oom = 1;
    }
    for (size_t i = 0; i < p->nrules; i++)
        emit_rule(&e, p->rules[i]);
    ward_image_sort_index(img);
    ward_free(e.htab);
    if (e.oom) {
        diags->oom = 1;
        return -1;
    }
    return 0;
}
