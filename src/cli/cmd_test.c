/* cmd_test.c: `ward test`: runs policy tests.
 *
 * A test is an input file X plus X.expect beside it.  Directives, one per
 * line (`#` starts a comment):
 *   expect RULE STATUS LINE[:COL]   a finding of RULE with STATUS at that place
 *   expect RULE none                no finding of RULE in X
 *   param NAME = JSON               parameter value for this case
 *   enable RULE / disable RULE      switch an opt-in rule on (or a rule off)
 * For every rule an expect names, the findings must match exactly (as a
 * multiset of status and position); other rules are ignored. */
#include "cmd_test.h"
#include "../base/alloc.h"
#include "../base/writer.h"
#include "../base/vec.h"
#include "../readers/hcl/hcl.h"
#include "../readers/json/json.h"
#include "inputs.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct expectation {
    char rule[128];
    int status;          /* ward_status, or -1 for none */
    unsigned line, col;  /* col 0 = any */
    int severity;        /* ward_severity, or -1 for any */
    int matched;
} expectation;

typedef struct test_case {
    expectation *exp;
    size_t nexp, capexp;
    ward_resource_set values;   /* owns the parsed parameter values (the VMs borrow them) */
    int bad;
} test_case;

static int ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static void bad_line(ward_diags *d, uint32_t file, const char *line, const char *text, const char *why)
{
    uint32_t off = (uint32_t)(line - text);
    ward_diag_add(d, WARD_D_CFG_SYNTAX, ward_span_make(file, off, off + 1), "%s", why);
}

static int parse_status(const char *s, int *out)
{
    static const char *const names[] = {"fail", "unknown", "error"};
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = i;
            return 0;
        }
    if (strcmp(s, "none") == 0) {
        *out = -1;
        return 0;
    }
    return -1;
}

/* Applies one directive to the VMs or the expectation list. */
static void directive(test_case *tc, ward_progs *progs, ward_sources *src, ward_diags *d, uint32_t file,
                      const char *text, const char *line)
{
    char word[32] = "", rule[128] = "", st[32] = "", pos[64] = "", sev[32] = "";
    const char *nl = strchr(line, '\n');
    char one[512];   /* this line only: sscanf must not read the next directive's words */
    snprintf(one, sizeof one, "%.*s", nl ? (int)(nl - line) : (int)strlen(line), line);
    int n = sscanf(one, "%31s %127s %31s %63s %31s", word, rule, st, pos, sev);
    if (!strcmp(word, "expect")) {
        expectation e;
        memset(&e, 0, sizeof e);
        snprintf(e.rule, sizeof e.rule, "%s", rule);
        ward_severity sv;
        e.severity = n >= 5 && sev[0] != '#' && ward_severity_parse(sev, &sv) == 0 ? (int)sv : -1;
        if (n < 3 || parse_status(st, &e.status) != 0 || (e.status >= 0 && n < 4) ||
            (e.status >= 0 && sscanf(pos, "%u:%u", &e.line, &e.col) < 1) ||
            (n >= 5 && sev[0] != '#' && e.severity < 0)) {
            bad_line(d, file, line, text,
                     "expected 'expect RULE fail|unknown|error LINE[:COL] [SEVERITY]' or 'expect RULE none'");
            tc->bad = 1;
            return;
        }
        if (WARD_VEC_PUSH(tc->exp, tc->nexp, tc->capexp, e) != 0)
            tc->bad = 1;
    } else if (!strcmp(word, "enable") || !strcmp(word, "disable")) {
        int found = 0;
        for (size_t k = 0; k < progs->n; k++) {
            int r = ward_vm_find_rule(progs->items[k].vm, rule);
            if (r >= 0) {
                ward_vm_set_rule_enabled(progs->items[k].vm, (uint32_t)r, word[0] == 'e');
                found = 1;
            }
        }
        if (!found) {
            bad_line(d, file, line, text, "no such rule");
            tc->bad = 1;
        }
    } else if (!strcmp(word, "param")) {
        const char *eq = strchr(line, '=');
        if (!eq || (nl && eq > nl) || n < 2) {
            bad_line(d, file, line, text, "expected 'param NAME = JSON'");
            tc->bad = 1;
            return;
        }
        size_t vlen = nl ? (size_t)(nl - eq - 1) : strlen(eq + 1);
        uint32_t vid = ward_sources_add(src, "<param>", eq + 1, vlen);
        ward_doc *doc = ward_malloc(sizeof *doc);
        if (!doc || vid == WARD_NO_FILE) {
            ward_free(doc);
            tc->bad = 1;
            return;
        }
        ward_doc_init(doc, vid);
        int parsed = ward_json_parse(doc, src, vid, NULL, d) == 0;
        const ward_node *value = doc->root;
        if (ward_resource_set_adopt(&tc->values, doc) != 0 || !parsed) {
            bad_line(d, file, line, text, "parameter value is not valid JSON");
            tc->bad = 1;
            return;
        }
        int set = 0;
        char err[256] = "";
        for (size_t k = 0; k < progs->n; k++)
            if (ward_vm_has_param(progs->items[k].vm, rule) &&
                ward_vm_set_param(progs->items[k].vm, rule, value, err, sizeof err) == 0)
                set = 1;
        if (!set) {
            uint32_t off = (uint32_t)(line - text);
            ward_diag_add(d, WARD_D_CHK_UNKNOWN_PARAM, ward_span_make(file, off, off + 1), "%s",
                          *err ? err : "unknown parameter");
            tc->bad = 1;
        }
    } else if (word[0] && word[0] != '#') {
        bad_line(d, file, line, text, "unknown directive (expect, param, enable, disable)");
        tc->bad = 1;
    }
}

