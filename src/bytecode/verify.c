/* verify.c: the bytecode verifier (see verify.h). */
#include "verify.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "opcode.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const ward_builtin_info builtins[WARD_BI__COUNT] = {
#define X(name, mn, mx, args, res, doc) {#name, mn, mx, args, res, doc},
#include "builtins.def"
#undef X
};

const ward_builtin_info *ward_builtin_get(unsigned id) { return id < WARD_BI__COUNT ? &builtins[id] : NULL; }

int ward_builtin_find(const char *name)
{
    for (int i = 0; i < WARD_BI__COUNT; i++)
        if (strcmp(builtins[i].name, name) == 0)
            return i;
    return -1;
}

typedef struct vctx {
    ward_image *img;
    char *why;
    size_t whylen;
    uint8_t len[256];          /* instruction length per opcode, 0 = not an opcode */
    uint8_t jumps[256];        /* the opcode may jump */
    uint8_t fmt[256];          /* operand layout, see decode() */
    int8_t pops[256], pushes[256];
    uint32_t *calls;           /* (caller, callee) pairs found while decoding */
    size_t ncalls, capcalls;
} vctx;

static int fail(vctx *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(vctx *v, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->why, v->whylen, fmt, ap);
    va_end(ap);
    return -1;
}

static uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8); }
static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* Decoded operands of one instruction. */
enum { FMT_NONE, FMT_A, FMT_AB, FMT_AA, FMT_J, FMT_AJ };

typedef struct insn {
    unsigned op;
    uint32_t a, a2, b, j;
    uint32_t len;
} insn;

/* Decodes one instruction.  The operand layouts are few and fixed (A, AB,
 * AA, J, AJ), so the length table of the context decides the reading. */
static int decode(const vctx *v, const uint8_t *code, uint32_t avail, insn *in)
{
    in->a = in->a2 = in->b = in->j = 0;
    if (avail < 1)
        return -1;
    in->op = code[0];
    uint32_t len = v->len[in->op];
    if (!len || len > avail)
        return -1;
    const uint8_t *p = code + 1;
    switch (v->fmt[in->op]) {   /* the layouts of opcodes.def */
    case FMT_A: in->a = rd16(p); break;
    case FMT_AB: in->a = rd16(p); in->b = p[2]; break;
    case FMT_AA: in->a = rd16(p); in->a2 = rd16(p + 2); break;
    case FMT_J: in->j = rd32(p); break;
    case FMT_AJ: in->a = rd16(p); in->j = rd32(p + 2); break;
    default: break;
    }
    in->len = len;
    return 0;
}

static uint8_t layout(const char *ops)
{
    if (!strcmp(ops, "A")) return FMT_A;
    if (!strcmp(ops, "AB")) return FMT_AB;
    if (!strcmp(ops, "AA")) return FMT_AA;
    if (!strcmp(ops, "J")) return FMT_J;
    if (!strcmp(ops, "AJ")) return FMT_AJ;
    return FMT_NONE;
}

static int selector_only(unsigned op)
{
    switch (op) {
    case WARD_OP_WHEN: case WARD_OP_TAINT: case WARD_OP_UNTAINT:
    case WARD_OP_JPASS: case WARD_OP_AT: case WARD_OP_EXPECT: case WARD_OP_FAIL: case WARD_OP_HALT:
    case WARD_OP_SEV: case WARD_OP_UNDECIDED:
        return 1;
    default:
        return 0;
    }
}

