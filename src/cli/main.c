/* main.c: the ward command line: argument parsing and subcommand dispatch.
 *
 * Exit codes: 0 nothing at or above the threshold, 1 findings at or above
 * --fail-on, 2 bad input or usage, 3 a policy that does not compile. */
#include "../base/alloc.h"
#include "../base/diag.h"
#include "../base/sha256.h"
#include "../base/writer.h"
#include "../bytecode/disasm.h"
#include "../bytecode/format.h"
#include "../report/report.h"
#include "../syntax/syntax.h"
#include "cmd_test.h"
#include "config.h"
#include "suppress.h"
#include "inputs.h"
#include "programs.h"
#include "scan.h"

#include <errno.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef WARD_VERSION
#define WARD_VERSION "0.0.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_POLICY = 3 };

typedef struct argv_list {
    const char **items;
    size_t n;
} argv_list;

typedef struct opts {
    argv_list policies, bundles, includes, params, paths;
    const char *format;
    const char *output;
    ward_severity fail_on;
    int fail_on_set;
    int no_builtin;
    int only_templates;
    unsigned jobs;       /* files named on the command line that are not templates are skipped */
    const char *config;
    int no_config;
    const char *baseline;
    const char *baseline_write;
    ward_config cfg;          /* the .ward.yaml in force (cfg.loaded) */
} opts;

static void push_arg(argv_list *l, const char *v);

static void usage(FILE *f)
{
    fputs("usage: ward <command> [options]\n"
          "\n"
          "commands:\n"
          "  check   [PATH...]            check templates (default: the current directory, recursively)\n"
          "  compile FILE|DIR... -o OUT   compile policies to a .wardb bundle and print its digest\n"
          "  disasm  [BUNDLE|FILE.ward]   print a bundle readably (default: the built-in library)\n"
          "  list                         list the rules\n"
          "  explain ID                   describe one rule\n"
          "  test    [PATH...]            run policy tests (*.expect files; see docs/policy-tests.md)\n"
          "  parse   FILE.ward            print a policy's syntax tree\n"
          "  version                      print the version\n"
          "\n"
          "options:\n"
          "  -p, --policy FILE|DIR        add your own policies (compiled now)\n"
          "  --bundle FILE.wardb          add a compiled bundle\n"
          "  -I, --include DIR            search DIR for imported policy modules\n"
          "  --no-builtin                 do not run the built-in library\n"
          "  --only-templates             skip named files that are not templates (pre-commit)\n"
          "  -j, --jobs N                 check files on N threads, also -jN (same output as -j 1)\n"
          "  --parameters FILE            ARM/Bicep parameter file for the templates checked\n"
          "  -f, --format F               text (default), json, sarif, junit, github\n"
          "  -o, --output FILE            write the report to FILE (atomically)\n"
          "  --fail-on SEVERITY           exit 1 on findings at or above it (default: low)\n"
          "  --config FILE                use this configuration instead of the nearest .ward.yaml\n"
          "  --no-config                  ignore .ward.yaml files\n"
          "  --baseline FILE              report only findings that are not in the baseline\n"
          "  --baseline-write FILE        record today's findings as the baseline\n"
          "\n"
          "exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage,\n"
          "            3 a policy that does not compile\n",
          f);
}

static int color_for(FILE *f)
{
    const char *nc = getenv("NO_COLOR");
    return isatty(fileno(f)) && !(nc && *nc);
}

static void print_diags(const ward_sources *src, const ward_diags *d)
{
    ward_writer w;
    ward_writer_file(&w, stderr);
    ward_diags_render(&w, src, d, color_for(stderr));
}

static ward_prog_opts prog_opts(const opts *o, int builtin)
{
    ward_prog_opts p = {o->policies.items, o->policies.n, o->bundles.items, o->bundles.n,
                        o->includes.items, o->includes.n, builtin && !o->no_builtin};
    return p;
}

/* ---- configuration ---------------------------------------------------------------- */

static const char *resolve(opts *o, const char *rel)
{
    if (rel[0] == '/' || !o->cfg.dir)
        return rel;
    return ward_arena_printf(&o->cfg.doc.arena, "%s/%s", o->cfg.dir, rel);
}

/* Finds and reads .ward.yaml; merges its policy sources into the options.
 * Returns 0, or 2 when the file is invalid. */
