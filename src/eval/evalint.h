/* evalint.h: what the files of src/eval share and nobody else sees.
 *
 * The function library is a table (builtins.def) of handlers that take
 * evaluated arguments.  Helpers here build nodes in the context arena,
 * report errors as data (a diagnostic plus an UNKNOWN result), meter work
 * against the step budget, and implement the value semantics every handler
 * needs: three-valued deep equality, JSON text, numbers as ARM prints them,
 * and string offsets counted in UTF-16 units as .NET (and so ARM) counts. */
#ifndef WARD_EVALINT_H
#define WARD_EVALINT_H

#include "eval.h"

#include <stdarg.h>
#include <stdbool.h>

/* One call of a library function. */
typedef struct ward_ev_call {
    const char *name;        /* as written */
    size_t nlen;
    ward_node **args;
    size_t nargs;
    ward_span span;          /* where results are placed */
    ward_span where;         /* where diagnostics point (the call inside the string) */
} ward_ev_call;

typedef ward_node *(*ward_ev_fn)(ward_eval_ctx *ctx, const ward_ev_call *c);

/* Function flags (builtins.def). */
enum {
    WARD_EV_SEES_UNKNOWN = 1 << 0,   /* gets UNKNOWN arguments instead of returning the first one */
};

/* Bindings of a user-defined function's parameters or a lambda's variables. */
typedef struct ward_ev_frame {
    int is_lambda;
    const char *const *names;
    const size_t *lens;
    ward_node *const *vals;
    size_t n;
    const struct ward_ev_frame *up;
} ward_ev_frame;

/* --- nodes ---------------------------------------------------------------- */
ward_node *ward_ev_str(ward_eval_ctx *ctx, const char *s, size_t n, ward_span span);
ward_node *ward_ev_num(ward_eval_ctx *ctx, double v, ward_span span);
ward_node *ward_ev_bool(ward_eval_ctx *ctx, int b, ward_span span);
ward_node *ward_ev_null(ward_eval_ctx *ctx, ward_span span);
ward_node *ward_ev_array(ward_eval_ctx *ctx, size_t n, ward_span span);    /* n NULL items */
ward_node *ward_ev_object(ward_eval_ctx *ctx, size_t n, ward_span span);   /* n zeroed members */
/* UNKNOWN with a formatted description. */
ward_node *ward_ev_unknown(ward_eval_ctx *ctx, ward_span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A template error: a diagnostic at c->where and an UNKNOWN result.  Arity
 * errors are WARD_D_DOC_SHAPE errors; value errors WARD_D_DOC_NOTE warnings,
 * since a value ward computed differently from Azure must not fail a run. */
ward_node *ward_ev_error(ward_eval_ctx *ctx, const ward_ev_call *c, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
ward_node *ward_ev_arity(ward_eval_ctx *ctx, const ward_ev_call *c, const char *expect);
/* A copy of n placed at `span`; the value's own origin (or its old span)
 * becomes the origin of the copy, so findings can say where it came from. */
ward_node *ward_ev_place(ward_eval_ctx *ctx, const ward_node *n, ward_span span, const char *label);

/* --- budget --------------------------------------------------------------- */
/* Spends n steps; false (and an UNKNOWN via ward_ev_exhausted) when over budget. */
bool ward_ev_spend(ward_eval_ctx *ctx, size_t n);
ward_node *ward_ev_exhausted(ward_eval_ctx *ctx, ward_span span);

/* --- values --------------------------------------------------------------- */
/* 1 equal, 0 different, -1 unknown (an UNKNOWN inside, or too deep). */
int ward_ev_eq3(const ward_node *a, const ward_node *b, int depth);
/* The first UNKNOWN node inside n (n itself included), or NULL. */
const ward_node *ward_ev_find_unknown(const ward_node *n, int depth);
bool ward_ev_is_int(double v);
/* Shortest text that reads back as v; integers without a fraction. */
void ward_ev_fmt_num(double v, char buf[40]);
/* ARM's string(): strings as is, bools True/False, others compact JSON.
 * Returns 0, 1 if an UNKNOWN is inside (*unk set), -1 if too big or deep. */
int ward_ev_to_text(ward_writer *w, const ward_node *n, const ward_node **unk);
/* Compact JSON (strings quoted). Same returns as ward_ev_to_text. */
int ward_ev_to_json(ward_writer *w, const ward_node *n, int depth, const ward_node **unk);
/* Parses JSON text into nodes at `span`; NULL with *err set on bad input
 * (or *err NULL when out of memory). */
ward_node *ward_ev_parse_json(ward_eval_ctx *ctx, const char *s, size_t n, ward_span span, const char **err);
/* Whether s contains a placeholder of an unknown deployment fact, such as
 * "{subscriptionId}" in an id built by resourceId(). */
bool ward_ev_has_placeholder(const char *s, size_t n);
const char *ward_ev_kind(const ward_node *n);   /* "string", "array", ... for messages */

/* --- strings in UTF-16 units ----------------------------------------------- */
size_t ward_ev_u16_len(const char *s, size_t n);
/* Byte offset of UTF-16 index idx (idx == length gives n); -1 if idx is past
 * the end or splits a surrogate pair. */
int ward_ev_u16_offset(const char *s, size_t n, size_t idx, size_t *byte);
bool ward_ev_is_ascii(const char *s, size_t n);

/* --- argument access ------------------------------------------------------ */
/* Fetch argument i as a string / integer, or report a type error (returns
 * false and sets *err to the UNKNOWN result). */
bool ward_ev_arg_str(ward_eval_ctx *ctx, const ward_ev_call *c, size_t i, const char **s, size_t *n,
                 ward_node **err);
bool ward_ev_arg_int(ward_eval_ctx *ctx, const ward_ev_call *c, size_t i, int64_t *v, ward_node **err);

/* --- library -------------------------------------------------------------- */
/* Dispatches a call by name (ASCII case-insensitive). */
ward_node *ward_ev_dispatch(ward_eval_ctx *ctx, const ward_ev_call *c);
/* User-defined function ns.name (eval.c). */
ward_node *ward_ev_call_udf(ward_eval_ctx *ctx, const char *ns, size_t nslen, const ward_ev_call *c);
const ward_ev_frame *ward_ev_udf_frame(const ward_eval_ctx *ctx);

#define X(name, fn, min, max, flags) ward_node *ward_evf_##fn(ward_eval_ctx *ctx, const ward_ev_call *c);
#include "builtins.def"
#undef X

#endif