static int check_operands(vctx *v, const ward_func *f, const insn *in, uint32_t pc)
{
    ward_image *img = v->img;
    switch (in->op) {
    case WARD_OP_CONST:
        if (in->a >= img->nconsts) return fail(v, "constant %u out of range at %u", in->a, pc);
        break;
    case WARD_OP_LOAD: case WARD_OP_STORE: case WARD_OP_TAINT: case WARD_OP_UNTAINT:
    case WARD_OP_JNOTTU: case WARD_OP_JNOTFU: case WARD_OP_ACC: case WARD_OP_LOC: case WARD_OP_IFX:
        if (in->a >= f->nlocals) return fail(v, "local %u out of range at %u", in->a, pc);
        if (in->op == WARD_OP_ACC && in->b > WARD_QACC_COUNT) return fail(v, "bad quantifier at %u", pc);
        break;
    case WARD_OP_ITER:
        if (in->a + 1 >= f->nlocals) return fail(v, "iterator slot %u out of range at %u", in->a, pc);
        break;
    case WARD_OP_FILTACC:
        if (in->a >= f->nlocals || in->a2 >= f->nlocals) return fail(v, "local out of range at %u", pc);
        break;
    case WARD_OP_SEV:
        if (in->a > 4) return fail(v, "bad severity %u at %u", in->a, pc);
        break;
    case WARD_OP_PARAM:
        if (in->a >= img->nparams) return fail(v, "parameter %u out of range at %u", in->a, pc);
        break;
    case WARD_OP_GET:
        if (in->a >= img->nstrs) return fail(v, "string %u out of range at %u", in->a, pc);
        break;
    case WARD_OP_CALLB: {
        const ward_builtin_info *bi = ward_builtin_get(in->a);
        if (!bi) return fail(v, "unknown builtin %u at %u", in->a, pc);
        if ((int)in->b < bi->min_args || (int)in->b > bi->max_args)
            return fail(v, "builtin %s called with %u arguments at %u", bi->name, in->b, pc);
        break;
    }
    case WARD_OP_CALL:
        if (in->a >= img->nfuncs) return fail(v, "function %u out of range at %u", in->a, pc);
        if (img->funcs[in->a].kind != WARD_FN_FUNC && img->funcs[in->a].kind != WARD_FN_GLOBAL)
            return fail(v, "call to a non-function at %u", pc);
        if (in->b != img->funcs[in->a].nparams) return fail(v, "call arity mismatch at %u", pc);
        break;
    default:
        break;
    }
    int is_sel = f->kind == WARD_FN_SELECTOR;
    if (selector_only(in->op) && !is_sel)
        return fail(v, "%s outside a selector at %u", ward_opinfo_get(in->op)->name, pc);
    if (in->op == WARD_OP_RET && is_sel)
        return fail(v, "RET in a selector at %u", pc);
    return 0;
}

static int pops_of(const vctx *v, const insn *in)
{
    int pops = v->pops[in->op];
    if (pops == -1)
        return (int)(in->op == WARD_OP_CALLB || in->op == WARD_OP_CALL ? in->b : in->a);
    if (pops == -2)
        return (int)(2 * in->a);
    return pops;
}

/* Abstract interpretation of stack depth over all paths of one function. */
static int check_stack(vctx *v, ward_func *f, const uint8_t *starts, const insn *ins)
{
    int32_t *depth = ward_malloc(sizeof(int32_t) * (f->code_len + 1));
    uint32_t *work = ward_malloc(sizeof(uint32_t) * (f->code_len + 1));
    if (!depth || !work) {
        ward_free(depth);
        ward_free(work);
        return fail(v, "out of memory");
    }
    for (uint32_t i = 0; i <= f->code_len; i++)
        depth[i] = -1;
    uint32_t nwork = 0, maxd = 0;
    int rc = 0;
    depth[0] = 0;
    work[nwork++] = 0;
#define EDGE(to, d)                                                                         \
    do {                                                                                    \
        uint32_t t_ = (to);                                                                 \
        int32_t d_ = (d);                                                                   \
        if (t_ >= f->code_len || !starts[t_]) { rc = fail(v, "path falls off the end at %u", pc); break; } \
        if (depth[t_] < 0) { depth[t_] = d_; work[nwork++] = t_; }                          \
        else if (depth[t_] != d_) { rc = fail(v, "inconsistent stack depth at %u", t_); break; } \
    } while (0)
    while (nwork && rc == 0) {
        uint32_t pc = work[--nwork];
        insn in = ins[pc];   /* decoded once, by verify_func */
        int32_t d = depth[pc];
        int pops = pops_of(v, &in);
        if (d < pops) {
            rc = fail(v, "stack underflow at %u", pc);
            break;
        }
        int32_t after = d - pops + v->pushes[in.op];
        if ((uint32_t)after > maxd)
            maxd = (uint32_t)after;
        if (maxd > WARD_MAX_STACK) {
            rc = fail(v, "stack deeper than %d", WARD_MAX_STACK);
            break;
        }
        switch (in.op) {
        case WARD_OP_RET:
            if (d != 1) rc = fail(v, "RET with %d values on the stack at %u", d, pc);
            continue;
        case WARD_OP_HALT:
            if (d != 0) rc = fail(v, "HALT with %d values on the stack at %u", d, pc);
            continue;
        case WARD_OP_JUMP:
            EDGE(in.j, d);
            continue;
        case WARD_OP_JPRESK:          /* jump keeps the value; fall-through pops it */
            EDGE(in.j, d);
            if (rc == 0) EDGE(pc + in.len, d - 1);
            continue;
        case WARD_OP_ITER:            /* jump when done pushes nothing */
            EDGE(in.j, d);
            if (rc == 0) EDGE(pc + in.len, d + 1);
            continue;
        case WARD_OP_IFX:             /* the jump pushes the unknown value */
            EDGE(in.j, d + 1);
            if (rc == 0) EDGE(pc + in.len, d);
            continue;
        default:
            if (v->jumps[in.op])
                EDGE(in.j, after);
            if (rc == 0)
                EDGE(pc + in.len, after);
        }
    }
#undef EDGE
    f->max_stack = (uint16_t)maxd;
    ward_free(depth);
    ward_free(work);
    return rc;
}

