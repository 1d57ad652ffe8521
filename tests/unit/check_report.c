/* check_report.c: every reporter against golden files, plus the summary
 * line, colour, path handling, fingerprint stability and out-of-memory
 * behaviour.
 *
 * Goldens live in tests/golden/report/expected.{txt,json,sarif,xml,github}.
 * After an intended change, regenerate them with
 *     WARD_UPDATE_GOLDEN=1 ctest -R check_report
 * and review the diff.  On a mismatch the actual output is written beside
 * the test (report-expected.<ext>.actual in the build directory) for
 * `diff -u`. */
#include "base/alloc.h"
#include "base/writer.h"
#include "report/report.h"
#include "report/report_impl.h"
#include "report_fixture.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Renders `format` for ctx into a malloc'd string (NULL on failure). */
static char *render(const ward_report_ctx *ctx, const char *format)
{
    ward_writer w;
    ward_writer_mem(&w);
    int rc = ward_report_write(&w, format, ctx);
    char *out = rc == 0 ? strdup(w.buf) : NULL;
    ward_writer_free(&w);
    return out;
}

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = strlen(text);
    int ok = fwrite(text, 1, n, f) == n;
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* 1-based number of the first line where a and b differ, and that line of each. */
static int first_diff_line(const char *a, const char *b, const char **la, const char **lb)
{
    int line = 1;
    const char *sa = a, *sb = b;
    for (; *a && *a == *b; a++, b++) {
        if (*a == '\n') {
            line++;
            sa = a + 1;
            sb = b + 1;
        }
    }
    *la = sa;
    *lb = sb;
    return line;
}

static void print_line(const char *tag, const char *s)
{
    size_t n = strcspn(s, "\n");
    fprintf(stderr, "  %s: %.*s%s\n", tag, (int)n, s, *s ? "" : "<end of file>");
}

/* Compares `actual` with tests/golden/report/<name>, or rewrites the golden
 * when WARD_UPDATE_GOLDEN=1. */
static void check_golden(const char *name, const char *actual)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/golden/report/%s", tu_source_dir(), name);
    const char *update = getenv("WARD_UPDATE_GOLDEN");
    if (update && strcmp(update, "1") == 0) {
        ck_assert_msg(write_file(path, actual) == 0, "cannot write golden %s", path);
        fprintf(stderr, "updated %s\n", path);
        return;
    }
    char *expected = tu_read_file(path, NULL);
    ck_assert_msg(expected != NULL, "missing golden %s (run with WARD_UPDATE_GOLDEN=1 to create it)", path);
    if (strcmp(expected, actual) != 0) {
        char cwd[2048], actual_path[4200];
        if (!getcwd(cwd, sizeof cwd))
            snprintf(cwd, sizeof cwd, ".");
        snprintf(actual_path, sizeof actual_path, "%s/report-%s.actual", cwd, name);
        write_file(actual_path, actual);
        const char *le, *la;
        int line = first_diff_line(expected, actual, &le, &la);
        fprintf(stderr, "golden mismatch: %s, first difference at line %d\n", path, line);
        print_line("expected", le);
        print_line("actual  ", la);
        fprintf(stderr, "  diff -u %s %s   (WARD_UPDATE_GOLDEN=1 regenerates)\n", path, actual_path);
        free(expected);
        ck_abort_msg("%s differs from its golden (line %d)", name, line);
    }
    free(expected);
}

static const struct {
    const char *format, *golden;
} goldens[] = {
    {"text", "expected.txt"},     {"json", "expected.json"},     {"sarif", "expected.sarif"},
    {"junit", "expected.xml"},    {"github", "expected.github"},
};

START_TEST(golden_output)
{
    rf_fixture fx;
    rf_fixture_init(&fx);
    char *out = render(&fx.ctx, goldens[_i].format);
    ck_assert_ptr_nonnull(out);
    check_golden(goldens[_i].golden, out);
    free(out);
    rf_fixture_free(&fx);
}
END_TEST

START_TEST(format_registry)
{
    const char *names[] = {"text", "json", "sarif", "junit", "github"};
    for (size_t i = 0; i < 5; i++) {
        ck_assert(ward_report_format_valid(names[i]));
        ck_assert_str_eq(ward_report_format_name(i), names[i]);
    }
    ck_assert_ptr_null(ward_report_format_name(5));
    ck_assert(!ward_report_format_valid("xml"));
    ck_assert(!ward_report_format_valid("TEXT"));
    ck_assert(!ward_report_format_valid(NULL));
    rf_fixture fx;
    rf_fixture_init(&fx);
    ward_writer w;
    ward_writer_mem(&w);
    ck_assert_int_eq(ward_report_write(&w, "yaml", &fx.ctx), -1);
    ck_assert_uint_eq(w.len, 0);
    ward_writer_free(&w);
    rf_fixture_free(&fx);
}
END_TEST