static int load_config(opts *o, ward_sources *src)
{
    char path[PATH_MAX];
    if (o->no_config)
        return 0;
    if (o->config) {
        snprintf(path, sizeof path, "%s", o->config);
    } else {
        char dir[PATH_MAX] = ".";
        if (o->paths.n) {
            struct stat st;
            snprintf(dir, sizeof dir, "%s", o->paths.items[0]);
            if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
                char *slash = strrchr(dir, '/');
                snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - o->paths.items[0]) : 1,
                         slash ? o->paths.items[0] : ".");
            }
        }
        if (ward_config_find(dir, path, sizeof path) != 0)
            return 0;
    }
    ward_diags d;
    ward_diags_init(&d);
    int rc = ward_config_load(&o->cfg, src, path, &d) == 0 ? 0 : EXIT_USAGE;
    print_diags(src, &d);
    ward_diags_free(&d);
    for (size_t i = 0; !rc && i < o->cfg.npolicies; i++)
        push_arg(&o->policies, resolve(o, o->cfg.policies[i]));
    for (size_t i = 0; !rc && i < o->cfg.nbundles; i++)
        push_arg(&o->bundles, resolve(o, o->cfg.bundles[i]));
    for (size_t i = 0; !rc && i < o->cfg.nincludes; i++)
        push_arg(&o->includes, resolve(o, o->cfg.includes[i]));
    if (!o->fail_on_set && o->cfg.fail_on >= 0)
        o->fail_on = (ward_severity)o->cfg.fail_on;
    return rc;
}

/* Applies rule settings and parameters from the configuration to every
 * program.  Unknown rules and parameters, and ill-typed values, are located
 * errors. */
static void configure_programs(opts *o, ward_progs *progs, ward_diags *d)
{
    for (size_t i = 0; i < o->cfg.nrules; i++) {
        const ward_rule_cfg *r = &o->cfg.rules[i];
        int found = 0;
        for (size_t k = 0; k < progs->n; k++) {
            int idx = ward_vm_find_rule(progs->items[k].vm, r->id);
            if (idx < 0)
                continue;
            found = 1;
            if (r->enabled >= 0)
                ward_vm_set_rule_enabled(progs->items[k].vm, (uint32_t)idx, r->enabled);
            if (r->severity >= 0)
                ward_vm_set_rule_severity(progs->items[k].vm, (uint32_t)idx, (ward_severity)r->severity);
        }
        if (!found)
            ward_diag_add(d, WARD_D_CFG_SYNTAX, r->span, "no rule '%s' (see `ward list`)", r->id);
    }
    for (size_t i = 0; i < o->cfg.nparams; i++) {
        const ward_param_cfg *p = &o->cfg.params[i];
        int found = 0;
        char err[256] = "";
        for (size_t k = 0; k < progs->n; k++) {
            if (!ward_vm_has_param(progs->items[k].vm, p->name))
                continue;
            found = 1;
            if (ward_vm_set_param(progs->items[k].vm, p->name, p->value, err, sizeof err) != 0) {
                ward_diag_add(d, WARD_D_CFG_PARAM, p->span, "%s", err);
                break;
            }
        }
        if (!found)
            ward_diag_add(d, WARD_D_CHK_UNKNOWN_PARAM, p->span, "no rule declares a parameter '%s'", p->name);
    }
}

static int excluded(const opts *o, const char *path);

static int skip_excluded(void *ctx, const char *path) { return excluded(ctx, path); }

static int excluded(const opts *o, const char *path)
{
    char rf[PATH_MAX], rd[PATH_MAX];
    if (!o->cfg.nexclude || !realpath(path, rf) || !realpath(o->cfg.dir, rd))
        return 0;
    size_t n = strlen(rd);
    const char *rel = strncmp(rf, rd, n) == 0 && rf[n] == '/' ? rf + n + 1 : rf;
    for (size_t i = 0; i < o->cfg.nexclude; i++)
        if (fnmatch(o->cfg.exclude[i], rel, 0) == 0 || fnmatch(o->cfg.exclude[i], path, 0) == 0)
            return 1;
    return 0;
}

/* ---- check ----------------------------------------------------------------------- */

