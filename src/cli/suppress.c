/* suppress.c: configuration and inline suppressions, baselines. */
#include "suppress.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "../base/writer.h"
#include "../readers/json/json.h"

#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- paths ------------------------------------------------------------------- */

/* The file's path relative to dir when it lies below it, else as given. */
static const char *relative_to(const char *file, const char *dir, char *buf, size_t cap)
{
    char rf[PATH_MAX], rd[PATH_MAX];
    if (!dir || !realpath(file, rf) || !realpath(dir, rd))
        return file;
    size_t n = strlen(rd);
    if (strncmp(rf, rd, n) == 0 && rf[n] == '/') {
        snprintf(buf, cap, "%s", rf + n + 1);
        return buf;
    }
    return file;
}

static const char *finding_file(const ward_sources *src, const ward_finding *x)
{
    const ward_source *s = ward_span_valid(x->span) ? ward_sources_get(src, x->span.file) : NULL;
    return s ? s->path : NULL;
}

/* ---- configuration suppressions ------------------------------------------------ */

static int glob_match(const char *pat, const char *s) { return s && fnmatch(pat, s, 0) == 0; }

static int config_matches(const ward_suppression *s, const ward_finding *x, const char *rel)
{
    if (strcmp(s->rule, "*") != 0 && strcmp(s->rule, x->rule->id) != 0)
        return 0;
    if (s->path && !glob_match(s->path, rel))
        return 0;
    if (s->resource && !glob_match(s->resource, x->resource_name) && !glob_match(s->resource, x->resource_address))
        return 0;
    return 1;
}

static void apply_config(ward_finding *x, const ward_sources *src, ward_config *cfg, const char *today,
                         ward_diags *diags)
{
    const char *file = finding_file(src, x);
    char buf[PATH_MAX];
    const char *rel = file ? relative_to(file, cfg->dir, buf, sizeof buf) : NULL;
    for (size_t i = 0; i < cfg->nsupps; i++) {
        ward_suppression *s = &cfg->supps[i];
        if (!config_matches(s, x, rel))
            continue;
        if (s->until && strcmp(s->until, today) < 0) {
            if (!s->expired_reported++)
                ward_diag_add(diags, WARD_D_DOC_NOTE, s->span,
                              "suppression of %s expired on %s: its findings are reported again", s->rule, s->until);
            continue;
        }
        x->suppressed = 1;
        x->suppress_reason = s->reason;
        x->suppress_source = WARD_SUPPRESS_CONFIG;
        return;
    }
}

/* ---- inline suppressions --------------------------------------------------------- */

typedef struct inline_supp {
    int found;                /* the comment names this rule */
    char reason[256];
    char until[16];
    uint32_t offset;          /* of "ward:ignore" in the file */
} inline_supp;

/* Reads `key="value"` or `key=value` after p; returns 1 when present. */
static int attr(const char *line, size_t len, const char *key, char *out, size_t cap)
{
    size_t kl = strlen(key);
    for (size_t i = 0; i + kl + 1 <= len; i++) {
        if (memcmp(line + i, key, kl) != 0 || line[i + kl] != '=' || (i && line[i - 1] != ' ' && line[i - 1] != '\t'))
            continue;
        const char *v = line + i + kl + 1, *end = line + len;
        char stop = ' ';
        if (v < end && (*v == '"' || *v == '\'')) {
            stop = *v;
            v++;
        }
        size_t n = 0;
        while (v + n < end && v[n] != stop && (stop != ' ' || (v[n] != '\t' && v[n] != '*')) && n + 1 < cap)
            n++;
        memcpy(out, v, n);
        out[n] = 0;
        return 1;
    }
    return 0;
}

/* Does this source line carry `ward:ignore` naming rule? */
static int parse_inline(const char *line, size_t len, const char *base, const char *rule, inline_supp *out)
{
    const char *tag = NULL;
    for (size_t i = 0; i + 11 <= len; i++)
        if (memcmp(line + i, "ward:ignore", 11) == 0) {
            tag = line + i;
            break;
        }
    if (!tag)
        return 0;
    /* rule ids follow, separated by spaces or commas, until key=value attributes */
    const char *p = tag + 11, *end = line + len;
    size_t rl = strlen(rule);
    while (p < end) {
        while (p < end && (*p == ' ' || *p == ',' || *p == '\t'))
            p++;
        const char *w = p;
        while (p < end && *p != ' ' && *p != ',' && *p != '\t')
            p++;
        if (memchr(w, '=', (size_t)(p - w)))
            break;
        if ((size_t)(p - w) == rl && memcmp(w, rule, rl) == 0)
            out->found = 1;
    }
    if (!out->found)
        return 0;
    out->offset = (uint32_t)(tag - base);
    attr(line, len, "reason", out->reason, sizeof out->reason);
    attr(line, len, "until", out->until, sizeof out->until);
    return 1;
}

