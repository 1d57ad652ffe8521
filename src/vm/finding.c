/* finding.c: finding collections. */
#include "finding.h"
#include "../base/alloc.h"
#include "../base/vec.h"

#include <stdlib.h>
#include <string.h>

void ward_findings_init(ward_findings *f)
{
    memset(f, 0, sizeof *f);
    ward_arena_init(&f->arena);
}

void ward_findings_free(ward_findings *f)
{
    ward_free(f->items);
    ward_arena_free(&f->arena);
    memset(f, 0, sizeof *f);
}

ward_finding *ward_findings_add(ward_findings *f, const ward_finding *x)
{
    if (WARD_VEC_PUSH(f->items, f->n, f->cap, *x) != 0)
        return NULL;
    return &f->items[f->n - 1];
}

static int strcmp0(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

static int cmp_finding(const void *pa, const void *pb)
{
    const ward_finding *a = pa, *b = pb;
    if (a->span.file != b->span.file)
        return a->span.file < b->span.file ? -1 : 1;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    int c = strcmp0(a->rule ? a->rule->id : NULL, b->rule ? b->rule->id : NULL);
    if (c)
        return c;
    c = strcmp0(a->resource_address, b->resource_address);
    if (c)
        return c;
    c = strcmp0(a->chain, b->chain);
    if (c)
        return c;
    return strcmp0(a->message, b->message);
}

void ward_findings_sort(ward_findings *f)
{
    if (f->n > 1)
        qsort(f->items, f->n, sizeof *f->items, cmp_finding);
}

static const char *resource_of(const ward_finding *x)
{
    return x->resource_address ? x->resource_address : x->resource_name ? x->resource_name : "";
}

static int same_place(const ward_finding *a, const ward_finding *b)
{
    return a->span.file == b->span.file && a->span.start == b->span.start && a->rule == b->rule &&
           a->status == b->status && a->severity == b->severity && a->suppressed == b->suppressed &&
           strcmp0(a->chain, b->chain) == 0;
}

/* A run groups only when each of its resources appears once: two findings
 * of one resource at one place are two different failures. */
static int distinct_resources(const ward_finding *run, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (strcmp(resource_of(&run[i]), resource_of(&run[j])) == 0)
                return 0;
    return 1;
}

void ward_findings_group_instances(ward_findings *f)
{
    size_t out = 0;
    for (size_t i = 0; i < f->n;) {
        size_t n = 1;
        while (i + n < f->n && same_place(&f->items[i], &f->items[i + n]))
            n++;
        const char **names = n > 1 && distinct_resources(&f->items[i], n)
                                 ? ward_arena_alloc(&f->arena, n * sizeof *names)
                                 : NULL;
        if (names) {
            for (size_t k = 0; k < n; k++)
                names[k] = resource_of(&f->items[i + k]);
            f->items[out] = f->items[i];
            f->items[out].instances = names;
            f->items[out++].ninstances = n;
        } else {
            memmove(&f->items[out], &f->items[i], n * sizeof *f->items);
            out += n;
        }
        i += n;
    }
    f->n = out;
}

static const char *sev_names[WARD_SEV__COUNT] = {"info", "low", "medium", "high", "critical"};

const char *ward_severity_name(ward_severity s) { return (unsigned)s < WARD_SEV__COUNT ? sev_names[s] : "?"; }

int ward_severity_parse(const char *s, ward_severity *out)
{
    for (int i = 0; i < WARD_SEV__COUNT; i++)
        if (strcmp(s, sev_names[i]) == 0) {
            *out = (ward_severity)i;
            return 0;
        }
    return -1;
}

const char *ward_status_name(ward_status s)
{
    static const char *names[WARD_ST__COUNT] = {"fail", "unknown", "error"};
    return (unsigned)s < WARD_ST__COUNT ? names[s] : "?";
}