START_TEST(text_summary_variants)
{
    ward_sources s;
    ward_sources_init(&s);
    ward_findings f;
    ward_findings_init(&f);
    ward_report_ctx ctx = {.sources = &s, .findings = &f, .files_scanned = 1};
    char *out = render(&ctx, "text");
    ck_assert_str_eq(out, "ward: no findings in 1 file\n");
    free(out);
    static const ward_rule_info r = {"X-1", "t", NULL, NULL, WARD_SEV_MEDIUM, NULL, 0};
    ward_findings_add(&f, &(ward_finding){.rule = &r, .severity = WARD_SEV_MEDIUM, .message = "m",
                                          .span = ward_span_none()});
    ctx.files_scanned = 0;
    out = render(&ctx, "text");
    ck_assert_str_eq(out, "ward: medium[X-1]: m\nward: 1 finding (1 medium; 1 fail) in 0 files\n");
    free(out);
    ward_findings_free(&f);
    ward_sources_free(&s);
}
END_TEST

START_TEST(text_color_only_when_asked)
{
    rf_fixture fx;
    rf_fixture_init(&fx);
    char *plain = render(&fx.ctx, "text");
    ck_assert_ptr_null(strchr(plain, '\033'));
    fx.ctx.color = 1;
    char *colored = render(&fx.ctx, "text");
    ck_assert_ptr_nonnull(strstr(colored, "\033[1;31mcritical[AZAI-NET-002]"));
    /* The other formats ignore the flag. */
    char *json = render(&fx.ctx, "json");
    ck_assert_ptr_null(strchr(json, '\033'));
    free(plain);
    free(colored);
    free(json);
    rf_fixture_free(&fx);
}
END_TEST

START_TEST(relative_paths)
{
    ward_report_ctx ctx = {.base_dir = "/home/dev/repo"};
    ck_assert_str_eq(ward_report_relpath(&ctx, "/home/dev/repo/a/b.bicep"), "a/b.bicep");
    ck_assert_str_eq(ward_report_relpath(&ctx, "/home/dev/repository/x"), "/home/dev/repository/x");
    ck_assert_str_eq(ward_report_relpath(&ctx, "./infra/./x.json"), "infra/./x.json");
    ctx.base_dir = "/home/dev/repo/";
    ck_assert_str_eq(ward_report_relpath(&ctx, "/home/dev/repo/a"), "a");
    ctx.base_dir = "/";
    ck_assert_str_eq(ward_report_relpath(&ctx, "/etc/x"), "etc/x");
    ctx.base_dir = NULL;
    ck_assert_str_eq(ward_report_relpath(&ctx, "/etc/x"), "/etc/x");
}
END_TEST

/* The SARIF fingerprint of a one-finding run whose file starts with
 * `padding` blank lines. */
static char *fingerprint_after(int padding, unsigned *start_line)
{
    char text[64] = "";
    for (int i = 0; i < padding; i++)
        strcat(text, "\n");
    strcat(text, "x: 1\n");
    ward_sources s;
    ward_sources_init(&s);
    uint32_t id = ward_sources_add(&s, "/r/t.bicep", text, strlen(text));
    ward_findings f;
    ward_findings_init(&f);
    static const ward_rule_info r = {"X-1", "t", NULL, NULL, WARD_SEV_HIGH, NULL, 0};
    ward_findings_add(&f, &(ward_finding){.rule = &r, .severity = WARD_SEV_HIGH, .message = "m",
                                          .span = ward_span_make(id, (uint32_t)padding, (uint32_t)padding + 4),
                                          .path = "x", .resource_address = "res"});
    ward_report_ctx ctx = {.sources = &s, .findings = &f, .base_dir = "/r"};
    char *out = render(&ctx, "sarif");
    ck_assert_ptr_nonnull(out);
    const char *p = strstr(out, "\"wardFindingHash/v1\": \"");
    ck_assert_ptr_nonnull(p);
    char *hash = strndup(p + 23, 32);
    p = strstr(out, "\"startLine\": ");
    ck_assert_ptr_nonnull(p);
    *start_line = (unsigned)strtoul(p + 13, NULL, 10);
    free(out);
    ward_findings_free(&f);
    ward_sources_free(&s);
    return hash;
}

