/* report_sarif.c: SARIF 2.1.0 for GitHub code scanning and other viewers.
 *
 * One run.  tool.driver.rules lists every rule that ran (so a clean run
 * still documents them) plus any rule a finding names that the caller did
 * not list, so each result's ruleIndex resolves.  Mapping, documented in
 * docs/output-formats.md:
 *   status fail    -> kind "fail",   level from severity (critical/high
 *                                     error, medium warning, low/info note)
 *   status unknown -> kind "open",   level "none"
 *   status error   -> kind "review", level "none"
 * SARIF 2.1.0 section 3.27.10 requires level "none" whenever kind is not
 * "fail"; the effective severity still travels in properties.severity and,
 * for GitHub, in the rule's properties."security-severity".  Every result
 * carries properties.status.  Regions are 1-based with columns in Unicode
 * code points (run.columnKind), paths relative to uriBaseId SRCROOT.
 * A finding without a location becomes a tool execution notification
 * instead of a result: GitHub rejects a whole upload when one result has
 * no location. */
#include "report_impl.h"
#include "../base/alloc.h"
#include "../base/sha256.h"

#include <string.h>

/* Where the tool is documented; set at build time once the project has a
 * public home. */
#ifndef WARD_REPORT_INFO_URI
#define WARD_REPORT_INFO_URI "https://github.com/ward-policy/ward"
#endif
#define SARIF_SCHEMA_URI "https://json.schemastore.org/sarif-2.1.0.json"
#define FINGERPRINT_KEY "wardFindingHash/v1"
enum { FINGERPRINT_HEX = 32 };   /* 128 bits of the SHA-256 */

static const char *severity_level(ward_severity s)
{
    return s >= WARD_SEV_HIGH ? "error" : s == WARD_SEV_MEDIUM ? "warning" : "note";
}

static const char *diag_level(ward_diag_severity s)
{
    return s == WARD_DIAG_ERROR ? "error" : s == WARD_DIAG_WARNING ? "warning" : "note";
}

/* GitHub ranks security alerts by this CVSS-like score (a string). */
static const char *security_severity(ward_severity s)
{
    static const char *const scores[WARD_SEV__COUNT] = {"1.0", "3.0", "5.5", "8.0", "9.5"};
    return (unsigned)s < WARD_SEV__COUNT ? scores[s] : "1.0";
}

static int is_web_uri(const char *s)
{
    return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}

/* ---- tool.driver.rules ---- */

static void put_text_with_refs(ward_writer *w, const ward_rule_info *r, int markdown)
{
    const char *help = r->help && *r->help ? r->help : r->title ? r->title : "";
    ward_report_write_utf8(w, help, strlen(help), ward_write_json_str);
    if (r->nrefs)
        ward_puts(w, markdown ? "\\n\\n**References**\\n" : "\\n\\nReferences:");
    for (size_t i = 0; i < r->nrefs; i++) {
        const char *ref = r->refs[i] ? r->refs[i] : "";
        ward_puts(w, "\\n- ");
        if (markdown && is_web_uri(ref))   /* an autolink: <https://...> */
            ward_putc(w, '<');
        ward_report_write_utf8(w, ref, strlen(ref), ward_write_json_str);
        if (markdown && is_web_uri(ref))
            ward_putc(w, '>');
    }
}

static void put_rule(ward_jw *j, const ward_rule_info *r)
{
    ward_jw_open(j, NULL, '{');
    ward_jw_str(j, "id", r->id ? r->id : "?");
    ward_jw_str(j, "name", r->id ? r->id : "?");
    ward_jw_open(j, "shortDescription", '{');
    ward_jw_str(j, "text", r->title ? r->title : r->id ? r->id : "?");
    ward_jw_close(j, '}');
    ward_jw_open(j, "fullDescription", '{');
    ward_jw_str(j, "text", r->help && *r->help ? r->help : r->title ? r->title : "?");
    ward_jw_close(j, '}');
    ward_jw_open(j, "help", '{');
    ward_jw_key(j, "text");
    ward_putc(j->w, '"');
    put_text_with_refs(j->w, r, 0);
    ward_putc(j->w, '"');
    ward_jw_key(j, "markdown");
    ward_putc(j->w, '"');
    put_text_with_refs(j->w, r, 1);
    ward_putc(j->w, '"');
    ward_jw_close(j, '}');
    for (size_t i = 0; i < r->nrefs; i++) {
        if (r->refs[i] && is_web_uri(r->refs[i])) {
            ward_jw_str(j, "helpUri", r->refs[i]);
            break;
        }
    }
    ward_jw_open(j, "defaultConfiguration", '{');
    ward_jw_str(j, "level", severity_level(r->severity));
    ward_jw_close(j, '}');
    ward_jw_open(j, "properties", '{');
    ward_jw_str(j, "severity", ward_severity_name(r->severity));
    if (r->section)
        ward_jw_str(j, "section", r->section);
    /* GitHub reads security-severity only for rules tagged "security". */
    ward_jw_str(j, "security-severity", security_severity(r->severity));
    ward_jw_open(j, "tags", '[');
    ward_jw_str(j, NULL, "security");
    ward_jw_close(j, ']');
    ward_jw_close(j, '}');
    ward_jw_close(j, '}');
}