static const ward_rule_info **all_rules(const ward_progs *progs, size_t *n)
{
    size_t total = 0;
    for (size_t k = 0; k < progs->n; k++)
        total += ward_vm_rule_count(progs->items[k].vm);
    const ward_rule_info **rules = ward_calloc(total ? total : 1, sizeof *rules);
    size_t i = 0;
    for (size_t k = 0; rules && k < progs->n; k++)
        for (uint32_t r = 0; r < ward_vm_rule_count(progs->items[k].vm); r++)
            rules[i++] = ward_vm_rule(progs->items[k].vm, r);
    *n = rules ? total : 0;
    return rules;
}

/* Writes the report to stdout or atomically to --output.  Returns 0 or 2. */
static int write_report(const opts *o, ward_report_ctx *ctx)
{
    FILE *out = stdout;
    char tmp[PATH_MAX];
    if (o->output) {
        snprintf(tmp, sizeof tmp, "%s.tmp.%ld", o->output, (long)getpid());
        out = fopen(tmp, "w");
        if (!out) {
            fprintf(stderr, "ward: cannot write '%s': %s\n", o->output, strerror(errno));
            return EXIT_USAGE;
        }
    }
    ctx->color = !o->output && strcmp(o->format, "text") == 0 && color_for(stdout);
    ward_writer w;
    ward_writer_file(&w, out);
    int rc = ward_report_write(&w, o->format, ctx) != 0 || w.failed ? EXIT_USAGE : 0;
    if (o->output) {
        if (fclose(out) != 0 || rc || rename(tmp, o->output) != 0) {
            fprintf(stderr, "ward: cannot write '%s': %s\n", o->output, strerror(errno));
            unlink(tmp);
            rc = EXIT_USAGE;
        }
    } else {
        fflush(stdout);
    }
    return rc;
}

static int cmd_check(opts *o, ward_sources *run_src)
{
    ward_sources *const srcp = run_src;
    ward_diags pdiags, idiags;
    ward_diags_init(&pdiags);
    ward_diags_init(&idiags);
    ward_progs progs;
    ward_prog_opts po = prog_opts(o, 1);
    int rc = ward_progs_load(&progs, &po, srcp, &pdiags);
    if (rc == 0) {
        configure_programs(o, &progs, &pdiags);
        if (pdiags.errors)
            rc = EXIT_USAGE;
    }
    print_diags(srcp, &pdiags);
    if (rc == 0) {
        static const char *const here[] = {"."};
        ward_input_list inputs;
        ward_inputs_collect(&inputs, o->paths.n ? o->paths.items : here, o->paths.n ? o->paths.n : 1, &idiags);
        for (size_t i = 0; o->only_templates && i < inputs.n; i++)
            inputs.items[i].explicit_file = 0;   /* judged like files found by a walk */
        ward_read_opts ro = {o->params.items, o->params.n, 0};
        ward_findings findings;
        ward_findings_init(&findings);
        ward_scan_opts so = {&ro, o->jobs, skip_excluded, o, inputs.n > 200 && isatty(2)};
        long read = ward_scan(&progs, &inputs, &so, srcp, &findings, &idiags);
        if (read < 0)
            idiags.oom = 1;
        size_t scanned = read > 0 ? (size_t)read : 0;
        ward_findings_sort(&findings);
        ward_suppress_apply(&findings, srcp, &o->cfg, &idiags);
        if (o->baseline) {
            ward_baseline base;
            if (ward_baseline_load(&base, srcp, o->baseline, &idiags) == 0)
                ward_baseline_apply(&base, &findings, srcp);
            ward_baseline_free(&base);
        }
        if (o->baseline_write && ward_baseline_write(&findings, srcp, o->baseline_write) != 0)
            ward_diag_add(&idiags, WARD_D_IO_WRITE, ward_span_none(), "cannot write baseline '%s'", o->baseline_write);
        ward_findings_group_instances(&findings);   /* after the baseline: it records each instance */
        size_t nrules;
        const ward_rule_info **rules = all_rules(&progs, &nrules);
        char cwd[PATH_MAX];
        ward_report_ctx ctx = {srcp, &findings, &idiags, rules, nrules, getcwd(cwd, sizeof cwd) ? cwd : NULL,
                               WARD_VERSION, 0, scanned};
        rc = write_report(o, &ctx);
        for (size_t i = 0; !rc && i < findings.n; i++)
            if (!findings.items[i].suppressed && findings.items[i].severity >= o->fail_on)
                rc = EXIT_FINDINGS;
        if (idiags.errors || idiags.oom)
            rc = EXIT_USAGE;
        ward_free(rules);
        ward_findings_free(&findings);
        ward_inputs_free(&inputs);
    }
    ward_progs_free(&progs);
    ward_diags_free(&pdiags);
    ward_diags_free(&idiags);
    return rc;
}

