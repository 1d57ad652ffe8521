/* config.h: .ward.yaml, the repository's configuration (docs/configuration.md).
 *
 * Found in the scanned directory or one of its parents, or given with
 * --config.  Every value keeps its location, so a bad entry is reported at
 * file:line:col (E501/E502) and ward exits 2. */
#ifndef WARD_CONFIG_H
#define WARD_CONFIG_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../doc/doc.h"
#include "../vm/finding.h"

typedef struct ward_rule_cfg {
    const char *id;
    int enabled;              /* -1 unset, 0 off, 1 on */
    int severity;             /* -1 unset, else ward_severity */
    ward_span span;
} ward_rule_cfg;

typedef struct ward_param_cfg {
    const char *name;
    const ward_node *value;
    ward_span span;
} ward_param_cfg;

typedef struct ward_suppression {
    const char *rule;         /* rule id or "*" */
    const char *path;         /* glob over the file path relative to the config's folder; NULL = any */
    const char *resource;     /* glob over the resource name or address; NULL = any */
    const char *reason;
    const char *until;        /* YYYY-MM-DD or NULL */
    ward_span span;
    int expired_reported;
} ward_suppression;

typedef struct ward_config {
    ward_doc doc;
    char *dir;                /* folder holding the file: relative paths start here */
    const char **policies, **bundles, **includes, **exclude;
    size_t npolicies, nbundles, nincludes, nexclude;
    ward_rule_cfg *rules;
    size_t nrules;
    ward_param_cfg *params;
    size_t nparams;
    ward_suppression *supps;
    size_t nsupps;
    int fail_on;              /* -1 unset */
    int loaded;
} ward_config;

void ward_config_init(ward_config *c);
void ward_config_free(ward_config *c);
/* Looks for .ward.yaml in dir and its parents; writes the path to buf. */
int ward_config_find(const char *dir, char *buf, size_t cap);
/* Reads and validates the file.  Returns 0, or -1 with located errors. */
int ward_config_load(ward_config *c, ward_sources *src, const char *path, ward_diags *d);

/* Today's date as YYYY-MM-DD (UTC), for suppression expiry. */
void ward_today(char out[11]);

#endif
