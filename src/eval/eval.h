/* eval.h: the template evaluator shared by the ARM, Bicep and HCL readers.
 *
 * Values are document nodes (doc.h) allocated in a caller-given arena.  The
 * evaluator is three-valued: a result is either a known value or an UNKNOWN
 * node whose string says why it cannot be known before deployment ("reference()
 * is evaluated at deployment time", "unsupported function 'foo'").  A function
 * whose argument is UNKNOWN returns that UNKNOWN unless it can decide anyway
 * (if with a known condition, and(false, ?), or(true, ?), coalesce, length of
 * an array with unknown items, ...).  Nothing unsupported is guessed.
 *
 * Two entry points:
 *  - ward_eval_arm_string() parses and evaluates one ARM template string
 *    ("[concat(parameters('p'), '-x')]"), with located syntax diagnostics;
 *  - ward_eval_call() runs one library function on already evaluated
 *    arguments, for front ends with their own syntax (Bicep).
 *
 * The context carries callbacks for parameters, variables, user-defined
 * functions and copy loops, and the deployment facts the caller knows.  All
 * recursion is bounded (expression depth, user function depth, node depth)
 * and all work is metered by a step budget; sizes of produced strings and
 * arrays are capped.  Library code never prints: problems go to `diags`. */
#ifndef WARD_EVAL_H
#define WARD_EVAL_H

#include "../base/arena.h"
#include "../base/diag.h"
#include "../base/span.h"
#include "../base/writer.h"
#include "../doc/doc.h"

#include <stddef.h>
#include <stdint.h>

/* Limits (see docs/arm-expressions.md). */
#define WARD_EVAL_MAX_DEPTH 64           /* nesting of one expression */
#define WARD_EVAL_MAX_UDF_DEPTH 16       /* user-defined function calls in flight */
#define WARD_EVAL_MAX_NODE_DEPTH 256     /* depth of values walked (equals, string(), json()) */
#define WARD_EVAL_MAX_STRING (1u << 20)  /* bytes of one produced string */
#define WARD_EVAL_MAX_ITEMS 100000u      /* items of one produced array/object */
#define WARD_EVAL_DEFAULT_BUDGET 2000000 /* steps per top-level evaluation */

typedef struct ward_eval_ctx ward_eval_ctx;

/* Looks up a template parameter or variable by name (ASCII case-insensitive
 * in ARM; the callback decides).  Returns the value, or NULL when the name is
 * not declared.  A returned node may be UNKNOWN (a parameter without value).
 * The node is borrowed; the evaluator never modifies it. */
typedef const ward_node *(*ward_eval_lookup_fn)(ward_eval_ctx *ctx, const char *name, size_t len);

/* Returns the definition of user-defined function `ns.name` from the
 * template's `functions` section: the member object with "parameters"
 * (array of {name, type}) and "output" ({type, value}), or NULL if unknown. */
typedef const ward_node *(*ward_eval_udf_fn)(ward_eval_ctx *ctx, const char *ns, size_t nslen,
                                             const char *name, size_t nlen);

/* Current iteration of copy loop `loop` (len 0: the innermost loop).
 * Returns 0 and sets *index when known, -1 otherwise. */
typedef int (*ward_eval_copy_index_fn)(ward_eval_ctx *ctx, const char *loop, size_t len,
                                       int64_t *index);

/* What the caller knows about the deployment.  NULL fields are unknown. */
typedef struct ward_eval_facts {
    const char *subscription_id;
    const char *resource_group;      /* name */
    const char *location;            /* of the resource group */
    const char *tenant_id;
    const char *management_group;    /* id (name) */
    const char *deployment_name;
    const char *cloud;               /* "AzureCloud" enables environment() values */
} ward_eval_facts;

struct ward_eval_ctx {
    ward_arena *arena;               /* results live here */
    ward_diags *diags;               /* may be NULL: no diagnostics recorded */
    void *user;                      /* for the callbacks */
    ward_eval_lookup_fn parameter;
    ward_eval_lookup_fn variable;
    ward_eval_udf_fn user_function;
    ward_eval_copy_index_fn copy_index;
    ward_eval_facts facts;
    long budget;                     /* steps per top-level evaluation */

    /* Evaluator state (set by ward_eval_ctx_init; do not touch). */
    long steps;
    unsigned depth;                  /* nested evaluations (user functions) */
    int exhausted;                   /* budget ran out in this evaluation */
    const void *frame;               /* innermost user-function or lambda bindings */
};

void ward_eval_ctx_init(ward_eval_ctx *ctx, ward_arena *arena, ward_diags *diags);

/* Evaluates one ARM template string value, located at `span` (the string as
 * written, with or without its quotes; diagnostics point inside it when the
 * text maps 1:1 onto the source).  A string without a leading '[' and a
 * trailing ']' is a literal; "[[..." is a literal with the first '[' removed.
 * Returns a node placed at `span` (values from parameters and variables keep
 * their origin), an UNKNOWN node on syntax errors (with a WARD_D_DOC_SYNTAX
 * diagnostic), or NULL when out of memory. */
ward_node *ward_eval_arm_string(ward_eval_ctx *ctx, const char *text, size_t len, ward_span span);

/* Evaluates a JSON value of a template deeply: every string in it is passed to
 * ward_eval_arm_string.  Used for variables, function outputs and properties. */
ward_node *ward_eval_value(ward_eval_ctx *ctx, const ward_node *value);

/* Calls library function `name` (ASCII case-insensitive, as ARM) on evaluated
 * arguments; `span` locates the result and diagnostics.  Unknown names give
 * an UNKNOWN "unsupported function 'x'".  NULL only when out of memory. */
ward_node *ward_eval_call(ward_eval_ctx *ctx, const char *name, size_t nlen, ward_node **args,
                          size_t nargs, ward_span span);

/* Whether `name` is a library function (for front ends that check names). */
int ward_eval_has_function(const char *name, size_t nlen);

/* A resource id split into its parts (arena strings, NUL-terminated):
 * "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/a"
 * gives scope "/subscriptions/s/resourceGroups/g", type
 * "Microsoft.Network/virtualNetworks/subnets" and name "v/a". */
typedef struct ward_resource_id {
    const char *scope;
    const char *type;
    const char *name;
} ward_resource_id;

/* Returns 0, or -1 if `id` is not a resource id (or out of memory). */
int ward_eval_resource_id_parts(ward_arena *arena, const char *id, size_t len,
                                ward_resource_id *out);

/* The deterministic ARM hashes, exposed for readers and tests.  `out` gets 13
 * characters plus NUL (uniqueString) or 36 plus NUL (guid).  The parts are
 * joined with '-' before hashing, as ARM does.  Both return 0, or -1 when out
 * of memory (or, for guid, when the digest library fails). */
int ward_eval_unique_string(const char *const *parts, const size_t *lens, size_t n, char out[14]);
int ward_eval_guid(const char *const *parts, const size_t *lens, size_t n, char out[37]);

/* Compact JSON of a value (members in order, numbers in shortest form), as
 * ARM's string() and Terraform's jsonencode() write it.  Returns 0, 1 when
 * the value holds an UNKNOWN (nothing useful written), or -1 when it is
 * nested too deeply or grows past the evaluator's string limit. */
int ward_eval_to_json(ward_writer *w, const ward_node *n);

/* Canonical compact rendering of a value for tests and debugging: JSON with
 * object members in input order, numbers in shortest form, and UNKNOWN as
 * ?"description" (?key"..." when it came from a list*() call). */
void ward_eval_dump(ward_writer *w, const ward_node *n);

#endif
