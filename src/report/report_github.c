/* report_github.c: GitHub Actions workflow commands, which the runner turns
 * into annotations on the pull request's diff:
 *
 *   ::error file=infra/main.bicep,line=8,col=5,endLine=8,endColumn=33,title=AZAI-ACC-001::message
 *
 * critical/high -> error, medium -> warning, low/info -> notice.  A status
 * other than fail is named in the title ("AZAI-NET-002 (unknown)"); related
 * locations follow the message as "note:" lines.  Suppressed findings are
 * left out, input errors come first.  Escaping follows the runner's rules:
 * '%', CR and LF in the message; those and ':' and ',' in property values. */
#include "report_impl.h"

#include <string.h>

static const char *severity_command(ward_severity s)
{
    return s >= WARD_SEV_HIGH ? "error" : s == WARD_SEV_MEDIUM ? "warning" : "notice";
}

static const char *diag_command(ward_diag_severity s)
{
    return s == WARD_DIAG_ERROR ? "error" : s == WARD_DIAG_WARNING ? "warning" : "notice";
}

/* Escapes for the message part, or (`property`) for a property value. */
static void put_escaped(ward_writer *w, const char *s, int property)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '%': ward_puts(w, "%25"); break;
        case '\r': ward_puts(w, "%0D"); break;
        case '\n': ward_puts(w, "%0A"); break;
        case ':':
            if (property)
                ward_puts(w, "%3A");
            else
                ward_putc(w, ':');
            break;
        case ',':
            if (property)
                ward_puts(w, "%2C");
            else
                ward_putc(w, ',');
            break;
        default: ward_putc(w, *s);
        }
    }
}

/* "::level file=..,line=..,col=..,endLine=..,endColumn=..," up to the title;
 * only the command when the span has no file. */
static void put_command(ward_writer *w, const ward_report_ctx *ctx, const char *level, ward_span span)
{
    ward_printf(w, "::%s ", level);
    ward_report_loc loc;
    if (ward_report_locate(ctx, span, &loc) != 0)
        return;
    ward_puts(w, "file=");
    put_escaped(w, loc.rel, 1);
    ward_printf(w, ",line=%u,col=%u,endLine=%u,endColumn=%u,", loc.line, loc.col, loc.end_line, loc.end_col);
}

static void put_finding(ward_writer *w, const ward_report_ctx *ctx, const ward_finding *f)
{
    put_command(w, ctx, severity_command(f->severity), f->span);
    ward_puts(w, "title=");
    put_escaped(w, ward_report_rule_id(f), 1);
    if (f->status != WARD_ST_FAIL) {
        ward_puts(w, " (");
        put_escaped(w, ward_status_name(f->status), 1);
        ward_putc(w, ')');
    }
    ward_puts(w, "::");
    put_escaped(w, f->message, 0);
    for (size_t i = 0; i < f->nrelated; i++) {
        ward_report_loc loc;
        ward_puts(w, "%0Anote: ");
        if (ward_report_locate(ctx, f->related[i].span, &loc) == 0) {
            put_escaped(w, loc.rel, 0);
            ward_printf(w, ":%u:%u: ", loc.line, loc.col);
        }
        put_escaped(w, f->related[i].label, 0);
    }
    if (f->chain) {
        ward_puts(w, "%0Anote: reached through ");
        put_escaped(w, f->chain, 0);
    }
    if (f->ninstances > 1) {
        ward_writer t;
        ward_writer_mem(&t);
        ward_report_instances_note(&t, f);
        ward_puts(w, "%0Anote: ");
        put_escaped(w, t.buf, 0);
        ward_writer_free(&t);
    }
    ward_putc(w, '\n');
}

static void put_error(ward_writer *w, const ward_report_ctx *ctx, const ward_diag *g)
{
    put_command(w, ctx, diag_command(g->severity), g->span);
    ward_puts(w, "title=");
    put_escaped(w, ward_diag_code_str(g->code), 1);
    ward_puts(w, "::");
    put_escaped(w, g->message, 0);
    ward_putc(w, '\n');
}

int ward_report_github(ward_writer *w, const ward_report_ctx *ctx)
{
    for (size_t i = 0; ctx->errors && i < ctx->errors->n; i++)
        put_error(w, ctx, &ctx->errors->items[i]);
    for (size_t i = 0; ctx->findings && i < ctx->findings->n; i++)
        if (!ctx->findings->items[i].suppressed)
            put_finding(w, ctx, &ctx->findings->items[i]);
    return 0;
}