static int verify_func(vctx *v, uint32_t idx)
{
    ward_image *img = v->img;
    ward_func *f = &img->funcs[idx];
    if (f->name >= img->nstrs || f->file >= img->nstrs)
        return fail(v, "function %u: bad name", idx);
    if (f->kind > WARD_FN_SELECTOR || f->nparams > f->nlocals || f->nlocals > WARD_MAX_LOCALS)
        return fail(v, "function %u: bad header", idx);
    if (f->kind == WARD_FN_SELECTOR && f->nparams != 1)
        return fail(v, "selector %u must take one resource", idx);
    if ((f->kind == WARD_FN_GLOBAL || f->kind == WARD_FN_PARAMDEF) && f->nparams != 0)
        return fail(v, "function %u must take no arguments", idx);
    if (f->code_len == 0 || f->code_off > img->code_len || f->code_len > img->code_len - f->code_off)
        return fail(v, "function %u: code out of range", idx);
    uint8_t *starts = ward_calloc(f->code_len, 1);
    insn *ins = ward_malloc(sizeof *ins * f->code_len);
    if (!starts || !ins) {
        ward_free(starts);
        ward_free(ins);
        return fail(v, "out of memory");
    }
    const uint8_t *code = img->code + f->code_off;
    int rc = 0;
    for (uint32_t pc = 0; pc < f->code_len && rc == 0;) {
        insn *in = &ins[pc];
        if (decode(v, code + pc, f->code_len - pc, in) != 0) {
            rc = fail(v, "function %u: bad instruction at %u", idx, pc);
            break;
        }
        starts[pc] = 1;
        rc = check_operands(v, f, in, pc);
        if (rc == 0 && in->op == WARD_OP_CALL) {
            uint32_t pair[2] = {idx, in->a};
            if (ward_vec_reserve((void **)&v->calls, &v->capcalls, v->ncalls + 2, sizeof *v->calls) != 0)
                rc = fail(v, "out of memory");
            else {
                v->calls[v->ncalls++] = pair[0];
                v->calls[v->ncalls++] = pair[1];
            }
        }
        pc += in->len;
    }
    if (rc == 0)   /* jump targets must be instruction starts: checked in check_stack's EDGE */
        rc = check_stack(v, f, starts, ins);
    ward_free(starts);
    ward_free(ins);
    return rc;
}

/* Rejects recursion, so evaluation depth is bounded by the call graph.
 * The call edges were collected while decoding: a depth-first search over
 * them (adjacency built by counting sort) finds any cycle. */
static int check_calls(vctx *v)
{
    uint32_t nf = v->img->nfuncs;
    size_t ne = v->ncalls / 2;
    uint32_t *first = ward_calloc(nf + 1, sizeof *first);
    uint32_t *to = ward_malloc(sizeof *to * (ne ? ne : 1));
    uint8_t *color = ward_calloc(nf ? nf : 1, 1);
    uint32_t *stack = ward_malloc(sizeof *stack * 2 * (nf + 1));
    int rc = 0;
    if (!first || !to || !color || !stack) {
        rc = fail(v, "out of memory");
        goto out;
    }
    for (size_t e = 0; e < ne; e++)
        first[v->calls[2 * e] + 1]++;
    for (uint32_t i = 0; i < nf; i++)
        first[i + 1] += first[i];
    for (size_t e = 0; e < ne; e++)   /* fill; first[] is restored below */
        to[first[v->calls[2 * e]]++] = v->calls[2 * e + 1];
    for (uint32_t i = nf; i > 0; i--)
        first[i] = first[i - 1];
    first[0] = 0;
    for (uint32_t root = 0; root < nf && rc == 0; root++) {
        if (color[root])
            continue;
        uint32_t sp = 0;   /* stack of (function, next edge) */
        stack[sp++] = root;
        stack[sp++] = first[root];
        color[root] = 1;
        while (sp && rc == 0) {
            uint32_t fi = stack[sp - 2], e = stack[sp - 1];
            if (e >= first[fi + 1]) {
                color[fi] = 2;
                sp -= 2;
                continue;
            }
            stack[sp - 1] = e + 1;
            uint32_t callee = to[e];
            if (color[callee] == 1)
                rc = fail(v, "recursive call to function %u", callee);
            else if (color[callee] == 0) {
                color[callee] = 1;
                stack[sp++] = callee;
                stack[sp++] = first[callee];
            }
        }
    }
out:
    ward_free(first);
    ward_free(to);
    ward_free(color);
    ward_free(stack);
    return rc;
}

