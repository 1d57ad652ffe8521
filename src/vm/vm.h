/* vm.h: evaluates a verified image against a resource set.
 *
 * For each resource, the type index yields the selectors that apply; each
 * runs with a step budget (fuel) and a memory cap.  Exhausting either gives
 * an `error` finding that names the rule, never a hang.  The VM has no
 * global state: one ward_vm per thread. */
#ifndef WARD_VM_H
#define WARD_VM_H

#include "../bytecode/image.h"
#include "../doc/resource.h"
#include "finding.h"

#include <stddef.h>
#include <stdint.h>

typedef struct ward_vm_options {
    uint64_t fuel;            /* instructions per (rule, resource); 0 = default 1,000,000 */
    size_t mem_cap;           /* bytes per (rule, resource); 0 = default 64 MiB */
} ward_vm_options;

typedef struct ward_vm ward_vm;

/* img must be verified (img->verified) and outlive the VM. */
ward_vm *ward_vm_new(const ward_image *img, const ward_vm_options *opt);
void ward_vm_free(ward_vm *vm);

uint32_t ward_vm_rule_count(const ward_vm *vm);
const ward_rule_info *ward_vm_rule(const ward_vm *vm, uint32_t i);
int ward_vm_find_rule(const ward_vm *vm, const char *id);          /* index or -1 */
void ward_vm_set_rule_enabled(ward_vm *vm, uint32_t rule, int enabled);
int ward_vm_rule_enabled(const ward_vm *vm, uint32_t rule);
void ward_vm_set_rule_severity(ward_vm *vm, uint32_t rule, ward_severity sev);
/* Families a rule selects, as a bit set of (1 << ward_family). */
unsigned ward_vm_rule_families(const ward_vm *vm, uint32_t rule);

/* Overrides a parameter with a document value (from configuration).
 * Returns 0, or -1 with a message when the name is unknown or the value does
 * not match the declared type.  The node must outlive the VM. */
int ward_vm_set_param(ward_vm *vm, const char *name, const ward_node *value, char *err, size_t errlen);
int ward_vm_has_param(const ward_vm *vm, const char *name);
/* Back to the image's defaults: rules enabled as declared, declared
 * severities, no parameter overrides (`ward test` runs cases in one VM). */
void ward_vm_reset_config(ward_vm *vm);
/* Copies rule switches, severities and parameter overrides from src (a VM
 * over the same image) — for worker threads.  Returns 0 or -1. */
int ward_vm_copy_config(ward_vm *dst, const ward_vm *src);

/* Parameters a rule reads (directly or through functions it calls): fills
 * out[] with parameter indices and returns how many (at most max). */
size_t ward_vm_rule_params(const ward_vm *vm, uint32_t rule, uint32_t *out, size_t max);
const char *ward_vm_param_name(const ward_vm *vm, uint32_t param);
const char *ward_vm_param_type(const ward_vm *vm, uint32_t param);
/* The parameter's value in force (configured, else its default) as text. */
void ward_vm_param_text(ward_vm *vm, uint32_t param, char *buf, size_t cap);

/* Runs every enabled rule over the set and appends findings.  Returns 0, or
 * -1 when out of memory. */
int ward_vm_run(ward_vm *vm, const ward_resource_set *set, ward_findings *out);

/* Statistics of the last run. */
typedef struct ward_vm_stats {
    uint64_t steps;
    uint64_t evaluations;
} ward_vm_stats;
ward_vm_stats ward_vm_get_stats(const ward_vm *vm);

#endif
