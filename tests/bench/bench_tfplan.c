/* bench_tfplan.c: checking a large Terraform plan, against a bare cJSON parse.
 *
 *   bench_tfplan <ward> <plan.json>
 *
 * Three measurements side by side, each in a fresh process (see bench_json.c
 * for why), best wall time of three runs, largest peak resident set:
 *
 *   cJSON parse       cJSON_ParseWithLength on a buffer already read (the
 *                     read is not timed; the buffer counts in memory)
 *   ward read+eval    in process: load (mmap) + located JSON parse + plan
 *                     reader + every rule of the policy below over the
 *                     resources; findings are made but not reported
 *   ward check        the `ward` binary, start to exit:
 *                     ward check --no-builtin --policy P plan --format json -o /dev/null
 *
 * The policy is a small, realistic one: rules over cognitive accounts, key
 * vaults and storage accounts, which the generated plan holds thousands of,
 * so the check makes thousands of findings.  A run of `ward check` that
 * takes longer than TIMEOUT seconds is stopped and reported as such. */
#include "base/diag.h"
#include "base/source.h"
#include "bytecode/verify.h"
#include "compile/compile.h"
#include "doc/resource.h"
#include "readers/json/json.h"
#include "readers/terraform/plan.h"
#include "vm/vm.h"
#include "bench_util.h"

#include "base/alloc.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { RUNS = 3, TIMEOUT = 60 };

static const char POLICY[] =
    "rule BENCH-ACC-001 {\n"
    "  title \"AI services accounts use Microsoft Entra ID instead of keys\"\n"
    "  severity high\n"
    "  on terraform \"azurerm_cognitive_account\", \"azurerm_ai_services\" as a {\n"
    "    expect (a.local_auth_enabled ?? true) == false \"local_auth_enabled is not false on {a.address}\"\n"
    "  }\n"
    "}\n"
    "rule BENCH-ACC-002 {\n"
    "  title \"AI services accounts deny public network access\"\n"
    "  severity medium\n"
    "  on terraform \"azurerm_cognitive_account\" as a {\n"
    "    expect (a.public_network_access_enabled ?? true) == false or\n"
    "           a.network_acls[0].default_action == \"Deny\" \"{a.address} is reachable from any network\"\n"
    "  }\n"
    "}\n"
    "rule BENCH-KV-001 {\n"
    "  title \"key vaults have purge protection\"\n"
    "  severity medium\n"
    "  on terraform \"azurerm_key_vault\" as k {\n"
    "    expect k.purge_protection_enabled == true \"purge protection is off on {k.address}\"\n"
    "  }\n"
    "}\n"
    "rule BENCH-ST-001 {\n"
    "  title \"storage accounts require TLS 1.2\"\n"
    "  severity medium\n"
    "  on terraform \"azurerm_storage_account\" as s {\n"
    "    expect (s.min_tls_version ?? \"TLS1_0\") == \"TLS1_2\" \"{s.address} accepts TLS below 1.2\"\n"
    "  }\n"
    "}\n";

typedef struct result {
    int ok;          /* 1 done, 0 failed, -1 timed out */
    double seconds;
    long peak_kb;
    size_t resources, findings;
} result;

typedef enum mode { M_CJSON, M_WARD_INPROC, M_WARD_CHECK, M__COUNT } mode;

static const char *const mode_names[M__COUNT] = {"cJSON parse", "ward read+eval", "ward check"};

static result run_cjson(const char *path)
{
    result r = {0, 0, 0, 0, 0};
    r.ok = bench_cjson(path, &r.seconds, &r.peak_kb);
    return r;
}

/* Compiles the policy, then times load + parse + read + evaluate. */
static result run_inproc(const char *path)
{
    result r = {0, 0, 0, 0, 0};
    ward_sources src;
    ward_diags diags;
    ward_image img;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_compiler c;
    ward_compiler_init(&c, &src, &diags);
    ward_compiler_add_text(&c, "bench.ward", POLICY, sizeof POLICY - 1);
    int crc = ward_compiler_finish(&c, &img);
    ward_compiler_free(&c);
    char why[256] = "";
    ward_vm *vm = crc == 0 && ward_verify(&img, why, sizeof why) == 0 ? ward_vm_new(&img, NULL) : NULL;
    if (!vm) {
        fprintf(stderr, "bench_tfplan: the policy does not compile: %s\n", diags.n ? diags.items[0].message : why);
        return r;
    }
    double t0 = bench_now();
    ward_resource_set set;
    ward_findings findings;
    ward_resource_set_init(&set);
    ward_findings_init(&findings);
    uint32_t id = ward_sources_load(&src, path);
    ward_doc *doc = id == WARD_NO_FILE ? NULL : ward_malloc(sizeof *doc);
    int rc = -1;
    if (doc) {
        ward_doc_init(doc, id);
        if (ward_json_parse(doc, &src, id, NULL, &diags) == 0) {
            rc = ward_tfplan_read(&set, doc, &src, NULL, &diags);
        } else {
            ward_doc_free(doc);
            ward_free(doc);
        }
    }
    if (rc == WARD_READ_OK)
        rc = ward_vm_run(vm, &set, &findings);
    r.seconds = bench_now() - t0;
    r.peak_kb = bench_peak_kb();
    r.ok = rc == 0;
    r.resources = set.n;
    r.findings = findings.n;
    if (rc != 0 && diags.n)
        fprintf(stderr, "ward: %s\n", diags.items[0].message);
    ward_findings_free(&findings);
    ward_resource_set_free(&set);
    ward_vm_free(vm);
    ward_image_free(&img);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return r;
}

