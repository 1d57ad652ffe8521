/* disasm.c: bundle listing: header, parameters, rules and selectors, then
 * every function's instructions with their policy source lines. */
#include "disasm.h"
#include "../base/sha256.h"
#include "../doc/resource.h"
#include "opcode.h"
#include "verify.h"

#include <string.h>

static const char *sev_names[] = {"info", "low", "medium", "high", "critical"};
static const char *fn_kinds[] = {"func", "global", "paramdef", "selector"};
static const char *ptypes[] = {"any", "bool", "number", "string", "list", "object"};

static void put_str(ward_writer *w, const ward_image *img, uint32_t s)
{
    ward_putc(w, '"');
    if (s < img->nstrs)
        ward_write_json_str(w, img->strs[s], img->slens[s] > 60 ? 60 : img->slens[s]);
    if (s < img->nstrs && img->slens[s] > 60)
        ward_puts(w, "...");
    ward_putc(w, '"');
}

static void put_const(ward_writer *w, const ward_image *img, uint32_t k)
{
    const ward_const *c = &img->consts[k];
    switch (c->kind) {
    case WARD_K_NULL: ward_puts(w, "null"); break;
    case WARD_K_BOOL: ward_puts(w, c->num ? "true" : "false"); break;
    case WARD_K_NUM: ward_printf(w, "%g", c->num); break;
    default: put_str(w, img, c->str);
    }
}

static uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8); }
static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static void put_operands(ward_writer *w, const ward_image *img, unsigned op, const uint8_t *p)
{
    const ward_opinfo *oi = ward_opinfo_get(op);
    uint32_t a = 0;
    for (const char *o = oi->operands; *o; o++) {
        ward_putc(w, ' ');
        if (*o == 'A') {
            a = rd16(p);
            p += 2;
            if (op == WARD_OP_CONST && a < img->nconsts)
                put_const(w, img, a);
            else if (op == WARD_OP_GET && a < img->nstrs)
                put_str(w, img, a);
            else if (op == WARD_OP_PARAM && a < img->nparams && img->params[a].name < img->nstrs)
                ward_printf(w, "%s", img->strs[img->params[a].name]);
            else if (op == WARD_OP_CALLB && ward_builtin_get(a))
                ward_printf(w, "%s", ward_builtin_get(a)->name);
            else if (op == WARD_OP_CALL && a < img->nfuncs && img->funcs[a].name < img->nstrs)
                ward_printf(w, "%s", img->strs[img->funcs[a].name]);
            else
                ward_printf(w, "%u", a);
        } else if (*o == 'B') {
            ward_printf(w, "%u", *p++);
        } else {
            ward_printf(w, "->%u", rd32(p));
            p += 4;
        }
    }
}

static void disasm_func(ward_writer *w, const ward_image *img, uint32_t i)
{
    const ward_func *f = &img->funcs[i];
    ward_printf(w, "\n%s %s/%u (params %u, locals %u, stack %u) from %s\n", fn_kinds[f->kind % 4],
                img->strs[f->name], i, f->nparams, f->nlocals, f->max_stack, img->strs[f->file]);
    uint32_t last_line = 0;
    for (uint32_t pc = 0; pc < f->code_len;) {
        const uint8_t *p = img->code + f->code_off + pc;
        unsigned len = ward_op_length(*p);
        if (!len || len > f->code_len - pc) {
            ward_printf(w, "  %5u  <bad opcode %u>\n", pc, *p);
            return;
        }
        const ward_lineent *le = ward_image_line(img, f->code_off + pc);
        if (le && le->pc >= f->code_off && le->line != last_line) {
            ward_printf(w, "  %5u  %-8s", pc, "");
            ward_printf(w, "; line %u:%u\n", le->line, le->col);
            last_line = le->line;
        }
        ward_printf(w, "  %5u  %s", pc, ward_opinfo_get(*p)->name);
        put_operands(w, img, *p, p + 1);
        ward_putc(w, '\n');
        pc += len;
    }
}

void ward_disasm(ward_writer *w, const ward_image *img)
{
    char hex[65];
    ward_sha256_hex(img->digest, hex);
    ward_printf(w, "ward bundle: %u rules, %u selectors, %u functions, %u parameters, %u bytes of code\n",
                img->nrules, img->nsels, img->nfuncs, img->nparams, img->code_len);
    ward_printf(w, "digest sha256:%s\n", hex);
    if (img->nparams)
        ward_puts(w, "\nparameters:\n");
    for (uint32_t i = 0; i < img->nparams; i++)
        ward_printf(w, "  %s: %s = %s/%u\n", img->strs[img->params[i].name], ptypes[img->params[i].type % 6],
                    img->strs[img->funcs[img->params[i].deffn].name], img->params[i].deffn);
    for (uint32_t i = 0; i < img->nrules; i++) {
        const ward_rule_rec *r = &img->rules[i];
        ward_printf(w, "\nrule %s [%s]%s ", img->strs[r->id], sev_names[r->severity % 5], r->enabled ? "" : " (off)");
        put_str(w, img, r->title);
        ward_putc(w, '\n');
        for (uint32_t k = 0; k < r->nsel; k++) {
            const ward_sel_rec *s = &img->sels[r->sel_start + k];
            ward_printf(w, "  on %s", ward_family_name((ward_family)s->family));
            for (uint32_t t = 0; t < s->ntypes; t++) {
                ward_puts(w, t ? ", " : " ");
                put_str(w, img, img->u32s[s->types_start + t]);
            }
            ward_printf(w, " -> %s/%u\n", img->strs[img->funcs[s->func].name], s->func);
        }
    }
    for (uint32_t i = 0; i < img->nfuncs; i++)
        disasm_func(w, img, i);
}
