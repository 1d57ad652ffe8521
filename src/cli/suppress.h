/* suppress.h: suppressions (configuration and inline `ward:ignore`
 * comments) and baselines.  Suppressed findings stay in the findings list
 * with `suppressed` set: JSON and SARIF show them, text does not, and they
 * never decide the exit code. */
#ifndef WARD_SUPPRESS_H
#define WARD_SUPPRESS_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../vm/finding.h"
#include "config.h"

typedef struct ward_baseline_entry {
    char *rule, *file, *resource, *path;
} ward_baseline_entry;

typedef struct ward_baseline {
    ward_baseline_entry *items;
    size_t n, cap;
} ward_baseline;

/* Marks findings suppressed by the configuration (cfg may be NULL) or by an
 * inline comment on the finding's line, the line above it, or the line
 * above its resource.  Problems with suppressions (no reason, expired) are
 * added to diags as warnings at the suppression. */
void ward_suppress_apply(ward_findings *f, const ward_sources *src, ward_config *cfg, ward_diags *diags);

int ward_baseline_load(ward_baseline *b, ward_sources *src, const char *path, ward_diags *diags);
void ward_baseline_free(ward_baseline *b);
/* Marks findings that are in the baseline; returns how many. */
size_t ward_baseline_apply(const ward_baseline *b, ward_findings *f, const ward_sources *src);
/* Writes the unsuppressed findings as a baseline file (atomically). */
int ward_baseline_write(const ward_findings *f, const ward_sources *src, const char *path);

#endif