static void parse_expect_file(test_case *tc, ward_progs *progs, ward_sources *src, ward_diags *d, uint32_t file)
{
    const ward_source *f = ward_sources_get(src, file);
    const char *text = f->text;
    for (const char *line = text; line && *line;) {
        const char *nl = strchr(line, '\n');
        while (*line == ' ' || *line == '\t')
            line++;
        if (*line && *line != '\n' && *line != '#' && *line != '\r')
            directive(tc, progs, src, d, file, text, line);
        line = nl ? nl + 1 : NULL;
    }
}

/* Matches expectations with findings; prints mismatches; returns 1 if all matched. */
static int compare(const test_case *tc, const ward_findings *f, const ward_sources *src, const char *input, FILE *out)
{
    int ok = 1;
    uint8_t *used = ward_calloc(f->n ? f->n : 1, 1);
    for (size_t i = 0; i < tc->nexp; i++) {
        expectation *e = &tc->exp[i];
        if (e->status < 0)
            continue;
        for (size_t j = 0; j < f->n; j++) {
            const ward_finding *x = &f->items[j];
            ward_pos p = ward_source_pos(src, x->span.file, x->span.start);
            if (!used[j] && !strcmp(x->rule->id, e->rule) && (int)x->status == e->status && p.line == e->line &&
                (!e->col || p.col == e->col) && (e->severity < 0 || (int)x->severity == e->severity)) {
                used[j] = 1;
                e->matched = 1;
                break;
            }
        }
        if (!e->matched) {
            if (ok)
                fprintf(out, "FAIL %s\n", input);
            ok = 0;
            fprintf(out, "  expected %s %s at %u", e->rule, ward_status_name((ward_status)e->status), e->line);
            if (e->col)
                fprintf(out, ":%u", e->col);
            fprintf(out, "%s%s\n", e->severity >= 0 ? " " : "",
                    e->severity >= 0 ? ward_severity_name((ward_severity)e->severity) : "");
        }
    }
    for (size_t j = 0; j < f->n; j++) {
        const ward_finding *x = &f->items[j];
        int named = 0;
        for (size_t i = 0; i < tc->nexp && !named; i++)
            named = !strcmp(tc->exp[i].rule, x->rule->id);
        if (!named || used[j])
            continue;
        if (ok)
            fprintf(out, "FAIL %s\n", input);
        ok = 0;
        ward_pos p = ward_source_pos(src, x->span.file, x->span.start);
        fprintf(out, "  found    %s %s at %u:%u %s: %s\n", x->rule->id, ward_status_name(x->status), p.line, p.col,
                ward_severity_name(x->severity), x->message);
    }
    ward_free(used);
    return ok;
}

static void collect_expect_files(ward_input_list *all, ward_input_list *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < all->n; i++)
        if (ends_with(all->items[i].path, ".expect")) {
            ward_input_file f = all->items[i];
            all->items[i].path = NULL;   /* moved */
            WARD_VEC_PUSH(out->items, out->n, out->cap, f);
        }
}

