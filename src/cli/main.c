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
#include "../bytecode/verify.h"
#include "../compile/compile.h"
#include "../readers/json/json.h"
#include "../report/report.h"
#include "../syntax/syntax.h"
#include "../vm/vm.h"
#include "input_json.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef WARD_VERSION
#define WARD_VERSION "0.0.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_POLICY = 3 };

typedef struct opts {
    const char **policies;
    size_t npolicies;
    const char *bundle;
    const char **inputs;
    size_t ninputs;
    const char *format;
    const char *output;
    ward_severity fail_on;
    int color;
    int dump_ast;
} opts;

static void usage(FILE *f)
{
    fputs("usage: ward <command> [options]\n"
          "\n"
          "commands:\n"
          "  check   [--policy FILE|DIR]... [--bundle B] [--input-json FILE]... [--format F] [--output FILE]\n"
          "          [--fail-on SEVERITY] [FILE...]   evaluate policies against inputs\n"
          "  compile FILE|DIR... -o OUT.wardb          compile policies to a bundle, print its digest\n"
          "  disasm  BUNDLE.wardb | FILE.ward...       print a bundle readably\n"
          "  parse   FILE.ward                         print the syntax tree (for tests)\n"
          "  list    [--policy P] [--bundle B]         list rules\n"
          "  explain ID [--policy P] [--bundle B]      describe one rule\n"
          "  version                                   print the version\n"
          "\n"
          "formats: text (default), json, sarif, junit, github\n"
          "exit codes: 0 clean, 1 findings at or above --fail-on (default low), 2 bad input or usage,\n"
          "            3 a policy that does not compile\n",
          f);
}

static int use_color(void)
{
    const char *nc = getenv("NO_COLOR");
    return isatty(2) && !(nc && *nc) && !getenv("CI");
}

/* ---- policy loading ---------------------------------------------------------- */

static int has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Adds every *.ward file under path (sorted, recursive) or path itself. */
static int add_policy_path(ward_compiler *c, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        ward_diag_add(c->diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return ward_compiler_add_file(c, path);
    DIR *d = opendir(path);
    if (!d)
        return -1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, cap * sizeof *names);
            if (!nn)
                break;
            names = nn;
        }
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(l);
        if (names[n])
            snprintf(names[n++], l, "%s/%s", path, e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat s2;
        if (stat(names[i], &s2) == 0 && (S_ISDIR(s2.st_mode) || has_suffix(names[i], ".ward")))
            rc |= add_policy_path(c, names[i]);
        free(names[i]);
    }
    free(names);
    return rc;
}

static int read_bundle(const char *path, ward_sources *src, ward_diags *diags, ward_image *img)
{
    uint32_t id = ward_sources_load(src, path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read bundle '%s': %s", path, strerror(errno));
        return -1;
    }
    const ward_source *f = ward_sources_get(src, id);
    return ward_bundle_read(img, (const uint8_t *)f->text, f->len, ward_span_make(id, 0, 0), diags);
}

/* Loads the program: a bundle, or policy files compiled now.  Returns 0, or
 * an exit code (2 unreadable, 3 compile errors). */
static int load_program(const opts *o, ward_sources *src, ward_diags *diags, ward_image *img)
{
    if (o->bundle)
        return read_bundle(o->bundle, src, diags, img) == 0 ? 0 : EXIT_USAGE;
    ward_compiler c;
    ward_compiler_init(&c, src, diags);
    int io = 0;
    for (size_t i = 0; i < o->npolicies; i++)
        io |= add_policy_path(&c, o->policies[i]);
    int rc = ward_compiler_finish(&c, img);
    ward_compiler_free(&c);
    if (io && diags->errors && rc != 0) {
        for (size_t i = 0; i < diags->n; i++)
            if (diags->items[i].code != WARD_D_IO_READ)
                return EXIT_POLICY;
        return EXIT_USAGE;
    }
    if (rc != 0)
        return EXIT_POLICY;
    char why[256];
    if (ward_verify(img, why, sizeof why) != 0) {   /* the compiler's own output must verify too */
        ward_diag_add(diags, WARD_D_BUNDLE_VERIFY, ward_span_none(), "internal error: compiled program failed verification: %s", why);
        return EXIT_POLICY;
    }
    return 0;
}

static void print_diags(const ward_sources *src, const ward_diags *d)
{
    ward_writer w;
    ward_writer_file(&w, stderr);
    ward_diags_render(&w, src, d, use_color());
}

/* ---- check ----------------------------------------------------------------------- */

typedef struct input {
    ward_doc doc;
    int ok;
} input;

