/* report_text.c: the human reporter, gcc-style so that editors and
 * terminals can jump to each finding.
 *
 *   infra/main.bicep:8:5: high[AZAI-ACC-001]: local authentication is enabled
 *       8 |     disableLocalAuth: !localAuth
 *         |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
 *   infra/params.json:4:28: note: value from parameter 'localAuth'
 *   ward: 3 findings (1 critical, 2 high; 2 fail, 1 unknown) in 4 files
 *
 * Input errors come first (ward_diag_render), suppressed findings are left
 * out (they are counted in the summary), and paths are shown as given to
 * the run, since that is what resolves from the user's working directory. */
#include "report_impl.h"

#define C_RED "\033[1;31m"
#define C_MAG "\033[1;35m"
#define C_CYN "\033[1;36m"
#define C_BOLD "\033[1m"
#define C_OFF "\033[0m"

static void put_color(ward_writer *w, int color, const char *code)
{
    if (color)
        ward_puts(w, code);
}

static const char *severity_color(ward_severity s)
{
    return s >= WARD_SEV_HIGH ? C_RED : s == WARD_SEV_MEDIUM ? C_MAG : C_CYN;
}

/* "file:line:col: " or, for a span without a file, "ward: ". */
static void put_location(ward_writer *w, const ward_report_ctx *ctx, ward_span span)
{
    ward_report_loc loc;
    if (ward_report_locate(ctx, span, &loc) != 0)
        ward_puts(w, "ward: ");
    else
        ward_printf(w, "%s:%u:%u: ", loc.path, loc.line, loc.col);
}

static void put_note(ward_writer *w, const ward_report_ctx *ctx, ward_span span, const char *prefix,
                     const char *text)
{
    put_color(w, ctx->color, C_BOLD);
    put_location(w, ctx, span);
    put_color(w, ctx->color, C_CYN);
    ward_puts(w, "note:");
    put_color(w, ctx->color, C_OFF);
    ward_printf(w, " %s%s\n", prefix, text ? text : "");
}

static void put_finding(ward_writer *w, const ward_report_ctx *ctx, const ward_finding *f)
{
    int color = ctx->color;
    put_color(w, color, C_BOLD);
    put_location(w, ctx, f->span);
    put_color(w, color, severity_color(f->severity));
    ward_printf(w, "%s[%s]", ward_severity_name(f->severity), ward_report_rule_id(f));
    put_color(w, color, C_OFF C_BOLD);
    /* fail is the norm; the other statuses change what the line means. */
    if (f->status != WARD_ST_FAIL)
        ward_printf(w, " (%s)", ward_status_name(f->status));
    ward_printf(w, ": %s\n", f->message ? f->message : "");
    put_color(w, color, C_OFF);
    ward_render_excerpt(w, ctx->sources, f->span, color);
    for (size_t i = 0; i < f->nrelated; i++)
        put_note(w, ctx, f->related[i].span, "", f->related[i].label);
    if (f->chain)
        put_note(w, ctx, f->span, "reached through ", f->chain);
    if (f->ninstances > 1) {
        ward_writer t;
        ward_writer_mem(&t);
        ward_report_instances_note(&t, f);
        put_note(w, ctx, f->span, "", t.buf);
        ward_writer_free(&t);
    }
}

static const char *plural(size_t n, const char *one, const char *many) { return n == 1 ? one : many; }

/* "(1 critical, 2 high; 2 fail, 1 unknown)": non-zero counts, most severe first. */
static void put_breakdown(ward_writer *w, const ward_report_counts *c)
{
    const char *sep = " (";
    for (int s = WARD_SEV__COUNT - 1; s >= 0; s--) {
        if (c->by_severity[s]) {
            ward_printf(w, "%s%zu %s", sep, c->by_severity[s], ward_severity_name((ward_severity)s));
            sep = ", ";
        }
    }
    sep = "; ";
    for (int s = 0; s < WARD_ST__COUNT; s++) {
        if (c->by_status[s]) {
            ward_printf(w, "%s%zu %s", sep, c->by_status[s], ward_status_name((ward_status)s));
            sep = ", ";
        }
    }
    ward_putc(w, ')');
}

static void put_summary(ward_writer *w, const ward_report_ctx *ctx)
{
    ward_report_counts c;
    ward_report_count(ctx, &c);
    if (c.shown == 0) {
        ward_puts(w, "ward: no findings");
    } else {
        ward_printf(w, "ward: %zu %s", c.shown, plural(c.shown, "finding", "findings"));
        put_breakdown(w, &c);
    }
    ward_printf(w, " in %zu %s", ctx->files_scanned, plural(ctx->files_scanned, "file", "files"));
    if (c.suppressed)
        ward_printf(w, ", %zu suppressed", c.suppressed);
    if (c.input_errors)
        ward_printf(w, ", %zu input %s", c.input_errors, plural(c.input_errors, "error", "errors"));
    if (c.input_warnings)
        ward_printf(w, ", %zu input %s", c.input_warnings, plural(c.input_warnings, "warning", "warnings"));
    ward_putc(w, '\n');
}

int ward_report_text(ward_writer *w, const ward_report_ctx *ctx)
{
    if (ctx->errors)
        ward_diags_render(w, ctx->sources, ctx->errors, ctx->color);
    for (size_t i = 0; ctx->findings && i < ctx->findings->n; i++)
        if (!ctx->findings->items[i].suppressed)
            put_finding(w, ctx, &ctx->findings->items[i]);
    put_summary(w, ctx);
    return 0;
}
