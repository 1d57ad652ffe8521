/* plan_int.h: what the files of the Terraform plan reader share.
 *
 * plan.c walks the plan and makes resources; plan_map.c is the address index
 * (resource_changes and configuration are looked up by address, in time
 * linear in the plan); plan_config.c answers "does the configuration set
 * this attribute?"; plan_values.c edits a resource's `values` in place for
 * after_unknown, after_sensitive and azapi bodies. */
#ifndef WARD_TFPLAN_INT_H
#define WARD_TFPLAN_INT_H

#include "../../base/arena.h"
#include "../../base/diag.h"
#include "../../base/source.h"
#include "../../doc/doc.h"
#include "../../doc/resource.h"

#include <stddef.h>
#include <stdint.h>

/* ---- address index (plan_map.c) ---- */

typedef struct ward_tfp_slot {
    const char *key;           /* not NUL-terminated; NULL = empty slot */
    uint32_t klen;
    uint32_t hash;
    const ward_node *value;
} ward_tfp_slot;

typedef struct ward_tfp_map {
    ward_tfp_slot *slots;      /* open addressing, power-of-two capacity */
    size_t cap, n;
} ward_tfp_map;

void ward_tfp_map_init(ward_tfp_map *m);
void ward_tfp_map_free(ward_tfp_map *m);
/* Adds or replaces (a later duplicate wins).  The key must outlive the map.
 * Returns 0, or -1 when out of memory. */
int ward_tfp_map_put(ward_tfp_map *m, const char *key, size_t klen, const ward_node *value);
const ward_node *ward_tfp_map_get(const ward_tfp_map *m, const char *key, size_t klen);

/* ---- reader state (plan.c) ---- */

typedef struct ward_tfp_ctx {
    ward_resource_set *set;
    ward_sources *src;
    ward_diags *diags;
    uint32_t file;
    const char *path;              /* the plan's path, for names of decoded bodies */
    ward_tfp_map changes;          /* address -> resource_changes[] item */
    ward_tfp_map config;           /* "module.a.module.b.type.name" -> configuration resource */
    int config_state;              /* 0 not built yet, 1 built, -1 no configuration in the plan */
    const ward_node *configuration;
    ward_arena scratch;            /* configuration keys; freed when the read ends */
    char *key;                     /* buffer for lookup keys */
    size_t keycap;
    int failed;                    /* a located error was reported */
    int oom;
    const char *module;            /* module address of the resource being prepared, or NULL */
} ward_tfp_ctx;

/* Records a located error (WARD_D_DOC_SHAPE) at span and marks the read failed. */
void ward_tfp_error(ward_tfp_ctx *c, ward_span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Records a located warning (WARD_D_DOC_NOTE); the read still succeeds. */
void ward_tfp_warn(ward_tfp_ctx *c, ward_span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Records out of memory once. */
void ward_tfp_oom(ward_tfp_ctx *c, ward_span span);

/* The member `key` of an object (last occurrence), mutable; NULL if absent. */
ward_member *ward_tfp_member(ward_node *obj, const char *key, size_t klen);
/* The value of `key` (NUL-terminated) if it has the given kind, else NULL. */
const ward_node *ward_tfp_get(const ward_node *obj, const char *key, ward_node_kind kind);

/* ---- configuration (plan_config.c) ---- */

typedef enum ward_tfp_cfg_kind {
    WARD_TFP_CFG_ANY,      /* set by an expression, or not knowable: unknowns stay unknown */
    WARD_TFP_CFG_NONE,     /* the configuration does not set it: unknowns are defaults */
    WARD_TFP_CFG_BLOCK,    /* a block: an object of expressions and nested blocks */
    WARD_TFP_CFG_BLOCKS,   /* a list of blocks */
} ward_tfp_cfg_kind;

typedef struct ward_tfp_cfg {
    ward_tfp_cfg_kind kind;
    const ward_node *node;
} ward_tfp_cfg;

/* The configuration of a resource: BLOCK (its `expressions`), or ANY when
 * the plan has no configuration for it.  module is the resource's module
 * address with instance keys (`module.a["x"]`) or NULL; data is 1 for a data
 * source. */
ward_tfp_cfg ward_tfp_config_resource(ward_tfp_ctx *c, const char *module, int data, const ward_node *type,
                                      const ward_node *name);
/* Steps into member `key` of c; `have` is the planned value there (NULL if
 * absent), which decides the case of a block the configuration JSON omits. */
ward_tfp_cfg ward_tfp_cfg_member(ward_tfp_cfg c, const char *key, uint32_t klen, const ward_node *have);
/* Steps into element i of c. */
ward_tfp_cfg ward_tfp_cfg_index(ward_tfp_cfg c, uint32_t i);

/* ---- values (plan_values.c) ---- */

/* Where a container sits, for members added to it: its key token (or the
 * container's first byte when it has no key). */
typedef struct ward_tfp_loc {
    uint32_t kstart, kend;
} ward_tfp_loc;

/* Applies after_unknown `u` (an object) to `values` in place. */
void ward_tfp_apply_unknown(ward_tfp_ctx *c, ward_node *values, const ward_node *u, ward_tfp_cfg cfg,
                            ward_tfp_loc loc);
/* Marks the parts of `values` that `s` (after_sensitive / sensitive_values)
 * says are sensitive with WARD_NF_SECRET. */
void ward_tfp_mark_sensitive(ward_node *values, const ward_node *s);
/* Decodes values.body when it is a JSON string. */
void ward_tfp_decode_body(ward_tfp_ctx *c, ward_node *values, const char *address);

#endif