static int check_line(const ward_sources *src, uint32_t file, uint32_t line, const char *rule, inline_supp *out)
{
    size_t len;
    const char *text = line ? ward_source_line(src, file, line, &len) : NULL;
    const ward_source *f = ward_sources_get(src, file);
    return text && parse_inline(text, len, f->text, rule, out);
}

/* Suppression problems are reported once per comment. */
static int already_reported(const ward_diags *d, ward_span sp)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i].span.file == sp.file && d->items[i].span.start == sp.start)
            return 1;
    return 0;
}

static void apply_inline(ward_findings *f, ward_finding *x, const ward_sources *src, const char *today,
                         ward_diags *diags)
{
    if (!ward_span_valid(x->span))
        return;
    ward_pos at = ward_source_pos(src, x->span.file, x->span.start);
    ward_pos res = ward_span_valid(x->resource_span) && x->resource_span.file == x->span.file
                       ? ward_source_pos(src, x->span.file, x->resource_span.start)
                       : at;
    uint32_t lines[3] = {at.line, at.line - 1, res.line - 1};
    inline_supp s;
    memset(&s, 0, sizeof s);
    int hit = 0;
    for (int i = 0; i < 3 && !hit; i++)
        hit = check_line(src, x->span.file, lines[i], x->rule->id, &s);
    if (!hit)
        return;
    ward_span sp = ward_span_make(x->span.file, s.offset, s.offset + 11);
    if (!s.reason[0]) {
        if (!already_reported(diags, sp))
            ward_diag_add(diags, WARD_D_DOC_NOTE, sp, "ward:ignore %s has no reason=\"...\": the finding is still reported",
                          x->rule->id);
        return;
    }
    if (s.until[0] && strcmp(s.until, today) < 0) {
        if (!already_reported(diags, sp))
            ward_diag_add(diags, WARD_D_DOC_NOTE, sp, "ward:ignore %s expired on %s: the finding is reported again",
                          x->rule->id, s.until);
        return;
    }
    x->suppressed = 1;
    x->suppress_source = WARD_SUPPRESS_INLINE;
    x->suppress_reason = ward_arena_strdup(&f->arena, s.reason);   /* outlives the source line */
}

/* Does the file mention ward:ignore at all?  Checked once per file, so
 * findings in files without comments (every Terraform plan) cost nothing. */
static int mentions_ignore(const ward_sources *src, uint32_t file, signed char *memo)
{
    if (memo[file] == 0) {
        const ward_source *s = ward_sources_get(src, file);
        int found = 0;
        for (size_t i = 0; s && !found && i + 11 <= s->len; i++)
            found = s->text[i] == 'w' && memcmp(s->text + i, "ward:ignore", 11) == 0;
        memo[file] = found ? 1 : -1;
    }
    return memo[file] > 0;
}

void ward_suppress_apply(ward_findings *f, const ward_sources *src, ward_config *cfg, ward_diags *diags)
{
    char today[11];
    ward_today(today);
    signed char *memo = ward_calloc(src->n ? src->n : 1, 1);
    for (size_t i = 0; i < f->n; i++) {
        ward_finding *x = &f->items[i];
        if (x->suppressed)
            continue;
        if (memo && ward_span_valid(x->span) && x->span.file < src->n && mentions_ignore(src, x->span.file, memo))
            apply_inline(f, x, src, today, diags);
        if (!x->suppressed && cfg && cfg->loaded)
            apply_config(x, src, cfg, today, diags);
    }
    ward_free(memo);
}

/* ---- baselines ------------------------------------------------------------------- */

static int same(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : "") == 0; }

static char *node_str(const ward_node *obj, const char *key)
{
    const ward_node *n = ward_node_get(obj, key);
    if (!n || n->kind != WARD_N_STRING)
        return NULL;
    char *s = ward_malloc(n->len + 1);
    if (s) {
        memcpy(s, n->u.str, n->len);
        s[n->len] = 0;
    }
    return s;
}

