/* config.c: reading and validating .ward.yaml (see config.h). */
#include "config.h"
#include "../base/alloc.h"
#include "../readers/yaml/yaml.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

void ward_config_init(ward_config *c)
{
    memset(c, 0, sizeof *c);
    ward_doc_init(&c->doc, WARD_NO_FILE);
    c->fail_on = -1;
}

void ward_config_free(ward_config *c)
{
    ward_doc_free(&c->doc);
    ward_free(c->dir);
    ward_free(c->policies);
    ward_free(c->bundles);
    ward_free(c->includes);
    ward_free(c->exclude);
    ward_free(c->rules);
    ward_free(c->params);
    ward_free(c->supps);
    memset(c, 0, sizeof *c);
}

void ward_today(char out[11])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

int ward_config_find(const char *dir, char *buf, size_t cap)
{
    char cur[PATH_MAX];
    if (!realpath(dir, cur))
        return -1;
    for (;;) {
        snprintf(buf, cap, "%s/.ward.yaml", strcmp(cur, "/") ? cur : "");
        struct stat st;
        if (stat(buf, &st) == 0 && S_ISREG(st.st_mode))
            return 0;
        char *slash = strrchr(cur, '/');
        if (!slash || slash == cur) {
            if (strcmp(cur, "/") == 0)
                return -1;
            strcpy(cur, "/");
            continue;
        }
        *slash = 0;
    }
}

/* ---- validation helpers ----------------------------------------------------- */

static const char *cstr(ward_config *c, const ward_node *n)
{
    return ward_arena_strndup(&c->doc.arena, n->u.str, n->len);
}

static int bad(ward_diags *d, const ward_node *n, const char *what)
{
    ward_diag_add(d, WARD_D_CFG_SYNTAX, n->span, "%s", what);
    return -1;
}

static ward_span key_span(const ward_node *obj, const ward_member *m)
{
    return ward_span_make(obj->span.file, m->kstart, m->kstart + m->klen);
}

/* A string or a list of strings. */
static int str_list(ward_config *c, const ward_node *n, const char ***out, size_t *count, ward_diags *d)
{
    if (n->kind == WARD_N_STRING) {
        *out = ward_malloc(sizeof **out);
        if (!*out)
            return -1;
        (*out)[0] = cstr(c, n);
        *count = 1;
        return 0;
    }
    if (n->kind != WARD_N_ARRAY)
        return bad(d, n, "expected a string or a list of strings");
    *out = ward_calloc(n->len ? n->len : 1, sizeof **out);
    if (!*out)
        return -1;
    for (uint32_t i = 0; i < n->len; i++) {
        if (n->u.items[i]->kind != WARD_N_STRING)
            return bad(d, n->u.items[i], "expected a string");
        (*out)[i] = cstr(c, n->u.items[i]);
    }
    *count = n->len;
    return 0;
}

static int parse_severity(const ward_node *n, int *out)
{
    ward_severity s;
    if (n->kind != WARD_N_STRING)
        return -1;
    char buf[16];
    snprintf(buf, sizeof buf, "%.*s", (int)n->len, n->u.str);
    if (ward_severity_parse(buf, &s) != 0)
        return -1;
    *out = (int)s;
    return 0;
}

/* rules: { ID: true|false|off|on|{enabled: bool, severity: name} } */
static int read_rules(ward_config *c, const ward_node *n, ward_diags *d)
{
    if (n->kind != WARD_N_OBJECT)
        return bad(d, n, "'rules' must map rule ids to settings");
    c->rules = ward_calloc(n->len ? n->len : 1, sizeof *c->rules);
    if (!c->rules)
        return -1;
    int rc = 0;
    for (uint32_t i = 0; i < n->len; i++) {
        const ward_member *m = &n->u.members[i];
        ward_rule_cfg *r = &c->rules[c->nrules++];
        r->id = ward_arena_strndup(&c->doc.arena, m->key, m->klen);
        r->enabled = -1;
        r->severity = -1;
        r->span = key_span(n, m);
        const ward_node *v = m->value;
        if (v->kind == WARD_N_BOOL) {
            r->enabled = v->u.b;
        } else if (ward_node_str_eq(v, "off") || ward_node_str_eq(v, "on")) {
            r->enabled = ward_node_str_eq(v, "on");
        } else if (v->kind == WARD_N_OBJECT) {
            for (uint32_t k = 0; k < v->len; k++) {
                const ward_member *f = &v->u.members[k];
                if (f->klen == 7 && !memcmp(f->key, "enabled", 7) && f->value->kind == WARD_N_BOOL)
                    r->enabled = f->value->u.b;
                else if (f->klen == 8 && !memcmp(f->key, "severity", 8) && parse_severity(f->value, &r->severity) == 0)
                    ;
                else
                    rc = bad(d, f->value, "expected 'enabled: true|false' or 'severity: info|low|medium|high|critical'");
            }
        } else {
            rc = bad(d, v, "expected true, false, on, off or {enabled, severity}");
        }
    }
    return rc;
}

static int valid_date(const char *s)
{
    int y, mo, da;
    char tail;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &mo, &da, &tail) == 3 && mo >= 1 && mo <= 12 &&
           da >= 1 && da <= 31;
}

