/* report_junit.c: JUnit XML, for CI systems that chart test results.
 *
 * <testsuites> holds one <testsuite> per rule (every rule that ran, in the
 * caller's order, then rules only findings name).  A suite has one
 * <testcase> per (file, resource) that the rule reported on; a rule with no
 * findings has one passing testcase, "all resources", so dashboards show
 * it as run and green.  Outcome of a testcase, from its findings:
 *   any fail            -> <failure message=... type=severity>
 *   else any error      -> <error ...>    (the rule could not run)
 *   else any unknown    -> <skipped message="unknown: ...">
 *   only suppressed     -> <skipped message="suppressed: reason">
 * The body of <failure>/<error> lists every finding of the testcase as
 * gcc-style "file:line:col: severity[ID]: message" lines with notes. */
#include "report_impl.h"
#include "../base/alloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct entry {
    size_t rule;              /* index in the report's rule table */
    const char *file;         /* relative path, "" without one */
    const char *resource;     /* the testcase name */
    size_t order;             /* position in the (sorted) findings */
    const ward_finding *f;
} entry;

typedef enum outcome { OUT_FAILURE, OUT_ERROR, OUT_SKIPPED } outcome;

static int cmp_entry(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    if (a->rule != b->rule)
        return a->rule < b->rule ? -1 : 1;
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    c = strcmp(a->resource, b->resource);
    if (c)
        return c;
    return a->order < b->order ? -1 : a->order > b->order;
}

static const char *resource_label(const ward_finding *f, const char *file)
{
    if (f->resource_address)
        return f->resource_address;
    if (f->resource_name)
        return f->resource_name;
    return *file ? file : "(no resource)";
}

/* Findings grouped by (rule, file, resource), keeping report order inside a
 * group.  Returns a heap array (ward_free) or NULL when out of memory. */
static entry *make_entries(const ward_report_ctx *ctx, const ward_rule_info *const *rules, size_t nrules)
{
    size_t n = ctx->findings ? ctx->findings->n : 0;
    entry *e = ward_malloc((n ? n : 1) * sizeof *e);
    if (!e)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const ward_finding *f = &ctx->findings->items[i];
        ward_report_loc loc;
        const char *file = ward_report_locate(ctx, f->span, &loc) == 0 ? loc.rel : "";
        size_t r = ward_report_rule_index(rules, nrules, f->rule);
        e[i] = (entry){r == (size_t)-1 ? nrules : r, file, resource_label(f, file), i, f};
    }
    qsort(e, n, sizeof *e, cmp_entry);
    return e;
}

static int same_case(const entry *a, const entry *b)
{
    return a->rule == b->rule && strcmp(a->file, b->file) == 0 && strcmp(a->resource, b->resource) == 0;
}

/* End of the testcase starting at e[i]. */
static size_t case_end(const entry *e, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && same_case(&e[i], &e[j]))
        j++;
    return j;
}

/* The outcome of a testcase and the finding that decides it. */
static outcome case_outcome(const entry *e, size_t i, size_t j, const ward_finding **lead)
{
    static const ward_status order[] = {WARD_ST_FAIL, WARD_ST_ERROR, WARD_ST_UNKNOWN};
    static const outcome outcomes[] = {OUT_FAILURE, OUT_ERROR, OUT_SKIPPED};
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        for (size_t m = i; m < j; m++)
            if (!e[m].f->suppressed && e[m].f->status == order[k]) {
                *lead = e[m].f;
                return outcomes[k];
            }
    *lead = e[i].f;   /* all suppressed */
    return OUT_SKIPPED;
}

typedef struct tally {
    size_t tests, failures, errors, skipped;
} tally;

static void tally_range(const entry *e, size_t i, size_t end, tally *t)
{
    while (i < end) {
        size_t j = case_end(e, end, i);
        const ward_finding *lead;
        outcome o = case_outcome(e, i, j, &lead);
        t->tests++;
        t->failures += o == OUT_FAILURE;
        t->errors += o == OUT_ERROR;
        t->skipped += o == OUT_SKIPPED;
        i = j;
    }
}

static void put_xml(ward_writer *w, const char *s)
{
    if (s)
        ward_report_write_utf8(w, s, strlen(s), ward_write_xml_str);
}

static void put_tally(ward_writer *w, const tally *t)
{
    ward_printf(w, " tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\"", t->tests, t->failures,
                t->errors, t->skipped);
}

/* "file:line:col: " of a span, relative, or nothing without a file. */
static void put_position(ward_writer *w, const ward_report_ctx *ctx, ward_span span)
{
    ward_report_loc loc;
    if (ward_report_locate(ctx, span, &loc) != 0)
        return;
    put_xml(w, loc.rel);
    ward_printf(w, ":%u:%u: ", loc.line, loc.col);
}