/* ---- compile / disasm / list / explain / parse -------------------------------- */

static int cmd_compile(const opts *o)
{
    if (!o->output) {
        fputs("ward compile: -o OUT.wardb is required\n", stderr);
        return EXIT_USAGE;
    }
    ward_sources src;
    ward_diags d;
    ward_sources_init(&src);
    ward_diags_init(&d);
    ward_image img;
    ward_prog_opts po = prog_opts(o, 0);
    int rc = ward_progs_compile(&po, &src, &d, &img);
    print_diags(&src, &d);
    uint8_t *buf = NULL;
    size_t len = 0;
    if (!rc && ward_bundle_write(&img, &buf, &len) != 0)
        rc = EXIT_USAGE;
    if (!rc) {
        char tmp[PATH_MAX];
        snprintf(tmp, sizeof tmp, "%s.tmp.%ld", o->output, (long)getpid());
        FILE *f = fopen(tmp, "wb");
        int ok = f && fwrite(buf, 1, len, f) == len;
        if ((f && fclose(f) != 0) || !ok || rename(tmp, o->output) != 0) {
            fprintf(stderr, "ward: cannot write '%s': %s\n", o->output, strerror(errno));
            unlink(tmp);
            rc = EXIT_USAGE;
        } else {
            char hex[65];
            ward_sha256_hex(img.digest, hex);
            printf("%s: %u rules, %zu bytes, sha256:%s\n", o->output, img.nrules, len, hex);
        }
    }
    ward_image_free(&img);   /* initialised by the compiler even when it fails */
    ward_free(buf);
    ward_diags_free(&d);
    ward_sources_free(&src);
    return rc;
}

/* Loads the programs (built-in unless --no-builtin or others are given for
 * disasm) and calls fn on them. */
static int with_programs(opts *o, ward_sources *run_src, int builtin, int (*fn)(const opts *, ward_progs *))
{
    ward_sources *const srcp = run_src;
    ward_diags d;
    ward_diags_init(&d);
    ward_progs progs;
    ward_prog_opts po = prog_opts(o, builtin);
    int rc = ward_progs_load(&progs, &po, srcp, &d);
    if (!rc && o->cfg.loaded) {
        configure_programs(o, &progs, &d);
        rc = d.errors ? EXIT_USAGE : 0;
    }
    print_diags(srcp, &d);
    if (!rc)
        rc = fn(o, &progs);
    ward_progs_free(&progs);
    ward_diags_free(&d);
    return rc;
}

static int do_disasm(const opts *o, ward_progs *progs)
{
    (void)o;
    ward_writer w;
    ward_writer_file(&w, stdout);
    for (size_t k = 0; k < progs->n; k++) {
        ward_image *img = &progs->items[k].img;
        uint8_t *buf;
        size_t len;
        /* Policies compiled just now have no digest until serialised. */
        if (strcmp(progs->items[k].origin, "policies") == 0 && ward_bundle_write(img, &buf, &len) == 0)
            ward_free(buf);
        ward_disasm(&w, img);
    }
    return 0;
}

static void families(unsigned bits, char *out, size_t cap)
{
    out[0] = 0;
    for (int f = 0; f < WARD_FAM__COUNT; f++)
        if (bits & (1u << f))
            snprintf(out + strlen(out), cap - strlen(out), "%s%s", *out ? "," : "", ward_family_name((ward_family)f));
}

static int do_list(const opts *o, ward_progs *progs)
{
    (void)o;
    for (size_t k = 0; k < progs->n; k++) {
        ward_vm *vm = progs->items[k].vm;
        for (uint32_t i = 0; i < ward_vm_rule_count(vm); i++) {
            const ward_rule_info *r = ward_vm_rule(vm, i);
            char fams[64];
            families(ward_vm_rule_families(vm, i), fams, sizeof fams);
            printf("%-14s %-8s %-10s %-22s %s%s\n", r->id, ward_severity_name(r->severity), r->section, fams,
                   r->title, ward_vm_rule_enabled(vm, i) ? "" : " (off by default)");
        }
    }
    return 0;
}