START_TEST(fingerprint_ignores_line)
{
    unsigned l1, l2;
    char *a = fingerprint_after(0, &l1);
    char *b = fingerprint_after(3, &l2);
    ck_assert_uint_eq(l1, 1);
    ck_assert_uint_eq(l2, 4);
    ck_assert_uint_eq(strspn(a, "0123456789abcdef"), 32);
    ck_assert_str_eq(a, b);
    free(a);
    free(b);
}
END_TEST

START_TEST(invalid_utf8_is_replaced)
{
    ward_sources s;
    ward_sources_init(&s);
    ward_findings f;
    ward_findings_init(&f);
    static const ward_rule_info r = {"X-1", "t", NULL, NULL, WARD_SEV_HIGH, NULL, 0};
    ward_findings_add(&f, &(ward_finding){.rule = &r, .severity = WARD_SEV_HIGH, .message = "a\xff" "b\xc3",
                                          .span = ward_span_none()});
    ward_report_ctx ctx = {.sources = &s, .findings = &f};
    char *json = render(&ctx, "json");
    ck_assert_ptr_nonnull(strstr(json, "\"message\": \"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\""));
    char *xml = render(&ctx, "junit");
    ck_assert_ptr_nonnull(strstr(xml, "message=\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\""));
    free(json);
    free(xml);
    ward_findings_free(&f);
    ward_sources_free(&s);
}
END_TEST

/* Every allocation of a report failing in turn: -1 or a complete report,
 * never a crash or a leak (checked by the sanitizer build). */
/* Loop instances failing one rule at one place become one finding; two
 * findings of one resource at one place, or another rule there, stay apart. */
START_TEST(loop_instances_group)
{
    static const ward_rule_info r1 = {"R-1", "t", NULL, NULL, WARD_SEV_HIGH, NULL, 0};
    static const ward_rule_info r2 = {"R-2", "t", NULL, NULL, WARD_SEV_HIGH, NULL, 0};
    ward_findings f;
    ward_findings_init(&f);
    ward_span here = ward_span_make(0, 10, 20), there = ward_span_make(0, 30, 40);
    const struct { const ward_rule_info *rule; ward_span span; const char *addr, *msg; } in[] = {
        {&r1, here, "acct[\"eastus\"]", "keys on acct[\"eastus\"]"},
        {&r1, here, "acct[\"westeurope\"]", "keys on acct[\"westeurope\"]"},
        {&r2, here, "acct[\"eastus\"]", "other rule"},
        {&r1, there, "one", "first failure"},
        {&r1, there, "one", "second failure"},
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        ck_assert_ptr_nonnull(ward_findings_add(&f, &(ward_finding){.rule = in[i].rule, .severity = WARD_SEV_HIGH,
                                                                     .span = in[i].span,
                                                                     .resource_address = in[i].addr,
                                                                     .message = in[i].msg}));
    ward_findings_sort(&f);
    ward_findings_group_instances(&f);
    ck_assert_uint_eq(f.n, 4);
    ck_assert_str_eq(f.items[0].rule->id, "R-1");
    ck_assert_uint_eq(f.items[0].ninstances, 2);
    ck_assert_str_eq(f.items[0].instances[0], "acct[\"eastus\"]");
    ck_assert_str_eq(f.items[0].instances[1], "acct[\"westeurope\"]");
    ck_assert_str_eq(f.items[1].rule->id, "R-2");
    ck_assert_uint_eq(f.items[1].ninstances, 0);
    ck_assert_uint_eq(f.items[2].ninstances, 0);
    ck_assert_uint_eq(f.items[3].ninstances, 0);
    ward_findings_free(&f);
}
END_TEST

START_TEST(out_of_memory)
{
    rf_fixture fx;
    int done = 0;
    for (long n = 0; n < 100000 && !done; n++) {
        rf_fixture_init(&fx);
        ward_writer w;
        ward_alloc_fail_after(n);
        ward_writer_mem(&w);
        int rc = ward_report_write(&w, goldens[_i].format, &fx.ctx);
        ward_alloc_fail_after(-1);
        ck_assert(rc == 0 || rc == -1);
        done = rc == 0;
        ward_writer_free(&w);
        rf_fixture_free(&fx);
    }
    ck_assert(done);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("report");
    int ngoldens = (int)(sizeof goldens / sizeof goldens[0]);
    tcase_add_loop_test(tc, golden_output, 0, ngoldens);
    tcase_add_test(tc, format_registry);
    tcase_add_test(tc, loop_instances_group);
    tcase_add_test(tc, text_summary_variants);
    tcase_add_test(tc, text_color_only_when_asked);
    tcase_add_test(tc, relative_paths);
    tcase_add_test(tc, fingerprint_ignores_line);
    tcase_add_test(tc, invalid_utf8_is_replaced);
    tcase_add_loop_test(tc, out_of_memory, 0, ngoldens);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
