/* doc.h: the document model every reader produces.
 *
 * A document is a tree of JSON-like nodes allocated in one arena; every node
 * carries the span of its value in the input file, and every object member
 * the offset of its key, so that a finding can point at a property, or at the
 * deepest part of a path that exists.
 *
 * Strings are (pointer, length) pairs that need not be NUL-terminated: a
 * reader may point them straight into the source text when the value has no
 * escapes.  Object keys keep input order; lookups scan from the end, so a
 * duplicated key resolves to its last occurrence, as Azure does.
 *
 * UNKNOWN nodes stand for values that cannot be known before deployment (an
 * ARM expression ward does not evaluate, a Terraform after_unknown, another
 * resource's output).  Their string is a short description for messages. */
#ifndef WARD_DOC_H
#define WARD_DOC_H

#include "../base/arena.h"
#include "../base/span.h"

#include <stddef.h>
#include <stdint.h>

typedef enum ward_node_kind {
    WARD_N_NULL,
    WARD_N_BOOL,
    WARD_N_NUMBER,
    WARD_N_STRING,
    WARD_N_ARRAY,
    WARD_N_OBJECT,
    WARD_N_UNKNOWN,
} ward_node_kind;

enum {
    WARD_NF_ORIGIN = 1 << 0,     /* node is a ward_node_ex with an origin */
    WARD_NF_SECRET = 1 << 1,     /* sensitive: never print the value */
    WARD_NF_EXPR = 1 << 2,       /* value was computed from an expression */
    WARD_NF_KEYCALL = 1 << 3,    /* UNKNOWN produced by a list*() key/secret call */
    WARD_NF_SUPPRESS = 1 << 4,   /* reserved for readers */
    WARD_NF_REFERENCE = 1 << 5,  /* UNKNOWN read from another resource at deployment; its text is
                                    "reference(<id>).<path>" or "listKeys(<id>)" (ward_doc_reference_target) */
};

typedef struct ward_node ward_node;

typedef struct ward_member {
    const char *key;
    uint32_t klen;
    uint32_t kstart;             /* byte offset of the key token (same file as the object) */
    ward_node *value;
} ward_member;

struct ward_node {
    uint8_t kind;                /* ward_node_kind */
    uint8_t flags;               /* WARD_NF_* */
    uint16_t reserved;
    uint32_t len;                /* string bytes, array items or object members */
    ward_span span;              /* the value in its input */
    union {
        int b;
        double num;
        const char *str;         /* STRING and UNKNOWN */
        ward_node **items;       /* ARRAY */
        ward_member *members;    /* OBJECT */
    } u;
};

/* A node that also records where its value came from (a parameter default,
 * a parameter file, a variable, a module input).  Readers that evaluate
 * expressions allocate these; `base.flags` has WARD_NF_ORIGIN. */
typedef struct ward_node_ex {
    ward_node base;
    ward_span origin;
    const char *origin_label;    /* e.g. "parameter 'sku' default"; NUL-terminated */
} ward_node_ex;

typedef struct ward_doc {
    ward_arena arena;
    ward_node *root;
    uint32_t file;
} ward_doc;

void ward_doc_init(ward_doc *d, uint32_t file);
void ward_doc_free(ward_doc *d);

/* Constructors (arena-allocated, NULL on out of memory). */
ward_node *ward_node_new(ward_arena *a, ward_node_kind kind, ward_span span);
ward_node *ward_node_new_ex(ward_arena *a, ward_node_kind kind, ward_span span, ward_span origin,
                            const char *origin_label);
ward_node *ward_node_string(ward_arena *a, const char *s, size_t n, ward_span span);  /* copies s */
ward_node *ward_node_unknown(ward_arena *a, const char *why, ward_span span);           /* copies why */
ward_node *ward_node_bool(ward_arena *a, int b, ward_span span);
ward_node *ward_node_number(ward_arena *a, double n, ward_span span);
/* Shallow copy of a node with a new span (used when a value is placed at a
 * different location than where it was written, e.g. a parameter value). */
ward_node *ward_node_relocate(ward_arena *a, const ward_node *n, ward_span span, ward_span origin,
                              const char *origin_label);

/* A value used away from where it was written (a parameter default, a
 * variable, a local) is reported where it is used: when any item or member
 * of the container v lies outside `at`, returns a copy of v whose items and
 * members, at any depth, are placed at `at`, each keeping where it was
 * written as its origin (with `label` unless it has an origin already).
 * Returns v itself when nothing lies outside (or v is not a container), NULL
 * when out of memory.  Visits at most *budget nodes (decremented): a huge
 * value is placed only in part, never slowly. */
ward_node *ward_node_place_within(ward_arena *a, ward_node *v, ward_span at, const char *label, size_t *budget);

/* Lookups. */
const ward_member *ward_node_member(const ward_node *obj, const char *key, size_t klen);
const ward_node *ward_node_get(const ward_node *obj, const char *key);            /* NUL-terminated key */
const ward_node *ward_node_get_ci(const ward_node *obj, const char *key);         /* ASCII case-insensitive */
const ward_node *ward_node_at(const ward_node *arr, size_t i);
int ward_node_str_eq(const ward_node *n, const char *s);                          /* exact */
int ward_node_str_ieq(const ward_node *n, const char *s);                         /* ASCII case-insensitive */
const ward_span *ward_node_origin(const ward_node *n, const char **label);       /* NULL if none */

const char *ward_node_kind_name(ward_node_kind k);

/* For an UNKNOWN with WARD_NF_REFERENCE: the resource id (or symbolic name)
 * inside the parentheses and the property path after them (may be empty).
 * Returns 0, or -1 when the text does not have that shape. */
int ward_doc_reference_target(const char *text, size_t len, const char **id, size_t *idlen, const char **path,
                              size_t *pathlen);
/* A new UNKNOWN that reads `.name` (or `[name]`) of a reference UNKNOWN. */
ward_node *ward_node_reference_member(ward_arena *a, const ward_node *base, const char *name, size_t n, ward_span at);

#endif