static const char *explain_id;

static int do_explain(const opts *o, ward_progs *progs)
{
    (void)o;
    for (size_t k = 0; k < progs->n; k++) {
        ward_vm *vm = progs->items[k].vm;
        int i = ward_vm_find_rule(vm, explain_id);
        if (i < 0)
            continue;
        const ward_rule_info *r = ward_vm_rule(vm, (uint32_t)i);
        char fams[64];
        families(ward_vm_rule_families(vm, (uint32_t)i), fams, sizeof fams);
        printf("%s: %s\nseverity: %s\nsection: %s\nformats: %s\nfrom: %s\n\n%s\n", r->id, r->title,
               ward_severity_name(r->severity), r->section, fams, progs->items[k].origin, r->help);
        uint32_t params[64];
        size_t np = ward_vm_rule_params(vm, (uint32_t)i, params, 64);
        for (size_t j = 0; j < np; j++) {
            char val[256];
            ward_vm_param_text(vm, params[j], val, sizeof val);
            printf("%s  %s: %s = %s\n", j ? "" : "\nparameters (set them in .ward.yaml):\n",
                   ward_vm_param_name(vm, params[j]), ward_vm_param_type(vm, params[j]), val);
        }
        for (size_t j = 0; j < r->nrefs; j++)
            printf("%s%s\n", j ? "" : "\nreferences:\n", r->refs[j]);
        return 0;
    }
    fprintf(stderr, "ward explain: no rule '%s'\n", explain_id);
    return EXIT_USAGE;
}

static int do_test(const opts *o, ward_progs *progs)
{
    ward_sources src;
    ward_sources_init(&src);
    static const char *const here[] = {"."};
    int rc = ward_cmd_test(progs, &src, o->paths.n ? o->paths.items : here, o->paths.n ? o->paths.n : 1, stdout);
    ward_sources_free(&src);
    return rc;
}

static int cmd_parse(const char *path)
{
    ward_sources src;
    ward_diags d;
    ward_arena a;
    ward_sources_init(&src);
    ward_diags_init(&d);
    ward_arena_init(&a);
    uint32_t id = ward_sources_load(&src, path);
    int rc = 0;
    if (id == WARD_NO_FILE) {
        fprintf(stderr, "ward: cannot read '%s': %s\n", path, strerror(errno));
        rc = EXIT_USAGE;
    } else {
        ward_ast *items = ward_parse_policy(&src, id, &a, &d);
        ward_writer w;
        ward_writer_file(&w, stdout);
        ward_ast_dump(&w, items);
        print_diags(&src, &d);
        rc = d.errors ? EXIT_POLICY : 0;
    }
    ward_arena_free(&a);
    ward_diags_free(&d);
    ward_sources_free(&src);
    return rc;
}

/* ---- argument parsing ---------------------------------------------------------- */

static void push_arg(argv_list *l, const char *v)
{
    const char **na = realloc(l->items, (l->n + 1) * sizeof *l->items);
    if (!na)
        abort();   /* a few pointers: out of memory here is not recoverable */
    na[l->n++] = v;
    l->items = na;
}

