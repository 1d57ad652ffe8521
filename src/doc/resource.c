/* resource.c: resource sets. */
#include "resource.h"
#include "../base/alloc.h"
#include "../base/vec.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

void ward_resource_set_init(ward_resource_set *s)
{
    memset(s, 0, sizeof *s);
    ward_arena_init(&s->arena);
}

void ward_resource_set_free(ward_resource_set *s)
{
    for (size_t i = 0; i < s->ndocs; i++) {
        ward_doc_free(s->docs[i]);
        ward_free(s->docs[i]);
    }
    ward_free(s->docs);
    ward_free(s->deps);
    ward_free(s->items);
    ward_arena_free(&s->arena);
    memset(s, 0, sizeof *s);
}

long ward_resource_set_add(ward_resource_set *s, const ward_resource *r)
{
    if (WARD_VEC_PUSH(s->items, s->n, s->cap, *r) != 0)
        return -1;
    return (long)s->n - 1;
}

int ward_resource_set_adopt(ward_resource_set *s, ward_doc *doc)
{
    if (WARD_VEC_PUSH(s->docs, s->ndocs, s->capdocs, doc) != 0) {
        ward_doc_free(doc);
        ward_free(doc);
        return -1;
    }
    return 0;
}

void ward_resource_set_add_dep(ward_resource_set *s, const char *path)
{
    char real[PATH_MAX];
    const char *p = realpath(path, real) ? real : path;
    for (size_t i = 0; i < s->ndeps; i++)
        if (strcmp(s->deps[i], p) == 0)
            return;
    const char *copy = ward_arena_strdup(&s->arena, p);
    if (copy)
        WARD_VEC_PUSH(s->deps, s->ndeps, s->capdeps, copy);
}

static const char *family_names[WARD_FAM__COUNT] = {"arm", "terraform", "azureml", "json"};

const char *ward_family_name(ward_family f)
{
    return (unsigned)f < WARD_FAM__COUNT ? family_names[f] : "?";
}

int ward_family_from_name(const char *name, ward_family *out)
{
    for (int i = 0; i < WARD_FAM__COUNT; i++)
        if (strcmp(name, family_names[i]) == 0) {
            *out = (ward_family)i;
            return 0;
        }
    return -1;
}