/* Reads a case's input.  A .tf case is a module of its own: Terraform would
 * read every .tf of the directory together, but the cases beside it are
 * other tests (terraform.tfvars and local modules still come from the
 * directory). */
static int read_case(ward_sources *src, char *input, const ward_read_opts *ro, ward_resource_set *set,
                     ward_diags *d)
{
    if (ward_hcl_is_tf(input) != 1) {
        ward_input_file in = {input, 1};
        return ward_input_read(src, &in, ro, set, d);
    }
    uint32_t id = ward_sources_load(src, input);
    if (id == WARD_NO_FILE) {
        ward_diag_add(d, WARD_D_IO_READ, ward_span_none(), "cannot read '%s'", input);
        return -1;
    }
    const char *slash = strrchr(input, '/');
    char dir[4096];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - input) : 1, slash ? input : ".");
    return ward_hcl_read_files(set, src, &id, 1, dir[0] ? dir : "/", ro, d) == WARD_READ_OK ? 1 : -1;
}

/* Runs one case.  Returns 1 pass, 0 fail, -1 bad test. */
static int run_case(ward_progs *progs, ward_sources *src, const char *expect_path, FILE *out)
{
    ward_diags d;
    ward_diags_init(&d);
    test_case tc;
    memset(&tc, 0, sizeof tc);
    ward_resource_set_init(&tc.values);
    for (size_t k = 0; k < progs->n; k++)
        ward_vm_reset_config(progs->items[k].vm);
    uint32_t file = ward_sources_load(src, expect_path);
    char input[4096];
    snprintf(input, sizeof input, "%.*s", (int)(strlen(expect_path) - 7), expect_path);
    int result = -1;
    if (file == WARD_NO_FILE) {
        ward_diag_add(&d, WARD_D_IO_READ, ward_span_none(), "cannot read '%s'", expect_path);
    } else {
        parse_expect_file(&tc, progs, src, &d, file);
        ward_resource_set set;
        ward_resource_set_init(&set);
        ward_findings f;
        ward_findings_init(&f);
        ward_read_opts ro = {NULL, 0, 1};
        if (!tc.bad && read_case(src, input, &ro, &set, &d) > 0) {
            for (size_t k = 0; k < progs->n; k++)
                ward_vm_run(progs->items[k].vm, &set, &f);
            ward_findings_sort(&f);
            result = compare(&tc, &f, src, input, out);
        }
        ward_findings_free(&f);
        ward_resource_set_free(&set);
    }
    if (d.n) {
        ward_writer w;
        ward_writer_file(&w, out);
        if (result != 0)
            fprintf(out, "ERROR %s\n", input);
        ward_diags_render(&w, src, &d, 0);
        result = -1;
    }
    for (size_t k = 0; k < progs->n; k++)
        ward_vm_reset_config(progs->items[k].vm);   /* the VMs borrowed tc.values */
    ward_resource_set_free(&tc.values);
    ward_free(tc.exp);
    ward_diags_free(&d);
    return result;
}

int ward_cmd_test(ward_progs *progs, ward_sources *src, const char *const *paths, size_t npaths, FILE *out)
{
    ward_diags d;
    ward_diags_init(&d);
    ward_input_list all, cases;
    ward_inputs_collect(&all, paths, npaths, &d);
    collect_expect_files(&all, &cases);
    size_t pass = 0, failed = 0, bad = 0;
    for (size_t i = 0; i < cases.n; i++) {
        int r = run_case(progs, src, cases.items[i].path, out);
        if (r > 0)
            pass++;
        else if (r == 0)
            failed++;
        else
            bad++;
    }
    if (d.n) {
        ward_writer w;
        ward_writer_file(&w, out);
        ward_diags_render(&w, src, &d, 0);
    }
    fprintf(out, "%zu passed, %zu failed\n", pass, failed + bad);
    int rc = bad || d.errors ? 2 : failed ? 1 : 0;
    if (!cases.n && !d.errors) {
        fprintf(out, "ward test: no *.expect files found\n");
        rc = 2;
    }
    ward_inputs_free(&all);
    ward_inputs_free(&cases);
    ward_diags_free(&d);
    return rc;
}