static int parse_opts(int argc, char **argv, opts *o)
{
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 1;
        if (!strcmp(a, "--policy") || !strcmp(a, "-p")) {
            if (val) push_arg(&o->policies, val);
        } else if (!strcmp(a, "--bundle")) {
            if (val) push_arg(&o->bundles, val);
        } else if (!strcmp(a, "--include") || !strcmp(a, "-I")) {
            if (val) push_arg(&o->includes, val);
        } else if (!strcmp(a, "--parameters")) {
            if (val) push_arg(&o->params, val);
        } else if (!strcmp(a, "--input-json")) {   /* kept for compatibility: same as a path */
            if (val) push_arg(&o->paths, val);
        } else if (!strcmp(a, "--format") || !strcmp(a, "-f")) {
            o->format = val;
        } else if (!strcmp(a, "--output") || !strcmp(a, "-o")) {
            o->output = val;
        } else if (!strcmp(a, "--fail-on")) {
            if (!val || ward_severity_parse(val, &o->fail_on) != 0) {
                fprintf(stderr, "ward: --fail-on takes info, low, medium, high or critical\n");
                return -1;
            }
            o->fail_on_set = 1;
        } else if (!strcmp(a, "--config")) {
            o->config = val;
        } else if (!strcmp(a, "--baseline")) {
            o->baseline = val;
        } else if (!strcmp(a, "--baseline-write")) {
            o->baseline_write = val;
        } else if (!strcmp(a, "--no-config")) {
            takes = 0;
            o->no_config = 1;
        } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs") || (!strncmp(a, "-j", 2) && a[2])) {
            if (a[1] == 'j' && a[2]) {   /* -j4, as make takes it */
                val = a + 2;
                takes = 0;
            }
            char *end = NULL;
            long j = val ? strtol(val, &end, 10) : 0;
            if (!val || *end || j < 1 || j > 256) {
                fprintf(stderr, "ward: -j takes a number of threads (1-256)\n");
                return -1;
            }
            o->jobs = (unsigned)j;
        } else if (!strcmp(a, "--only-templates")) {
            takes = 0;
            o->only_templates = 1;
        } else if (!strcmp(a, "--no-builtin")) {
            takes = 0;
            o->no_builtin = 1;
        } else if (!strcmp(a, "--no-color")) {
            takes = 0;   /* colour is already off unless stdout is a terminal; NO_COLOR also works */
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ward: unknown option '%s'\n", a);
            return -1;
        } else {
            takes = 0;
            push_arg(&o->paths, a);
        }
        if (takes) {
            if (!val) {
                fprintf(stderr, "ward: option '%s' needs a value\n", a);
                return -1;
            }
            i++;
        }
    }
    if (!ward_report_format_valid(o->format)) {
        fprintf(stderr, "ward: unknown format '%s' (text, json, sarif, junit, github)\n", o->format);
        return -1;
    }
    return 0;
}

static int has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

/* One sources table serves the whole run, so every span (configuration,
 * policies, inputs) renders against it.  Some commands read .ward.yaml first. */
static int dispatch(const char *cmd, opts *o, ward_sources *src)
{
    int wants_config = !strcmp(cmd, "check") || !strcmp(cmd, "list") || !strcmp(cmd, "explain");
    if (wants_config && load_config(o, src) != 0)
        return EXIT_USAGE;
    if (!strcmp(cmd, "check"))
        return cmd_check(o, src);
    if (!strcmp(cmd, "compile")) {
        for (size_t i = 0; i < o->paths.n; i++)
            push_arg(&o->policies, o->paths.items[i]);
        return cmd_compile(o);
    }
    if (!strcmp(cmd, "disasm")) {
        for (size_t i = 0; i < o->paths.n; i++)
            push_arg(has_suffix(o->paths.items[i], ".wardb") ? &o->bundles : &o->policies, o->paths.items[i]);
        return with_programs(o, src, o->paths.n == 0, do_disasm);
    }
    if (!strcmp(cmd, "list") && o->paths.n == 0)
        return with_programs(o, src, 1, do_list);
    if (!strcmp(cmd, "explain") && o->paths.n == 1) {
        explain_id = o->paths.items[0];
        return with_programs(o, src, 1, do_explain);
    }
    if (!strcmp(cmd, "test"))
        return with_programs(o, src, 1, do_test);
    if (!strcmp(cmd, "parse") && o->paths.n == 1)
        return cmd_parse(o->paths.items[0]);
    fprintf(stderr, "ward: unknown command or wrong arguments: %s\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("ward %s (bundle format %d)\n", WARD_VERSION, WARD_BUNDLE_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return 0;
    }
    opts o;
    memset(&o, 0, sizeof o);
    ward_config_init(&o.cfg);
    o.format = "text";
    o.fail_on = WARD_SEV_LOW;
    ward_sources cfg_src;
    ward_sources_init(&cfg_src);
    int rc = EXIT_USAGE;
    if (parse_opts(argc - 2, argv + 2, &o) != 0)
        usage(stderr);
    else
        rc = dispatch(cmd, &o, &cfg_src);
    ward_config_free(&o.cfg);
    ward_sources_free(&cfg_src);
    free(o.policies.items);
    free(o.bundles.items);
    free(o.includes.items);
    free(o.params.items);
    free(o.paths.items);
    return rc;
}