static int cmd_check(const opts *o)
{
    ward_sources src;
    ward_diags pdiags, idiags;
    ward_sources_init(&src);
    ward_diags_init(&pdiags);
    ward_diags_init(&idiags);
    ward_image img;
    ward_image_init(&img);
    int rc = load_program(o, &src, &pdiags, &img);
    if (rc) {
        print_diags(&src, &pdiags);
        ward_diags_free(&pdiags);
        ward_sources_free(&src);
        return rc;
    }
    ward_vm *vm = ward_vm_new(&img, NULL);
    ward_findings findings;
    ward_findings_init(&findings);
    input *ins = calloc(o->ninputs ? o->ninputs : 1, sizeof *ins);
    ward_resource_set set;
    ward_resource_set_init(&set);
    size_t scanned = 0;
    for (size_t i = 0; vm && ins && i < o->ninputs; i++) {
        uint32_t id = ward_sources_load(&src, o->inputs[i]);
        ward_doc_init(&ins[i].doc, id);
        if (id == WARD_NO_FILE) {
            ward_diag_add(&idiags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", o->inputs[i], strerror(errno));
            continue;
        }
        scanned++;
        ward_json_opts jo = {1, 0};
        if (ward_json_parse(&ins[i].doc, &src, id, &jo, &idiags) != 0)
            continue;   /* reported; the other files are still checked */
        ward_resource_set one;
        ward_resource_set_init(&one);
        if (ward_input_json_resources(&ins[i].doc, &one, &idiags) == 0)
            ward_vm_run(vm, &one, &findings);
        /* Resource strings live in the set's arena: keep it until the end. */
        ward_arena_free(&set.arena);
        set.arena = one.arena;
        ward_arena_init(&one.arena);
        ward_resource_set_free(&one);
        ins[i].ok = 1;
    }
    ward_findings_sort(&findings);
    const ward_rule_info **rules = calloc(img.nrules ? img.nrules : 1, sizeof *rules);
    for (uint32_t i = 0; vm && rules && i < img.nrules; i++)
        rules[i] = ward_vm_rule(vm, i);
    char cwd[PATH_MAX];
    ward_report_ctx ctx = {&src, &findings, &idiags, rules, vm ? img.nrules : 0,
                           getcwd(cwd, sizeof cwd) ? cwd : NULL, WARD_VERSION, 0, scanned};
    FILE *out = stdout;
    char tmp[PATH_MAX];
    if (o->output) {
        snprintf(tmp, sizeof tmp, "%s.tmp.%ld", o->output, (long)getpid());
        out = fopen(tmp, "w");
        if (!out) {
            fprintf(stderr, "ward: cannot write '%s': %s\n", o->output, strerror(errno));
            rc = EXIT_USAGE;
        }
    }
    if (out) {
        ctx.color = !o->output && strcmp(o->format, "text") == 0 && isatty(1) && !getenv("NO_COLOR");
        ward_writer w;
        ward_writer_file(&w, out);
        if (ward_report_write(&w, o->format, &ctx) != 0 || w.failed)
            rc = EXIT_USAGE;
        if (o->output) {
            if (fclose(out) != 0 || rename(tmp, o->output) != 0) {
                fprintf(stderr, "ward: cannot write '%s': %s\n", o->output, strerror(errno));
                unlink(tmp);
                rc = EXIT_USAGE;
            }
        } else {
            fflush(stdout);
        }
    }
    if (!rc) {
        for (size_t i = 0; i < findings.n; i++)
            if (!findings.items[i].suppressed && findings.items[i].severity >= o->fail_on)
                rc = EXIT_FINDINGS;
        if (idiags.errors || !vm)
            rc = EXIT_USAGE;
    }
    for (size_t i = 0; ins && i < o->ninputs; i++)
        ward_doc_free(&ins[i].doc);
    free(ins);
    free(rules);
    ward_resource_set_free(&set);
    ward_findings_free(&findings);
    ward_vm_free(vm);
    ward_image_free(&img);
    ward_diags_free(&pdiags);
    ward_diags_free(&idiags);
    ward_sources_free(&src);
    return rc;
}

/* ---- compile / disasm / parse / list / explain --------------------------------- */

static int with_program(const opts *o, int (*fn)(const opts *, ward_image *))
{
    ward_sources src;
    ward_diags d;
    ward_sources_init(&src);
    ward_diags_init(&d);
    ward_image img;
    int rc = load_program(o, &src, &d, &img);
    print_diags(&src, &d);
    if (!rc)
        rc = fn(o, &img);
    ward_image_free(&img);
    ward_diags_free(&d);
    ward_sources_free(&src);
    return rc;
}

/* Writes the bundle atomically (temporary file, then rename) and prints its digest. */
static int do_compile(const opts *o, ward_image *img)
{
    uint8_t *buf = NULL;
    size_t len = 0;
    if (ward_bundle_write(img, &buf, &len) != 0)
        return EXIT_USAGE;
    int rc = 0;
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
        ward_sha256_hex(img->digest, hex);
        printf("%s: %u rules, %zu bytes, sha256:%s\n", o->output, img->nrules, len, hex);
    }
    ward_free(buf);
    return rc;
}

static int do_disasm(const opts *o, ward_image *img)
{
    /* Policies compiled just now have no digest until serialised: compute it
     * so the listing shows what `ward compile` would write. */
    uint8_t *buf;
    size_t len;
    if (!o->bundle && ward_bundle_write(img, &buf, &len) == 0)
        ward_free(buf);
    ward_writer w;
    ward_writer_file(&w, stdout);
    ward_disasm(&w, img);
    return 0;
}

