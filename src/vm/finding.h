/* finding.h: what an evaluation produces and reporters consume.
 *
 * A finding names the rule, its effective severity, a status (fail, unknown,
 * error), a message, the span of the node that decided the outcome, the
 * resource it concerns and related locations (where a value came from, the
 * other resource of a cross-resource rule). */
#ifndef WARD_FINDING_H
#define WARD_FINDING_H

#include "../base/arena.h"
#include "../base/span.h"

#include <stddef.h>

typedef enum ward_severity {
    WARD_SEV_INFO,
    WARD_SEV_LOW,
    WARD_SEV_MEDIUM,
    WARD_SEV_HIGH,
    WARD_SEV_CRITICAL,
    WARD_SEV__COUNT
} ward_severity;

typedef enum ward_status {
    WARD_ST_FAIL,      /* a violation */
    WARD_ST_UNKNOWN,   /* the outcome depends on a value not known before deployment */
    WARD_ST_ERROR,     /* the rule could not run (budget, bad parameter) */
    WARD_ST__COUNT
} ward_status;

typedef struct ward_rule_info {
    const char *id;
    const char *title;
    const char *section;
    const char *help;
    ward_severity severity;
    const char *const *refs;
    size_t nrefs;
} ward_rule_info;

typedef struct ward_related {
    ward_span span;
    const char *label;        /* "value from parameter 'x'", "content filter policy" ... */
} ward_related;

typedef struct ward_finding {
    const ward_rule_info *rule;
    ward_severity severity;   /* effective (after configuration overrides) */
    ward_status status;
    const char *message;
    ward_span span;           /* the node that decided the outcome */
    const char *path;         /* property path of that node, e.g. "properties.disableLocalAuth" */
    const char *resource_type;
    const char *resource_name;
    const char *resource_address;
    const char *chain;        /* module / deployment chain, or NULL */
    const char *family;       /* "arm", "terraform", ... */
    ward_related *related;
    size_t nrelated;
    int suppressed;
    const char *suppress_reason;
    int suppress_source;      /* WARD_SUPPRESS_* */
    ward_span resource_span;  /* the resource's declaration (inline suppressions look above it) */
    const char **instances;   /* loop instances grouped into this finding (all of them, this one first), or NULL */
    size_t ninstances;
} ward_finding;

enum { WARD_SUPPRESS_CONFIG = 0, WARD_SUPPRESS_INLINE = 1, WARD_SUPPRESS_BASELINE = 2 };

typedef struct ward_findings {
    ward_finding *items;
    size_t n, cap;
    ward_arena arena;         /* messages, paths, related arrays */
} ward_findings;

void ward_findings_init(ward_findings *f);
void ward_findings_free(ward_findings *f);
/* Appends a copy; strings must already live in f->arena or outlive f. */
ward_finding *ward_findings_add(ward_findings *f, const ward_finding *x);
/* Stable order for reports: file, line offset, rule id, resource. */
void ward_findings_sort(ward_findings *f);

/* Instances of one loop (copy, count, for_each, a Bicep for) that fail a
 * rule at the same place are one finding naming the instances: each run of
 * sorted findings with the same rule, place, status, severity and
 * suppression, on distinct resources, keeps its first finding with
 * `instances` set.  Call after sorting, suppression and baselines. */
void ward_findings_group_instances(ward_findings *f);

const char *ward_severity_name(ward_severity s);
int ward_severity_parse(const char *s, ward_severity *out);   /* 0 ok, -1 unknown */
const char *ward_status_name(ward_status s);

#endif
