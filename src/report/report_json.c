/* report_json.c: machine-readable findings, schema "ward-findings/1".
 *
 * Every key is always present (null when it does not apply) and keys come in
 * a fixed order, so consumers can rely on the shape and diffs stay small.
 * The schema is documented in docs/output-formats.md; any incompatible
 * change bumps the version suffix.  Written with the streaming emitter in
 * report.c rather than cJSON: no tree of the whole report in memory (a large
 * plan can yield many thousands of findings), fixed key order by
 * construction, and write errors through the writer's sticky flag. */
#include "report_impl.h"

#define SCHEMA_ID "ward-findings/1"

/* "file", "line", "column" (and the end when `with_end`) of a span; nulls
 * when it has no file. */
static void put_position(ward_jw *j, const ward_report_ctx *ctx, ward_span span, int with_end)
{
    ward_report_loc loc;
    if (ward_report_locate(ctx, span, &loc) != 0) {
        ward_jw_null(j, "file");
        ward_jw_null(j, "line");
        ward_jw_null(j, "column");
        if (with_end) {
            ward_jw_null(j, "end_line");
            ward_jw_null(j, "end_column");
        }
        return;
    }
    ward_jw_str(j, "file", loc.rel);
    ward_jw_uint(j, "line", loc.line);
    ward_jw_uint(j, "column", loc.col);
    if (with_end) {
        ward_jw_uint(j, "end_line", loc.end_line);
        ward_jw_uint(j, "end_column", loc.end_col);
    }
}

static void put_related(ward_jw *j, const ward_report_ctx *ctx, const ward_finding *f)
{
    ward_jw_open(j, "related", '[');
    for (size_t i = 0; i < f->nrelated; i++) {
        ward_jw_open(j, NULL, '{');
        put_position(j, ctx, f->related[i].span, 0);
        ward_jw_str(j, "label", f->related[i].label);
        ward_jw_close(j, '}');
    }
    ward_jw_close(j, ']');
}

/* The loop instances a finding groups, or null. */
static void put_instances(ward_jw *j, const ward_finding *f)
{
    if (f->ninstances < 2) {
        ward_jw_null(j, "instances");
        return;
    }
    ward_jw_open(j, "instances", '[');
    for (size_t i = 0; i < f->ninstances; i++)
        ward_jw_str(j, NULL, f->instances[i]);
    ward_jw_close(j, ']');
}

static void put_finding(ward_jw *j, const ward_report_ctx *ctx, const ward_finding *f)
{
    ward_jw_open(j, NULL, '{');
    ward_jw_str(j, "rule", ward_report_rule_id(f));
    ward_jw_str(j, "title", f->rule ? f->rule->title : NULL);
    ward_jw_str(j, "severity", ward_severity_name(f->severity));
    ward_jw_str(j, "status", ward_status_name(f->status));
    ward_jw_str(j, "message", f->message);
    put_position(j, ctx, f->span, 1);
    ward_jw_str(j, "path", f->path);
    ward_jw_open(j, "resource", '{');
    ward_jw_str(j, "type", f->resource_type);
    ward_jw_str(j, "name", f->resource_name);
    ward_jw_str(j, "address", f->resource_address);
    ward_jw_str(j, "family", f->family);
    ward_jw_close(j, '}');
    ward_jw_str(j, "chain", f->chain);
    put_instances(j, f);
    put_related(j, ctx, f);
    ward_jw_bool(j, "suppressed", f->suppressed);
    ward_jw_str(j, "suppression_reason", f->suppressed ? f->suppress_reason : NULL);
    ward_jw_close(j, '}');
}

static void put_error(ward_jw *j, const ward_report_ctx *ctx, const ward_diag *g)
{
    ward_jw_open(j, NULL, '{');
    ward_jw_str(j, "code", ward_diag_code_str(g->code));
    ward_jw_str(j, "severity", ward_diag_severity_str(g->severity));
    ward_jw_str(j, "message", g->message);
    put_position(j, ctx, g->span, 0);
    ward_jw_close(j, '}');
}

static void put_summary(ward_jw *j, const ward_report_ctx *ctx)
{
    ward_report_counts c;
    ward_report_count(ctx, &c);
    ward_jw_open(j, "summary", '{');
    ward_jw_uint(j, "findings", c.shown);
    ward_jw_uint(j, "suppressed", c.suppressed);
    ward_jw_open(j, "by_severity", '{');
    for (int s = WARD_SEV__COUNT - 1; s >= 0; s--)
        ward_jw_uint(j, ward_severity_name((ward_severity)s), c.by_severity[s]);
    ward_jw_close(j, '}');
    ward_jw_open(j, "by_status", '{');
    for (int s = 0; s < WARD_ST__COUNT; s++)
        ward_jw_uint(j, ward_status_name((ward_status)s), c.by_status[s]);
    ward_jw_close(j, '}');
    ward_jw_uint(j, "errors", c.input_errors);
    ward_jw_uint(j, "files", ctx->files_scanned);
    ward_jw_close(j, '}');
}

int ward_report_json(ward_writer *w, const ward_report_ctx *ctx)
{
    ward_jw j;
    ward_jw_init(&j, w);
    ward_jw_open(&j, NULL, '{');
    ward_jw_str(&j, "schema", SCHEMA_ID);
    ward_jw_open(&j, "tool", '{');
    ward_jw_str(&j, "name", "ward");
    ward_jw_str(&j, "version", ctx->tool_version);
    ward_jw_close(&j, '}');
    ward_jw_open(&j, "findings", '[');
    for (size_t i = 0; ctx->findings && i < ctx->findings->n; i++)
        put_finding(&j, ctx, &ctx->findings->items[i]);
    ward_jw_close(&j, ']');
    ward_jw_open(&j, "errors", '[');
    for (size_t i = 0; ctx->errors && i < ctx->errors->n; i++)
        put_error(&j, ctx, &ctx->errors->items[i]);
    ward_jw_close(&j, ']');
    put_summary(&j, ctx);
    ward_jw_close(&j, '}');
    ward_jw_finish(&j);
    return 0;
}
