/* bicep_eval.h: the Bicep evaluator's state, shared by bicep_eval.c
 * (expressions), bicep_lib.c (Bicep-only functions: load*Content, lambdas,
 * bicepparam functions) and bicep_read.c (declarations, resources, modules,
 * parameter files).
 *
 * A scope is one evaluation of one file: the entry template, each module
 * instance with its inputs, each imported file, each .bicepparam file.  Its
 * symbols (params, vars, resources, modules, functions, imports) are
 * evaluated lazily and memoised; a symbol met again while it is being
 * evaluated is a cycle and evaluates to UNKNOWN.  Values are ward_node trees
 * in the resource set's arena, located at the Bicep text they came from. */
#ifndef WARD_BICEP_EVAL_H
#define WARD_BICEP_EVAL_H

#include "../../eval/eval.h"
#include "../reader.h"
#include "bicep_syntax.h"

enum {
    WARD_BICEP_MAX_MODULE_DEPTH = 16,
    WARD_BICEP_MAX_EVAL_DEPTH = 200,
    WARD_BICEP_MAX_INSTANCES = 1000,
    WARD_BICEP_STEP_BUDGET = 20000000,
};

typedef enum ward_bsym_kind {
    WARD_BS_PARAM, WARD_BS_VAR, WARD_BS_RESOURCE, WARD_BS_MODULE, WARD_BS_FUNC, WARD_BS_OUTPUT,
    WARD_BS_IMPORTED,   /* a name imported from another file: target/tname */
    WARD_BS_NAMESPACE,  /* import * as ns, or an extension alias */
} ward_bsym_kind;

typedef struct ward_bscope ward_bscope;
typedef struct ward_benv ward_benv;
typedef struct ward_breader ward_breader;

/* One deployed instance of a resource or module declaration. */
typedef struct ward_binst {
    ward_node *body;         /* ARM-shaped body (resources) or deployment body (modules) */
    ward_node *name;         /* full name node */
    ward_node *id;           /* resource id (string or UNKNOWN) */
    uint32_t flags;          /* WARD_RF_* */
    int parent;              /* instance index in the parent symbol, or -1 */
    ward_bscope *module;     /* modules: the scope of the called file, or NULL */
    long index;              /* index in the resource set once added, else -1 */
    const ward_benv *env;    /* loop bindings of this instance (for nested children) */
    const char *address;
} ward_binst;

typedef struct ward_bsym {
    ward_bsym_kind kind;
    const char *name;
    uint32_t len;
    const ward_bnode *decl;
    int state;               /* 0 not evaluated, 1 evaluating, 2 done */
    ward_node *value;        /* params, vars, outputs, imports */
    const char *label;       /* origin label of a param/var value */
    int secure;              /* @secure() */
    /* resources and modules */
    struct ward_bsym *parent;      /* nested in / parent: */
    int parent_known;
    const char *type;              /* full ARM type */
    const char *api;               /* api version or "" */
    ward_binst *inst;
    size_t ninst;
    int looped;
    int noted;               /* a registry note was given */
    /* imports */
    ward_bscope *target;
    const char *tname;
    uint32_t tlen;
} ward_bsym;

struct ward_bscope {
    ward_breader *r;
    uint32_t file;
    const char *path;              /* as loaded, for relative paths */
    const char *chain;             /* NULL for the entry file */
    const ward_bnode *stmts;
    ward_bsym *syms;
    size_t nsyms;
    const ward_node *inputs;       /* module inputs: object of parameter values */
    ward_span inputs_at;           /* the module's `params` in the caller */
    ward_bscope *paramfile;        /* .bicepparam scope giving values, or NULL */
    const ward_node *json_params;  /* ARM parameters file `parameters` object, or NULL */
    const char *json_params_path;
    ward_bscope *base;             /* bicepparam `extends` */
    int depth;                     /* module depth */
    int is_param_file;
    int subscription_scope;        /* targetScope is subscription/managementGroup/tenant */
    uint32_t rflags;               /* flags inherited by every resource (module instance) */
};

/* Local bindings: loop variables, lambda and function parameters. */
struct ward_benv {
    const char *name;
    uint32_t len;
    ward_node *val;
    const struct ward_benv *up;
};

struct ward_breader {
    ward_resource_set *set;
    ward_sources *src;
    ward_diags *diags;
    ward_arena *arena;             /* set->arena */
    ward_eval_ctx ev;
    const ward_read_opts *opts;
    long steps;
    int depth;                     /* expression recursion */
    int exhausted;
    int failed;                    /* an error diagnostic was added */
    ward_bscope **scopes;          /* every scope made (freed at the end) */
    size_t nscopes, capscopes;
    struct { uint32_t file; const ward_bnode *stmts; int failed; } *parsed;
    size_t nparsed, capparsed;
    /* Objects read from other resources' bodies (acct.identity, ...): a
     * property missing from them is that resource's runtime value, which
     * becomes "reference(<id>).<path>" so policies can join on it. */
    struct ward_bprov { const ward_node *node; const char *id; const char *path; } *prov;
    size_t nprov, capprov;
};

/* bicep_eval.c */
ward_node *ward_beval(ward_bscope *sc, const ward_benv *env, const ward_bnode *e);
ward_node *ward_bunknown(ward_bscope *sc, ward_span at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
ward_node *ward_bcall(ward_bscope *sc, const char *name, ward_node **args, size_t nargs, ward_span at);
/* A copy of v placed at `at`, remembering where v came from. */
ward_node *ward_bplace(ward_bscope *sc, const ward_node *v, ward_span at, const char *label);
int ward_btruth(const ward_node *v);   /* 1 true, 0 false, -1 unknown or not a bool */
int ward_bstep(ward_bscope *sc, long n);   /* 0 when over budget */
ward_node *ward_bobject(ward_bscope *sc, size_t n, ward_span at);
ward_node *ward_barray(ward_bscope *sc, size_t n, ward_span at);

/* If e names a resource or module (acct, acct[i], parent::child), its symbol;
 * *sc becomes the symbol's scope and *inst the instance (-1: all or unknown). */
ward_bsym *ward_bref(ward_bscope **sc, const ward_benv *env, const ward_bnode *e, long *inst);

/* bicep_lib.c: Bicep's own functions.  Returns NULL when `name` is not one
 * of them (then the ARM library is asked); *handled set otherwise. */
ward_node *ward_blib_call(ward_bscope *sc, const ward_benv *env, const ward_bnode *call, const char *name,
                          uint32_t nlen, int *handled);
/* Resolves a path relative to the scope's file (arena string). */
const char *ward_bpath(ward_bscope *sc, const char *rel, size_t len);
/* Loads a file into the sources table once; WARD_NO_FILE if unreadable. */
uint32_t ward_bload(ward_breader *r, const char *path);

/* bicep_read.c */
ward_bsym *ward_bscope_find(ward_bscope *sc, const char *name, size_t len);
ward_node *ward_bsym_value(ward_bscope *sc, ward_bsym *s, ward_span at);
/* Makes sure a resource or module symbol's instances are evaluated. */
void ward_bsym_eval_decl(ward_bscope *sc, ward_bsym *s);
/* A user-defined function call (func); NULL if `s` is not a function. */
ward_node *ward_bcall_func(ward_bscope *sc, ward_bsym *s, ward_node **args, size_t nargs, ward_span at);
/* An imported symbol's home: follows IMPORTED links. */
ward_bsym *ward_bresolve(ward_bscope **sc, ward_bsym *s);

#endif