/* Runs the ward binary; wall time and peak RSS come from the parent. */
static result run_check(const char *ward, const char *policy, const char *path)
{
    result r = {0, 0, 0, 0, 0};
    double t0 = bench_now();
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stdout))
            _exit(127);
        execl(ward, ward, "check", "--no-builtin", "--policy", policy, path, "--format", "json", "-o", "/dev/null",
              (char *)NULL);
        _exit(127);
    }
    if (pid < 0)
        return r;
    int status = 0;
    struct rusage ru;
    for (;;) {
        pid_t w = wait4(pid, &status, WNOHANG, &ru);
        if (w == pid)
            break;
        if (bench_now() - t0 > TIMEOUT) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &ru);
            r.ok = -1;
            r.seconds = bench_now() - t0;
            r.peak_kb = ru.ru_maxrss;
            return r;
        }
        usleep(2000);
    }
    r.seconds = bench_now() - t0;
    r.peak_kb = ru.ru_maxrss;
    /* Exit 0 (clean) and 1 (findings) are both a finished check. */
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) <= 1;
    return r;
}

typedef struct job {
    mode m;
    const char *path;
} job;

static void run_job(const void *arg, void *out)
{
    const job *j = arg;
    *(result *)out = j->m == M_CJSON ? run_cjson(j->path) : run_inproc(j->path);
}

/* Runs one in-process measurement in a child and returns what it reported. */
static result measure(mode m, const char *path)
{
    result r = {0, 0, 0, 0, 0};
    job j = {m, path};
    if (bench_in_child(run_job, &j, &r, sizeof r) != 0)
        r.ok = 0;
    return r;
}

static int write_policy(char *path, size_t cap)
{
    snprintf(path, cap, "%s/bench_tfplan_XXXXXX.ward", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    int fd = mkstemps(path, 5);
    if (fd < 0)
        return -1;
    ssize_t w = write(fd, POLICY, sizeof POLICY - 1);
    close(fd);
    return w == (ssize_t)(sizeof POLICY - 1) ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: bench_tfplan <ward> <plan.json>\n");
        return 2;
    }
    struct stat st;
    if (stat(argv[2], &st) != 0) {
        perror(argv[2]);
        return 1;
    }
    char policy[4096];
    if (write_policy(policy, sizeof policy) != 0) {
        perror("bench_tfplan: policy");
        return 1;
    }
    double mb = (double)st.st_size / 1e6;
    printf("%s: %.1f MB, best of %d runs, each run in a fresh process\n\n", argv[2], mb, RUNS);
    printf("%-16s %10s %10s %12s %10s\n", "", "wall (s)", "MB/s", "peak (MB)", "peak/file");
    int failed = 0;
    result best[M__COUNT];
    for (int m = 0; m < M__COUNT; m++) {
        best[m] = (result){1, 1e30, 0, 0, 0};
        for (int i = 0; i < RUNS && best[m].ok == 1; i++) {
            result r = m == M_WARD_CHECK ? run_check(argv[1], policy, argv[2]) : measure((mode)m, argv[2]);
            if (r.ok != 1)
                best[m].ok = r.ok;
            if (r.seconds < best[m].seconds)
                best[m].seconds = r.seconds;
            if (r.peak_kb > best[m].peak_kb)
                best[m].peak_kb = r.peak_kb;
            best[m].resources = r.resources;
            best[m].findings = r.findings;
        }
        double peak_mb = (double)best[m].peak_kb * 1024 / 1e6;
        if (best[m].ok == 0) {
            printf("%-16s failed\n", mode_names[m]);
            failed = 1;
        } else if (best[m].ok < 0) {
            printf("%-16s did not finish in %d s (stopped; peak %.1f MB so far)\n", mode_names[m], TIMEOUT, peak_mb);
            failed = 1;
        } else {
            printf("%-16s %10.3f %10.0f %12.1f %10.2f\n", mode_names[m], best[m].seconds, mb / best[m].seconds,
                   peak_mb, peak_mb / mb);
        }
        fflush(stdout);
    }
    if (best[M_WARD_INPROC].ok == 1)
        printf("\nward read+eval: %zu resources, %zu findings\n", best[M_WARD_INPROC].resources,
               best[M_WARD_INPROC].findings);
    printf("targets: whole check faster than the cJSON parse, peak under 2x the file\n");
    unlink(policy);
    return failed;
}