static int do_list(const opts *o, ward_image *img)
{
    (void)o;
    ward_vm *vm = ward_vm_new(img, NULL);
    if (!vm)
        return EXIT_USAGE;
    for (uint32_t i = 0; i < ward_vm_rule_count(vm); i++) {
        const ward_rule_info *r = ward_vm_rule(vm, i);
        unsigned fam = ward_vm_rule_families(vm, i);
        char fams[64] = "";
        for (int f = 0; f < WARD_FAM__COUNT; f++)
            if (fam & (1u << f)) {
                if (*fams)
                    strcat(fams, ",");
                strcat(fams, ward_family_name((ward_family)f));
            }
        printf("%-14s %-8s %-10s %-22s %s%s\n", r->id, ward_severity_name(r->severity), r->section, fams, r->title,
               ward_vm_rule_enabled(vm, i) ? "" : " (off by default)");
    }
    ward_vm_free(vm);
    return 0;
}

static const char *explain_id;

static int do_explain(const opts *o, ward_image *img)
{
    (void)o;
    ward_vm *vm = ward_vm_new(img, NULL);
    int i = vm ? ward_vm_find_rule(vm, explain_id) : -1;
    if (i < 0) {
        fprintf(stderr, "ward explain: no rule '%s'\n", explain_id);
        ward_vm_free(vm);
        return EXIT_USAGE;
    }
    const ward_rule_info *r = ward_vm_rule(vm, (uint32_t)i);
    printf("%s: %s\nseverity: %s\nsection: %s\n\n%s\n", r->id, r->title, ward_severity_name(r->severity), r->section,
           r->help);
    for (size_t k = 0; k < r->nrefs; k++)
        printf("%s%s\n", k ? "" : "\nreferences:\n", r->refs[k]);
    ward_vm_free(vm);
    return 0;
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

static int push_arg(const char ***arr, size_t *n, const char *v)
{
    const char **na = realloc(*arr, (*n + 1) * sizeof **arr);
    if (!na)
        return -1;
    na[(*n)++] = v;
    *arr = na;
    return 0;
}

static int parse_opts(int argc, char **argv, opts *o, const char ***pos, size_t *npos)
{
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 1;
        if (!strcmp(a, "--policy") || !strcmp(a, "-p")) {
            if (val) push_arg(&o->policies, &o->npolicies, val);
        } else if (!strcmp(a, "--bundle")) {
            o->bundle = val;
        } else if (!strcmp(a, "--input-json")) {
            if (val) push_arg(&o->inputs, &o->ninputs, val);
        } else if (!strcmp(a, "--format") || !strcmp(a, "-f")) {
            o->format = val;
        } else if (!strcmp(a, "--output") || !strcmp(a, "-o")) {
            o->output = val;
        } else if (!strcmp(a, "--fail-on")) {
            if (!val || ward_severity_parse(val, &o->fail_on) != 0) {
                fprintf(stderr, "ward: --fail-on takes info, low, medium, high or critical\n");
                return -1;
            }
        } else if (!strcmp(a, "--no-color")) {
            takes = 0;
            o->color = 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ward: unknown option '%s'\n", a);
            return -1;
        } else {
            takes = 0;
            push_arg(pos, npos, a);
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
    o.format = "text";
    o.fail_on = WARD_SEV_LOW;
    const char **pos = NULL;
    size_t npos = 0;
    int rc = EXIT_USAGE;
    if (parse_opts(argc - 2, argv + 2, &o, &pos, &npos) != 0) {
        usage(stderr);
        goto done;
    }
    if (!strcmp(cmd, "check")) {
        for (size_t i = 0; i < npos; i++)   /* until the template readers land: plain JSON lists */
            push_arg(&o.inputs, &o.ninputs, pos[i]);
        rc = cmd_check(&o);
    } else if (!strcmp(cmd, "compile")) {
        for (size_t i = 0; i < npos; i++)
            push_arg(&o.policies, &o.npolicies, pos[i]);
        if (!o.output) {
            fputs("ward compile: -o OUT.wardb is required\n", stderr);
            rc = EXIT_USAGE;
        } else {
            rc = with_program(&o, do_compile);
        }
    } else if (!strcmp(cmd, "disasm")) {
        for (size_t i = 0; i < npos; i++) {
            if (has_suffix(pos[i], ".wardb"))
                o.bundle = pos[i];
            else
                push_arg(&o.policies, &o.npolicies, pos[i]);
        }
        rc = with_program(&o, do_disasm);
    } else if (!strcmp(cmd, "parse") && npos == 1) {
        rc = cmd_parse(pos[0]);
    } else if (!strcmp(cmd, "list")) {
        rc = with_program(&o, do_list);
    } else if (!strcmp(cmd, "explain") && npos == 1) {
        explain_id = pos[0];
        rc = with_program(&o, do_explain);
    } else {
        fprintf(stderr, "ward: unknown command or wrong arguments: %s\n", cmd);
        usage(stderr);
    }
done:
    free(o.policies);
    free(o.inputs);
    free(pos);
    return rc;
}
