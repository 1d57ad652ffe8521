/* resource.h: the resource model the VM evaluates.
 *
 * Whatever the input family, a reader ends with one list of resources per
 * deployment set (a template with its nested deployments and modules, or a
 * Terraform plan).  Each resource has a family, a type, a name or address,
 * the body node rules navigate, the span of its declaration, and relations
 * (parent).  Rules select resources by (family, type); cross-resource queries
 * see the other resources of the same set. */
#ifndef WARD_RESOURCE_H
#define WARD_RESOURCE_H

#include "../base/source.h"
#include "doc.h"

#include <stddef.h>
#include <stdint.h>

typedef enum ward_family {
    WARD_FAM_ARM = 0,        /* ARM JSON and Bicep */
    WARD_FAM_TERRAFORM = 1,  /* plan JSON and HCL */
    WARD_FAM_AZUREML = 2,    /* Azure ML CLI v2 YAML */
    WARD_FAM_JSON = 3,       /* plain JSON resource lists (test vehicle) */
    WARD_FAM__COUNT
} ward_family;

enum {
    WARD_RF_CONDITIONAL = 1 << 0, /* deployed only if a condition we could not decide holds */
    WARD_RF_EXISTING = 1 << 1,    /* declared `existing`: properties unknown */
    WARD_RF_LOOP = 1 << 2,        /* one instance of a copy/for/count/for_each */
};

typedef struct ward_resource {
    ward_family family;
    const char *type;         /* NUL-terminated; ARM types compare case-insensitively */
    const char *name;         /* full name ("acct/deployment"), or Terraform name */
    const char *address;      /* Terraform address, ARM symbolic name or resource id text */
    const char *chain;        /* module / deployment chain, or NULL for the entry file */
    const ward_node *body;    /* the object rules navigate */
    ward_span span;           /* the declaration (first line of the resource) */
    int32_t parent;           /* index in the set, or -1 */
    uint32_t flags;           /* WARD_RF_* */
    uint32_t body_kstart;     /* when the body is an object member (a plan's "values"): its key
                                 offset, where absent top-level properties point; 0 = none */
} ward_resource;

typedef struct ward_resource_set {
    ward_resource *items;
    size_t n, cap;
    ward_arena arena;         /* strings and nodes made while building the set */
    ward_doc **docs;          /* documents the resources point into (owned) */
    size_t ndocs, capdocs;
    const char **deps;        /* real paths of module / linked files read through this one */
    size_t ndeps, capdeps;
} ward_resource_set;

void ward_resource_set_init(ward_resource_set *s);
void ward_resource_set_free(ward_resource_set *s);
/* Appends a copy of r (strings are not copied: keep them in s->arena or in a
 * document that outlives the set).  Returns the new index, or -1. */
long ward_resource_set_add(ward_resource_set *s, const ward_resource *r);

/* Takes ownership of a heap-allocated document (ward_malloc'd ward_doc):
 * it is freed with the set.  Returns 0, or -1 (the doc is freed). */
int ward_resource_set_adopt(ward_resource_set *s, ward_doc *doc);

/* Records that path (a module or linked template) was read through the
 * set's entry file; a run does not also check it alone. */
void ward_resource_set_add_dep(ward_resource_set *s, const char *path);

const char *ward_family_name(ward_family f);
int ward_family_from_name(const char *name, ward_family *out);

#endif
