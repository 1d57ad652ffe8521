/* armint.h: what the files of the ARM reader share and nobody else sees.
 *
 *  - arm_reader: one entry template being read (the set, the sources, the
 *    diagnostics sink, the work budget, the cache of linked files);
 *  - arm_scope: the parameters, variables and functions that expressions of
 *    one template see (a nested deployment with "inner" scope or a linked
 *    template gets its own; an "outer" one shares its parent's);
 *  - arm_ev: one evaluation site: a scope plus the copy loops around it.
 *
 * arm_scope.c evaluates (callbacks, lazy parameters and variables, the deep
 * walk over values with property copies); arm_params.c reads parameter
 * files; arm_res.c turns resource declarations into resources; arm.c is the
 * entry point. */
#ifndef WARD_ARMINT_H
#define WARD_ARMINT_H

#include "../../eval/eval.h"
#include "arm.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ARM_MAX_LOOPS 8        /* copy loops around one evaluation site */
#define ARM_MAX_LOOKUP_DEPTH 48 /* parameters/variables evaluated inside each other */

typedef struct arm_link {
    char *path;                /* arena copy of the resolved path */
    ward_doc *doc;             /* owned by the set once adopted; NULL if it failed */
} arm_link;

typedef struct arm_reader {
    ward_resource_set *set;
    ward_arena *arena;         /* &set->arena */
    ward_sources *src;
    const ward_read_opts *opts;
    ward_diags *diags;
    const char *entry_name;    /* base name of the entry file, for chains */
    long work;                 /* evaluation steps spent */
    int budget_noted;
    int capped_noted;          /* resource cap reported */
    size_t uri_links;          /* deployments linked by URI */
    ward_span first_uri;
    arm_link *links;           /* relativePath files loaded (heap array) */
    size_t nlinks, caplinks;
    int errors;                /* structural errors reported */
} arm_reader;

typedef struct arm_named {
    const char *name;          /* as declared */
    size_t len;
    const ward_node *decl;     /* parameter declaration / variable raw value */
    const ward_node *given;    /* parameters: value given from outside (with origin), or NULL */
    ward_node *value;          /* resolved, cached */
    int state;                 /* 0 not resolved, 1 resolving, 2 done */
    int is_copy;               /* variables: an entry of the variable `copy` array */
} arm_named;

typedef struct arm_scope {
    arm_reader *r;
    const ward_node *tmpl;     /* template object */
    uint32_t file;
    arm_named *params;         /* arena arrays */
    size_t nparams;
    arm_named *vars;
    size_t nvars;
    const ward_node *functions;
    const char *deployment;    /* name of the deployment that holds it, or NULL */
} arm_scope;

typedef struct arm_loop {
    const char *name;
    size_t len;
    int64_t index;
    int known;
    int resource;              /* a resource (or output) loop: what copyIndex() without a name means */
} arm_loop;

typedef struct arm_ev {
    arm_scope *scope;
    arm_loop loops[ARM_MAX_LOOPS];
    size_t nloops;
    int lookup_depth;          /* parameters/variables being resolved around this site */
} arm_ev;

/* --- arm_scope.c --------------------------------------------------------- */
/* Builds the scope of template `tmpl` (parameters, variables, functions);
 * NULL when out of memory.  `deployment` is the name deployment() reports. */
arm_scope *arm_scope_new(arm_reader *r, const ward_node *tmpl, const char *deployment);
/* Gives parameter `name` a value from outside (a parameter file, a nested
 * deployment's properties.parameters); the node should carry its origin.
 * Returns false when the template declares no such parameter. */
bool arm_scope_give(arm_scope *s, const char *name, size_t len, const ward_node *value);
/* Evaluates a string node; returns a node at str->span (never NULL unless
 * out of memory). */
ward_node *arm_eval_string(arm_ev *ev, const ward_node *str);
/* Evaluates a value deeply (strings, property copy loops); keeps spans. */
ward_node *arm_eval_tree(arm_ev *ev, const ward_node *v);
/* Same, but leaves the members named in `skip` (NULL-terminated, compared
 * case-insensitively) as written: used for child `resources` and inline
 * nested `template`s, which are read separately. */
ward_node *arm_eval_object_except(arm_ev *ev, const ward_node *obj, const char *const *skip);
/* Copy loops: pushes loop `name` (false when nested too deeply); the count
 * of a copy (-1 when unknown; capped at WARD_ARM_MAX_COPY with a note); the
 * array of a {count, input} copy with copyIndex(name) bound.  Property and
 * variable loops must be named in copyIndex('name'); a bare copyIndex()
 * means the innermost resource or output loop (`resource` set). */
bool arm_push_loop(arm_ev *ev, const char *name, size_t len, int64_t index, int known, int resource);
int64_t arm_copy_count(arm_ev *ev, const ward_node *count, ward_span at);
ward_node *arm_eval_copy(arm_ev *ev, const ward_node *item, const char *name, size_t nlen, int resource);
/* An UNKNOWN node at span with a formatted reason (arena of the reader). */
ward_node *arm_unknown(arm_reader *r, ward_span span, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
bool arm_ieq(const char *a, size_t alen, const char *b);
/* NUL-terminated arena copy of a node's string, or of the text of an UNKNOWN
 * or non-string value ("[expression]" as written when `raw` is given). */
const char *arm_node_text(arm_reader *r, const ward_node *v, const ward_node *raw);
/* A structural problem of the template: a warning (the rest is still read). */
void arm_warn(arm_reader *r, ward_span span, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* --- arm_params.c -------------------------------------------------------- */
/* Gives the entry scope the values of its parameter files: opts->param_files
 * when set, otherwise the file paired with `path` by name, if it exists. */
void arm_params_apply(arm_reader *r, arm_scope *s, const char *path);

/* --- arm_res.c ----------------------------------------------------------- */
typedef struct arm_site {
    arm_scope *scope;
    const ward_node *tmpl;     /* the template whose resources are read */
    const char *chain;         /* NULL for the entry template */
    int depth;                 /* nested deployment level */
    int32_t deployment;        /* index of the deployment resource, or -1 */
    const char *owner;         /* names outputs: the deployment's label, or the entry file name */
    uint32_t flags;            /* WARD_RF_* inherited from the deployment */
} arm_site;

/* Reads the resources and outputs of one template. */
void arm_read_template(arm_reader *r, const arm_site *site);

#endif