int ward_baseline_load(ward_baseline *b, ward_sources *src, const char *path, ward_diags *diags)
{
    memset(b, 0, sizeof *b);
    uint32_t id = ward_sources_load(src, path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read baseline '%s'", path);
        return -1;
    }
    ward_doc doc;
    ward_doc_init(&doc, id);
    int rc = ward_json_parse(&doc, src, id, NULL, diags);
    const ward_node *list = rc == 0 ? ward_node_get(doc.root, "findings") : NULL;
    if (rc == 0 && (!list || list->kind != WARD_N_ARRAY)) {
        ward_diag_add(diags, WARD_D_DOC_SHAPE, doc.root->span, "a baseline is an object with a \"findings\" list");
        rc = -1;
    }
    for (uint32_t i = 0; rc == 0 && i < list->len; i++) {
        const ward_node *o = list->u.items[i];
        ward_baseline_entry e = {node_str(o, "rule"), node_str(o, "file"), node_str(o, "resource"), node_str(o, "path")};
        if (!e.rule || WARD_VEC_PUSH(b->items, b->n, b->cap, e) != 0) {
            ward_diag_add(diags, WARD_D_DOC_SHAPE, o->span, "baseline entry without a \"rule\"");
            ward_free(e.rule);
            ward_free(e.file);
            ward_free(e.resource);
            ward_free(e.path);
            rc = -1;
        }
    }
    ward_doc_free(&doc);
    return rc;
}

void ward_baseline_free(ward_baseline *b)
{
    for (size_t i = 0; i < b->n; i++) {
        ward_free(b->items[i].rule);
        ward_free(b->items[i].file);
        ward_free(b->items[i].resource);
        ward_free(b->items[i].path);
    }
    ward_free(b->items);
    memset(b, 0, sizeof *b);
}

/* Identity of a finding for baselines: rule, file relative to the working
 * directory, resource and property path; never the line, so edits elsewhere
 * in a file do not make old findings look new. */
static const char *identity_file(const ward_sources *src, const ward_finding *x, char *buf, size_t cap)
{
    const char *file = finding_file(src, x);
    return file ? relative_to(file, ".", buf, cap) : "";
}

size_t ward_baseline_apply(const ward_baseline *b, ward_findings *f, const ward_sources *src)
{
    size_t n = 0;
    for (size_t i = 0; i < f->n; i++) {
        ward_finding *x = &f->items[i];
        char buf[PATH_MAX];
        const char *file = identity_file(src, x, buf, sizeof buf);
        const char *res = x->resource_address ? x->resource_address : x->resource_name;
        for (size_t k = 0; !x->suppressed && k < b->n; k++) {
            const ward_baseline_entry *e = &b->items[k];
            if (same(e->rule, x->rule->id) && same(e->file, file) && same(e->resource, res) && same(e->path, x->path)) {
                x->suppressed = 1;
                x->suppress_source = WARD_SUPPRESS_BASELINE;
                x->suppress_reason = "in the baseline";
                n++;
            }
        }
    }
    return n;
}

static void put_field(ward_writer *w, const char *key, const char *v, int last)
{
    ward_printf(w, "\"%s\": \"", key);
    ward_write_json_str(w, v ? v : "", v ? strlen(v) : 0);
    ward_puts(w, last ? "\"" : "\", ");
}

int ward_baseline_write(const ward_findings *f, const ward_sources *src, const char *path)
{
    ward_writer w;
    ward_writer_mem(&w);
    ward_puts(&w, "{\n  \"version\": 1,\n  \"findings\": [");
    int first = 1;
    for (size_t i = 0; i < f->n; i++) {
        const ward_finding *x = &f->items[i];
        if (x->suppressed)
            continue;
        char buf[PATH_MAX];
        ward_puts(&w, first ? "\n    {" : ",\n    {");
        first = 0;
        put_field(&w, "rule", x->rule->id, 0);
        put_field(&w, "file", identity_file(src, x, buf, sizeof buf), 0);
        put_field(&w, "resource", x->resource_address ? x->resource_address : x->resource_name, 0);
        put_field(&w, "path", x->path, 1);
        ward_putc(&w, '}');
    }
    ward_puts(&w, "\n  ]\n}\n");
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *out = w.failed ? NULL : fopen(tmp, "w");
    int ok = out && fwrite(w.buf, 1, w.len, out) == w.len;
    if (out && fclose(out) != 0)
        ok = 0;
    if (!ok || rename(tmp, path) != 0) {
        unlink(tmp);
        ward_writer_free(&w);
        return -1;
    }
    ward_writer_free(&w);
    return 0;
}