static int in_pool(const ward_image *img, uint32_t start, uint32_t n)
{
    return start <= img->nu32s && n <= img->nu32s - start;
}

static int verify_tables(vctx *v)
{
    ward_image *img = v->img;
    for (uint32_t i = 0; i < img->nconsts; i++)
        if (img->consts[i].kind > WARD_K_STR || (img->consts[i].kind == WARD_K_STR && img->consts[i].str >= img->nstrs))
            return fail(v, "constant %u is invalid", i);
    for (uint32_t i = 0; i < img->nparams; i++) {
        const ward_param_rec *p = &img->params[i];
        if (p->name >= img->nstrs || p->type >= WARD_PT__COUNT || p->deffn >= img->nfuncs ||
            img->funcs[p->deffn].kind != WARD_FN_PARAMDEF)
            return fail(v, "parameter %u is invalid", i);
    }
    for (uint32_t i = 0; i < img->nrules; i++) {
        const ward_rule_rec *r = &img->rules[i];
        if (r->id >= img->nstrs || r->title >= img->nstrs || r->section >= img->nstrs || r->help >= img->nstrs ||
            r->severity > 4 || r->enabled > 1 || !in_pool(img, r->refs_start, r->nrefs) ||
            r->sel_start > img->nsels || r->nsel > img->nsels - r->sel_start)
            return fail(v, "rule %u is invalid", i);
        for (uint32_t k = 0; k < r->nrefs; k++)
            if (img->u32s[r->refs_start + k] >= img->nstrs)
                return fail(v, "rule %u has a bad reference", i);
        for (uint32_t k = 0; k < r->nsel; k++)
            if (img->sels[r->sel_start + k].rule != i)
                return fail(v, "rule %u owns a foreign selector", i);
    }
    for (uint32_t i = 0; i < img->nsels; i++) {
        const ward_sel_rec *s = &img->sels[i];
        if (s->rule >= img->nrules || s->family > 3 || s->func >= img->nfuncs ||
            img->funcs[s->func].kind != WARD_FN_SELECTOR || !in_pool(img, s->types_start, s->ntypes))
            return fail(v, "selector %u is invalid", i);
        for (uint32_t k = 0; k < s->ntypes; k++)
            if (img->u32s[s->types_start + k] >= img->nstrs)
                return fail(v, "selector %u has a bad type", i);
    }
    for (uint32_t i = 0; i < img->ntindex; i++) {
        const ward_tindex_ent *e = &img->tindex[i];
        if (e->family > 3 || e->type >= img->nstrs || e->sel >= img->nsels || img->sels[e->sel].family != e->family)
            return fail(v, "type index entry %u is invalid", i);
        if (i > 0) {
            const ward_tindex_ent *p = &img->tindex[i - 1];
            int c = p->family != e->family ? (p->family < e->family ? -1 : 1)
                                           : strcasecmp(img->strs[p->type], img->strs[e->type]);
            if (c > 0)
                return fail(v, "type index is not sorted");
        }
    }
    for (uint32_t i = 0; i < img->nlines; i++)
        if (img->lines[i].pc >= img->code_len || (i && img->lines[i].pc < img->lines[i - 1].pc))
            return fail(v, "line table is invalid");
    return 0;
}

int ward_verify(ward_image *img, char *why, size_t whylen)
{
    vctx v;
    memset(&v, 0, sizeof v);
    v.img = img;
    v.why = why;
    v.whylen = whylen;
    for (unsigned op = 0; op < WARD_OP__COUNT; op++) {
        const ward_opinfo *oi = ward_opinfo_get(op);
        v.len[op] = (uint8_t)ward_op_length(op);
        v.jumps[op] = (uint8_t)ward_op_jumps(op);
        v.fmt[op] = layout(oi->operands);
        v.pops[op] = (int8_t)oi->pops;
        v.pushes[op] = (int8_t)oi->pushes;
    }
    if (whylen)
        why[0] = 0;
    img->verified = 0;
    if (verify_tables(&v) != 0)
        return -1;
    for (uint32_t i = 0; i < img->nfuncs; i++)
        if (verify_func(&v, i) != 0) {
            ward_free(v.calls);
            return -1;
        }
    int rc = check_calls(&v);
    ward_free(v.calls);
    if (rc != 0)
        return -1;
    img->verified = 1;
    return 0;
}
