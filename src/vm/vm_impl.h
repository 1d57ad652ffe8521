/* vm_impl.h: VM internals shared by vm.c and builtins.c. */
#ifndef WARD_VM_IMPL_H
#define WARD_VM_IMPL_H

#include "value.h"
#include "vm.h"

enum { VM_STACK = 1 << 14, VM_LOCALS = 1 << 14, VM_MAX_CALLS = 64 };

typedef struct vm_frame {
    uint32_t func;
    uint32_t pc;          /* offset inside the function */
    uint32_t locals;      /* base index in vm->locals */
    uint32_t sp;          /* stack height at entry */
    uint32_t memo;        /* 1: a 0-argument function whose result is kept for the run */
} vm_frame;

struct ward_vm {
    const ward_image *img;
    uint8_t oplen[256];        /* instruction lengths, so the loop does not re-derive them */
    ward_vm_options opt;
    ward_rule_info *rules;
    const char ***refs;
    uint8_t *enabled;
    /* parameters */
    const ward_node **param_override;
    ward_value *param_cache;
    uint8_t *param_state;      /* 0 not computed, 1 computing, 2 ready */
    ward_arena persist;        /* parameter values */
    /* evaluation state */
    ward_arena eval;
    ward_value *stack;
    uint32_t sp;
    ward_value *locals;
    uint32_t nlocals;
    vm_frame frames[VM_MAX_CALLS];
    uint32_t nframes;
    uint64_t fuel;
    const char *error;         /* set when an evaluation must stop */
    /* current rule evaluation */
    const ward_resource_set *set;
    uint32_t cur_res;
    uint32_t cur_rule;
    int taint;
    ward_value pending;
    int have_at;
    ward_value at;
    int sev_override;          /* -1, or the severity of the next finding (SEV) */
    /* per run (one resource set): resources(type) answers, memoised — rules
     * ask for the same types once per resource, which was quadratic */
    ward_arena run;
    struct ward_vm_memo { const char *type; uint32_t len; uint8_t family; ward_vlist *list; } *memo;
    size_t nmemo, capmemo;
    /* ... and the results of 0-argument functions and module-level lets
     * (per family, as resources() is): "the first AI account of the
     * deployment", asked once per resource, was quadratic */
    struct ward_vm_fmemo { uint32_t func; uint8_t family; ward_value v; } *fmemo;
    size_t nfmemo, capfmemo;
    ward_findings *out;
    ward_vm_stats stats;
};

/* Builtins: args points at nargs values; returns the result. */
ward_value ward_vm_builtin(ward_vm *vm, unsigned id, ward_value *args, unsigned nargs);
const char *ward_vm_res_name(void *vm, uint32_t res);
ward_value ward_vm_get_member(ward_vm *vm, const ward_value *obj, const char *key, uint32_t klen);
void *ward_vm_alloc(ward_vm *vm, size_t n);
ward_value ward_vm_xml_elements(ward_vm *vm, ward_value *args);

#endif