static void put_finding_lines(ward_writer *w, const ward_report_ctx *ctx, const ward_finding *f)
{
    put_position(w, ctx, f->span);
    ward_printf(w, "%s[", ward_severity_name(f->severity));
    put_xml(w, ward_report_rule_id(f));
    ward_putc(w, ']');
    if (f->status != WARD_ST_FAIL)
        ward_printf(w, " (%s)", ward_status_name(f->status));
    ward_puts(w, ": ");
    put_xml(w, f->message);
    if (f->suppressed) {
        ward_puts(w, " [suppressed: ");
        put_xml(w, f->suppress_reason ? f->suppress_reason : "no reason given");
        ward_putc(w, ']');
    }
    ward_putc(w, '\n');
    for (size_t i = 0; i < f->nrelated; i++) {
        put_position(w, ctx, f->related[i].span);
        ward_puts(w, "note: ");
        put_xml(w, f->related[i].label);
        ward_putc(w, '\n');
    }
    if (f->chain) {
        put_position(w, ctx, f->span);
        ward_puts(w, "note: reached through ");
        put_xml(w, f->chain);
        ward_putc(w, '\n');
    }
    if (f->ninstances > 1) {
        ward_writer t;
        ward_writer_mem(&t);
        ward_report_instances_note(&t, f);
        put_position(w, ctx, f->span);
        ward_puts(w, "note: ");
        put_xml(w, t.buf);
        ward_putc(w, '\n');
        ward_writer_free(&t);
    }
}

static void put_outcome(ward_writer *w, const ward_report_ctx *ctx, const entry *e, size_t i, size_t j)
{
    const ward_finding *lead;
    outcome o = case_outcome(e, i, j, &lead);
    if (o == OUT_SKIPPED) {
        ward_puts(w, "      <skipped message=\"");
        if (lead->suppressed) {
            ward_puts(w, "suppressed: ");
            put_xml(w, lead->suppress_reason ? lead->suppress_reason : "no reason given");
        } else {
            ward_printf(w, "%s: ", ward_status_name(lead->status));
            put_xml(w, lead->message);
        }
        ward_puts(w, "\"/>\n");
        return;
    }
    const char *tag = o == OUT_FAILURE ? "failure" : "error";
    ward_printf(w, "      <%s message=\"", tag);
    put_xml(w, lead->message);
    ward_printf(w, "\" type=\"%s\">", ward_severity_name(lead->severity));
    for (size_t m = i; m < j; m++)
        put_finding_lines(w, ctx, e[m].f);
    ward_printf(w, "</%s>\n", tag);
}

static void put_case(ward_writer *w, const ward_report_ctx *ctx, const char *rule_id, const entry *e, size_t i,
                     size_t j)
{
    ward_puts(w, "    <testcase name=\"");
    put_xml(w, e[i].resource);
    ward_puts(w, "\" classname=\"");
    put_xml(w, rule_id);
    ward_putc(w, '"');
    ward_report_loc loc;
    if (ward_report_locate(ctx, e[i].f->span, &loc) == 0) {
        ward_puts(w, " file=\"");
        put_xml(w, loc.rel);
        ward_printf(w, "\" line=\"%u\"", loc.line);
    }
    ward_puts(w, ">\n");
    put_outcome(w, ctx, e, i, j);
    ward_puts(w, "    </testcase>\n");
}

static void put_suite(ward_writer *w, const ward_report_ctx *ctx, const ward_rule_info *r, const entry *e,
                      size_t i, size_t end)
{
    const char *id = r && r->id ? r->id : "?";
    tally t = {0, 0, 0, 0};
    tally_range(e, i, end, &t);
    if (i == end)
        t.tests = 1;   /* the "all resources" testcase */
    ward_puts(w, "  <testsuite name=\"");
    put_xml(w, id);
    ward_putc(w, '"');
    put_tally(w, &t);
    ward_puts(w, ">\n");
    if (i == end) {
        ward_puts(w, "    <testcase name=\"all resources\" classname=\"");
        put_xml(w, id);
        ward_puts(w, "\"/>\n");
    }
    while (i < end) {
        size_t j = case_end(e, end, i);
        put_case(w, ctx, id, e, i, j);
        i = j;
    }
    ward_puts(w, "  </testsuite>\n");
}

static void put_document(ward_writer *w, const ward_report_ctx *ctx, const ward_rule_info *const *rules,
                         size_t nrules, const entry *e, size_t n)
{
    tally total = {0, 0, 0, 0};
    tally_range(e, 0, n, &total);
    for (size_t r = 0, i = 0; r < nrules; r++) {   /* passing "all resources" cases */
        size_t end = i;
        while (end < n && e[end].rule == r)
            end++;
        total.tests += end == i;
        i = end;
    }
    ward_puts(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ward\"");
    put_tally(w, &total);
    ward_puts(w, ">\n");
    size_t i = 0;
    for (size_t r = 0; r < nrules; r++) {
        size_t end = i;
        while (end < n && e[end].rule == r)
            end++;
        put_suite(w, ctx, rules[r], e, i, end);
        i = end;
    }
    if (i < n)   /* findings without a rule descriptor */
        put_suite(w, ctx, NULL, e, i, n);
    ward_puts(w, "</testsuites>\n");
}

int ward_report_junit(ward_writer *w, const ward_report_ctx *ctx)
{
    const ward_rule_info **rules;
    size_t nrules;
    if (ward_report_rules(ctx, &rules, &nrules) != 0)
        return -1;
    entry *e = make_entries(ctx, rules, nrules);
    if (!e) {
        ward_free(rules);
        return -1;
    }
    put_document(w, ctx, rules, nrules, e, ctx->findings ? ctx->findings->n : 0);
    ward_free(e);
    ward_free(rules);
    return 0;
}