static void put_driver(ward_jw *j, const ward_report_ctx *ctx, const ward_rule_info *const *rules, size_t n)
{
    ward_jw_open(j, "tool", '{');
    ward_jw_open(j, "driver", '{');
    ward_jw_str(j, "name", "ward");
    if (ctx->tool_version)
        ward_jw_str(j, "version", ctx->tool_version);
    ward_jw_str(j, "informationUri", WARD_REPORT_INFO_URI);
    ward_jw_open(j, "rules", '[');
    for (size_t i = 0; i < n; i++)
        put_rule(j, rules[i]);
    ward_jw_close(j, ']');
    ward_jw_close(j, '}');
    ward_jw_close(j, '}');
}

/* ---- locations ---- */

/* artifactLocation: relative paths hang off SRCROOT; a file outside the base
 * directory gets an absolute file: URI instead. */
static void put_artifact(ward_jw *j, const ward_report_loc *loc)
{
    ward_jw_open(j, "artifactLocation", '{');
    ward_jw_key(j, "uri");
    ward_putc(j->w, '"');
    if (loc->rel[0] == '/')
        ward_puts(j->w, "file://");
    ward_report_write_uri_path(j->w, loc->rel);
    ward_putc(j->w, '"');
    if (loc->rel[0] != '/')
        ward_jw_str(j, "uriBaseId", "SRCROOT");
    ward_jw_close(j, '}');
}

static void put_physical(ward_jw *j, const ward_report_loc *loc)
{
    ward_jw_open(j, "physicalLocation", '{');
    put_artifact(j, loc);
    ward_jw_open(j, "region", '{');
    ward_jw_uint(j, "startLine", loc->line);
    ward_jw_uint(j, "startColumn", loc->col);
    /* An empty span marks a point; leaving the end out is SARIF's way of
     * saying so without inventing a width. */
    if (!loc->empty) {
        ward_jw_uint(j, "endLine", loc->end_line);
        ward_jw_uint(j, "endColumn", loc->end_col);
    }
    ward_jw_close(j, '}');
    ward_jw_close(j, '}');
}

/* A location object, with an id and message when `id` > 0 (related
 * locations).  Nothing is written for a span without a file. */
static void put_location(ward_jw *j, const ward_report_ctx *ctx, ward_span span, unsigned id,
                         const char *label)
{
    ward_report_loc loc;
    if (ward_report_locate(ctx, span, &loc) != 0)
        return;
    ward_jw_open(j, NULL, '{');
    if (id)
        ward_jw_uint(j, "id", id);
    put_physical(j, &loc);
    if (label) {
        ward_jw_open(j, "message", '{');
        ward_jw_str(j, "text", label);
        ward_jw_close(j, '}');
    }
    ward_jw_close(j, '}');
}

/* ---- results ---- */

/* A hash that survives edits above the finding: rule, file, resource and
 * property path, never the line.  Fields are NUL-separated so that no two
 * different tuples hash the same bytes. */
static int fingerprint(const ward_report_ctx *ctx, const ward_finding *f, char hex[65])
{
    ward_report_loc loc;
    const char *fields[4] = {ward_report_rule_id(f),
                             ward_report_locate(ctx, f->span, &loc) == 0 ? loc.rel : "",
                             f->resource_address ? f->resource_address : "", f->path ? f->path : ""};
    ward_writer buf;
    ward_writer_mem(&buf);
    for (int i = 0; i < 4; i++)
        ward_write(&buf, fields[i], strlen(fields[i]) + 1);
    uint8_t digest[32];
    int rc = buf.failed || ward_sha256(buf.buf, buf.len, digest) != 0 ? -1 : 0;
    ward_writer_free(&buf);
    if (rc == 0)
        ward_sha256_hex(digest, hex);
    return rc;
}

static void put_result_kind(ward_jw *j, const ward_finding *f)
{
    switch (f->status) {
    case WARD_ST_UNKNOWN:
        ward_jw_str(j, "kind", "open");
        ward_jw_str(j, "level", "none");
        break;
    case WARD_ST_ERROR:
        ward_jw_str(j, "kind", "review");
        ward_jw_str(j, "level", "none");
        break;
    default:
        ward_jw_str(j, "kind", "fail");
        ward_jw_str(j, "level", severity_level(f->severity));
    }
}