static int read_suppression(ward_config *c, const ward_node *n, ward_diags *d)
{
    if (n->kind != WARD_N_OBJECT)
        return bad(d, n, "each suppression is a map with rule, reason and optional path, resource, until");
    ward_suppression *s = &c->supps[c->nsupps++];
    memset(s, 0, sizeof *s);
    s->span = n->span;
    int rc = 0;
    for (uint32_t k = 0; k < n->len; k++) {
        const ward_member *f = &n->u.members[k];
        const ward_node *v = f->value;
        const char **slot = NULL;
        if (f->klen == 4 && !memcmp(f->key, "rule", 4)) slot = &s->rule;
        else if (f->klen == 4 && !memcmp(f->key, "path", 4)) slot = &s->path;
        else if (f->klen == 8 && !memcmp(f->key, "resource", 8)) slot = &s->resource;
        else if (f->klen == 6 && !memcmp(f->key, "reason", 6)) slot = &s->reason;
        else if (f->klen == 5 && !memcmp(f->key, "until", 5)) slot = &s->until;
        if (!slot) {
            ward_diag_add(d, WARD_D_CFG_SYNTAX, key_span(n, f), "unknown suppression field '%.*s'", (int)f->klen, f->key);
            rc = -1;
        } else if (v->kind != WARD_N_STRING) {
            rc = bad(d, v, "expected a string");
        } else {
            *slot = cstr(c, v);
            if (slot == &s->until && !valid_date(s->until))
                rc = bad(d, v, "'until' must be a date YYYY-MM-DD");
        }
    }
    if (!s->rule)
        rc = bad(d, n, "a suppression needs a 'rule' (a rule id, or '*')");
    if (!s->reason || !*s->reason)
        rc = bad(d, n, "a suppression needs a 'reason'");
    return rc;
}

static int read_params(ward_config *c, const ward_node *n, ward_diags *d)
{
    if (n->kind != WARD_N_OBJECT)
        return bad(d, n, "'parameters' must map parameter names to values");
    c->params = ward_calloc(n->len ? n->len : 1, sizeof *c->params);
    if (!c->params)
        return -1;
    for (uint32_t i = 0; i < n->len; i++) {
        const ward_member *m = &n->u.members[i];
        ward_param_cfg *p = &c->params[c->nparams++];
        p->name = ward_arena_strndup(&c->doc.arena, m->key, m->klen);
        p->value = m->value;
        p->span = m->value->span;
    }
    return 0;
}

static int read_key(ward_config *c, const ward_node *root, const ward_member *m, ward_diags *d)
{
    const ward_node *v = m->value;
#define KEY(s) (m->klen == sizeof(s) - 1 && !memcmp(m->key, s, sizeof(s) - 1))
    if (KEY("policies"))
        return str_list(c, v, &c->policies, &c->npolicies, d);
    if (KEY("bundles"))
        return str_list(c, v, &c->bundles, &c->nbundles, d);
    if (KEY("include"))
        return str_list(c, v, &c->includes, &c->nincludes, d);
    if (KEY("exclude"))
        return str_list(c, v, &c->exclude, &c->nexclude, d);
    if (KEY("rules"))
        return read_rules(c, v, d);
    if (KEY("parameters"))
        return read_params(c, v, d);
    if (KEY("fail-on"))
        return parse_severity(v, &c->fail_on) == 0 ? 0 : bad(d, v, "expected info, low, medium, high or critical");
    if (KEY("suppressions")) {
        if (v->kind != WARD_N_ARRAY)
            return bad(d, v, "'suppressions' must be a list");
        c->supps = ward_calloc(v->len ? v->len : 1, sizeof *c->supps);
        int rc = c->supps ? 0 : -1;
        for (uint32_t i = 0; c->supps && i < v->len; i++)
            rc |= read_suppression(c, v->u.items[i], d);
        return rc;
    }
#undef KEY
    ward_diag_add(d, WARD_D_CFG_SYNTAX, key_span(root, m),
                  "unknown setting '%.*s' (expected policies, bundles, include, exclude, rules, parameters, "
                  "suppressions or fail-on)", (int)m->klen, m->key);
    return -1;
}

int ward_config_load(ward_config *c, ward_sources *src, const char *path, ward_diags *d)
{
    uint32_t id = ward_sources_load(src, path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(d, WARD_D_IO_READ, ward_span_none(), "cannot read configuration '%s'", path);
        return -1;
    }
    ward_doc_init(&c->doc, id);
    if (ward_yaml_parse(&c->doc, src, id, d) != 0)
        return -1;
    const char *slash = strrchr(path, '/');
    size_t dl = slash ? (size_t)(slash - path) : 1;
    c->dir = ward_malloc(dl + 1);
    if (!c->dir)
        return -1;
    memcpy(c->dir, slash ? path : ".", dl);
    c->dir[dl] = 0;
    c->loaded = 1;
    const ward_node *root = c->doc.root;
    if (root->kind == WARD_N_NULL)
        return 0;   /* an empty file is a valid, empty configuration */
    if (root->kind != WARD_N_OBJECT)
        return bad(d, root, "the configuration must be a map of settings");
    int rc = 0;
    for (uint32_t i = 0; i < root->len; i++)
        rc |= read_key(c, root, &root->u.members[i], d);
    return rc ? -1 : 0;
}
