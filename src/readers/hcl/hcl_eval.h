/* hcl_eval.h: the HCL evaluator's state, shared by hcl_eval.c (expressions),
 * hcl_lib.c (Terraform's function library) and hcl_read.c (modules,
 * variables, resources, blocks).
 *
 * A module instance (ward_hmod) is one evaluation of one Terraform module
 * directory: the root module, or one instance of a `module` call with its
 * inputs.  Its locals, resources, module calls and outputs are evaluated
 * lazily and memoised; a symbol met again while it is being evaluated is a
 * cycle and evaluates to UNKNOWN.  Values are ward_node trees in the
 * resource set's arena, located at the HCL text they came from.  Every
 * resource instance body is registered as a "provenance" root: reading an
 * attribute the configuration does not set (`azurerm_x.y.id`) gives the
 * reference UNKNOWN "reference(<address>).<attr>" (WARD_NF_REFERENCE). */
#ifndef WARD_HCL_EVAL_H
#define WARD_HCL_EVAL_H

#include "../../eval/eval.h"
#include "../reader.h"
#include "hcl_syntax.h"

enum {
    WARD_HCL_MAX_MODULE_DEPTH = 16,
    WARD_HCL_MAX_EVAL_DEPTH = 200,
    WARD_HCL_MAX_INSTANCES = 1000,
    WARD_HCL_MAX_MODULE_INSTANCES = 2000,   /* module instances per read: count inside count grows fast */
    WARD_HCL_STEP_BUDGET = 20000000,
};

typedef struct ward_hmod ward_hmod;
typedef struct ward_hreader ward_hreader;

/* Local bindings: each, count, for-expression and dynamic-block iterators,
 * and the element of a splat (name ""). */
typedef struct ward_henv {
    const char *name;
    uint32_t len;
    ward_node *val;
    const struct ward_henv *up;
} ward_henv;

/* One instance of a resource or module call. */
typedef struct ward_hinst {
    ward_node *key;          /* NULL (single), NUMBER (count) or STRING (for_each), or UNKNOWN */
    const char *address;     /* resources: full address; calls: address prefix "module.x[0]." */
    ward_node *body;         /* resources: evaluated attributes */
    uint32_t flags;          /* WARD_RF_* */
    ward_hmod *child;        /* calls: the called module instance, or NULL */
} ward_hinst;

typedef enum ward_hsym_kind { WARD_HS_VAR, WARD_HS_LOCAL, WARD_HS_RESOURCE, WARD_HS_DATA, WARD_HS_CALL, WARD_HS_OUTPUT } ward_hsym_kind;

typedef struct ward_hsym {
    ward_hsym_kind kind;
    const char *type;        /* resources: the type label */
    const char *name;
    const ward_hnode *decl;  /* the block (variables, resources, calls, outputs) or attribute (locals) */
    int state;               /* 0 not evaluated, 1 evaluating, 2 done */
    ward_node *value;        /* variables, locals, outputs; resources and calls: referencable value */
    const char *label;       /* variables: origin label of the value */
    int sensitive;
    ward_hinst *inst;
    size_t ninst;
    int looped;              /* count or for_each present */
} ward_hsym;

struct ward_hmod {
    ward_hreader *r;
    const char *dir;         /* the module directory as given / resolved */
    const char *chain;       /* NULL for the root module */
    const char *prefix;      /* address prefix: "" or "module.ai." */
    ward_hnode **items;      /* top-level items of every .tf file, in file order */
    size_t nitems;
    ward_hsym *syms;
    size_t nsyms;
    int depth;
    uint32_t rflags;         /* flags every resource of this instance inherits */
    const ward_hmod *parent; /* the module instance that calls this one; NULL for the root */
};

struct ward_hreader {
    ward_resource_set *set;
    ward_sources *src;
    ward_diags *diags;
    ward_arena *arena;       /* set->arena */
    ward_eval_ctx ev;        /* for the shared function library */
    const ward_read_opts *opts;
    const char *root_dir;
    long steps;
    long nmods;              /* module instances created */
    int depth;
    int exhausted;
    long errors;             /* definite evaluation errors so far (try() and can() watch it) */
    int failed;              /* an error diagnostic was added */
    struct ward_hprov { const ward_node *node; const char *path; } *prov;
    size_t nprov, capprov;
    struct ward_hdir { const char *dir; ward_hnode **items; size_t nitems; int failed; } *dirs;
    size_t ndirs, capdirs;
};

/* hcl_eval.c */
ward_node *ward_heval(ward_hmod *m, const ward_henv *env, const ward_hnode *e);
/* An UNKNOWN located at `at`; `error` counts it as a definite error (try()). */
ward_node *ward_hunknown(ward_hmod *m, ward_span at, int error, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A copy of v located at `at` (keeping v's origin, or giving it `label` when non-NULL). */
ward_node *ward_hplace(ward_hmod *m, const ward_node *v, ward_span at, const char *label);
ward_node *ward_hobject(ward_hmod *m, size_t n, ward_span at);
ward_node *ward_harray(ward_hmod *m, size_t n, ward_span at);
ward_node *ward_hstring(ward_hmod *m, const char *s, size_t n, ward_span at);
/* Value to text as an interpolation converts it; NULL when it has no string form. */
const char *ward_hto_string(ward_hmod *m, const ward_node *v, size_t *len);
int ward_htruth(const ward_node *v);   /* 1 true, 0 false, -1 unknown or not a bool */
int ward_hequal(const ward_node *a, const ward_node *b);   /* 1, 0, or -1 unknown */
ward_node *ward_hget_attr(ward_hmod *m, ward_node *obj, const char *name, size_t n, ward_span at);
ward_node *ward_hget_index(ward_hmod *m, ward_node *obj, ward_node *key, ward_span at);
/* Marks v (an instance body, or a part of it) as read from resource `path`. */
void ward_hprov_add(ward_hreader *r, const ward_node *v, const char *path);
int ward_hstep(ward_hmod *m);   /* 0 when over budget */

/* hcl_lib.c */
ward_node *ward_hcall(ward_hmod *m, const ward_henv *env, const ward_hnode *call);

/* hcl_read.c */
ward_hsym *ward_hfind(ward_hmod *m, ward_hsym_kind kind, const char *type, const char *name, size_t len);
ward_node *ward_hsym_value(ward_hmod *m, ward_hsym *s, ward_span at);

#endif