static void put_result_properties(ward_jw *j, const ward_finding *f)
{
    ward_jw_open(j, "properties", '{');
    ward_jw_str(j, "status", ward_status_name(f->status));
    ward_jw_str(j, "severity", ward_severity_name(f->severity));
    if (f->path)
        ward_jw_str(j, "path", f->path);
    if (f->resource_type)
        ward_jw_str(j, "resourceType", f->resource_type);
    if (f->resource_name)
        ward_jw_str(j, "resourceName", f->resource_name);
    if (f->resource_address)
        ward_jw_str(j, "resourceAddress", f->resource_address);
    if (f->family)
        ward_jw_str(j, "family", f->family);
    if (f->chain)
        ward_jw_str(j, "chain", f->chain);
    if (f->ninstances > 1) {
        ward_jw_open(j, "instances", '[');
        for (size_t i = 0; i < f->ninstances; i++)
            ward_jw_str(j, NULL, f->instances[i]);
        ward_jw_close(j, ']');
    }
    ward_jw_close(j, '}');
}

static void put_suppression(ward_jw *j, const ward_finding *f)
{
    ward_jw_open(j, "suppressions", '[');
    ward_jw_open(j, NULL, '{');
    /* An inline `ward:ignore` comment is in source; configuration and
     * baselines are external. */
    ward_jw_str(j, "kind", f->suppress_source == WARD_SUPPRESS_INLINE ? "inSource" : "external");
    if (f->suppress_reason)
        ward_jw_str(j, "justification", f->suppress_reason);
    ward_jw_close(j, '}');
    ward_jw_close(j, ']');
}

static int put_result(ward_jw *j, const ward_report_ctx *ctx, const ward_finding *f,
                      const ward_rule_info *const *rules, size_t nrules)
{
    ward_report_loc loc;
    if (ward_report_locate(ctx, f->span, &loc) != 0)
        return 0;   /* a notification instead (put_invocation) */
    char hex[65];
    if (fingerprint(ctx, f, hex) != 0)
        return -1;
    hex[FINGERPRINT_HEX] = 0;
    ward_jw_open(j, NULL, '{');
    ward_jw_str(j, "ruleId", ward_report_rule_id(f));
    size_t index = ward_report_rule_index(rules, nrules, f->rule);
    if (index != (size_t)-1)
        ward_jw_uint(j, "ruleIndex", index);
    put_result_kind(j, f);
    ward_jw_open(j, "message", '{');
    ward_jw_str(j, "text", f->message ? f->message : "");
    ward_jw_close(j, '}');
    ward_jw_open(j, "locations", '[');
    put_location(j, ctx, f->span, 0, NULL);
    ward_jw_close(j, ']');
    if (f->nrelated) {
        ward_jw_open(j, "relatedLocations", '[');
        for (size_t i = 0; i < f->nrelated; i++)
            put_location(j, ctx, f->related[i].span, (unsigned)i + 1, f->related[i].label);
        ward_jw_close(j, ']');
    }
    ward_jw_open(j, "partialFingerprints", '{');
    ward_jw_str(j, FINGERPRINT_KEY, hex);
    ward_jw_close(j, '}');
    if (f->suppressed)
        put_suppression(j, f);
    put_result_properties(j, f);
    ward_jw_close(j, '}');
    return 0;
}

/* ---- the run ---- */

static int execution_successful(const ward_report_ctx *ctx)
{
    ward_report_counts c;
    ward_report_count(ctx, &c);
    return c.input_errors == 0 && c.by_status[WARD_ST_ERROR] == 0;
}

static void put_notification(ward_jw *j, const ward_report_ctx *ctx, const ward_diag *g)
{
    ward_jw_open(j, NULL, '{');
    ward_jw_open(j, "descriptor", '{');
    ward_jw_str(j, "id", ward_diag_code_str(g->code));
    ward_jw_close(j, '}');
    ward_jw_str(j, "level", diag_level(g->severity));
    ward_jw_open(j, "message", '{');
    ward_jw_str(j, "text", g->message ? g->message : "");
    ward_jw_close(j, '}');
    ward_report_loc loc;
    if (ward_report_locate(ctx, g->span, &loc) == 0) {
        ward_jw_open(j, "locations", '[');
        put_location(j, ctx, g->span, 0, NULL);
        ward_jw_close(j, ']');
    }
    ward_jw_close(j, '}');
}

/* A finding without a location, as a notification tied to its rule. */
static void put_unlocated(ward_jw *j, const ward_finding *f, const ward_rule_info *const *rules, size_t nrules)
{
    ward_jw_open(j, NULL, '{');
    ward_jw_open(j, "associatedRule", '{');
    ward_jw_str(j, "id", ward_report_rule_id(f));
    size_t index = ward_report_rule_index(rules, nrules, f->rule);
    if (index != (size_t)-1)
        ward_jw_uint(j, "index", index);
    ward_jw_close(j, '}');
    ward_jw_str(j, "level", f->status == WARD_ST_ERROR ? "error" : severity_level(f->severity));
    ward_jw_open(j, "message", '{');
    ward_jw_str(j, "text", f->message ? f->message : "");
    ward_jw_close(j, '}');
    put_result_properties(j, f);
    ward_jw_close(j, '}');
}

static int is_unlocated(const ward_report_ctx *ctx, const ward_finding *f)
{
    ward_report_loc loc;
    return !f->suppressed && ward_report_locate(ctx, f->span, &loc) != 0;
}

static void put_invocation(ward_jw *j, const ward_report_ctx *ctx, const ward_rule_info *const *rules,
                           size_t nrules)
{
    size_t nunlocated = 0;
    for (size_t i = 0; ctx->findings && i < ctx->findings->n; i++)
        nunlocated += is_unlocated(ctx, &ctx->findings->items[i]);
    ward_jw_open(j, "invocations", '[');
    ward_jw_open(j, NULL, '{');
    ward_jw_bool(j, "executionSuccessful", execution_successful(ctx));
    if ((ctx->errors && ctx->errors->n) || nunlocated) {
        ward_jw_open(j, "toolExecutionNotifications", '[');
        for (size_t i = 0; ctx->errors && i < ctx->errors->n; i++)
            put_notification(j, ctx, &ctx->errors->items[i]);
        for (size_t i = 0; nunlocated && i < ctx->findings->n; i++)
            if (is_unlocated(ctx, &ctx->findings->items[i]))
                put_unlocated(j, &ctx->findings->items[i], rules, nrules);
        ward_jw_close(j, ']');
    }
    ward_jw_close(j, '}');
    ward_jw_close(j, ']');
}

/* SRCROOT as an absolute file: URI with the trailing slash RFC 3986
 * resolution needs; left out when the base directory is not absolute. */
static void put_base_ids(ward_jw *j, const ward_report_ctx *ctx)
{
    const char *base = ctx->base_dir;
    if (!base || base[0] != '/')
        return;
    ward_jw_open(j, "originalUriBaseIds", '{');
    ward_jw_open(j, "SRCROOT", '{');
    ward_jw_key(j, "uri");
    ward_puts(j->w, "\"file://");
    ward_report_write_uri_path(j->w, base);
    size_t n = strlen(base);
    ward_puts(j->w, base[n - 1] == '/' ? "\"" : "/\"");
    ward_jw_close(j, '}');
    ward_jw_close(j, '}');
}

static int put_run(ward_jw *j, const ward_report_ctx *ctx, const ward_rule_info *const *rules, size_t nrules)
{
    ward_jw_open(j, NULL, '{');
    put_driver(j, ctx, rules, nrules);
    put_invocation(j, ctx, rules, nrules);
    put_base_ids(j, ctx);
    ward_jw_str(j, "columnKind", "unicodeCodePoints");
    ward_jw_open(j, "results", '[');
    for (size_t i = 0; ctx->findings && i < ctx->findings->n; i++)
        if (put_result(j, ctx, &ctx->findings->items[i], rules, nrules) != 0)
            return -1;
    ward_jw_close(j, ']');
    ward_jw_open(j, "properties", '{');
    ward_jw_uint(j, "filesScanned", ctx->files_scanned);
    ward_jw_close(j, '}');
    ward_jw_close(j, '}');
    return 0;
}

int ward_report_sarif(ward_writer *w, const ward_report_ctx *ctx)
{
    const ward_rule_info **rules;
    size_t nrules;
    if (ward_report_rules(ctx, &rules, &nrules) != 0)
        return -1;
    ward_jw j;
    ward_jw_init(&j, w);
    ward_jw_open(&j, NULL, '{');
    ward_jw_str(&j, "$schema", SARIF_SCHEMA_URI);
    ward_jw_str(&j, "version", "2.1.0");
    ward_jw_open(&j, "runs", '[');
    int rc = put_run(&j, ctx, rules, nrules);
    ward_free(rules);
    if (rc != 0)
        return -1;
    ward_jw_close(&j, ']');
    ward_jw_close(&j, '}');
    ward_jw_finish(&j);
    return 0;
}
