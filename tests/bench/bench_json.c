/* bench_json.c: the located JSON reader against a bare cJSON parse.
 *
 *   bench_json <file.json>
 *
 * Every measurement runs in its own forked child, so that each one starts
 * with a small heap and its peak resident set (VmHWM, which includes the
 * pages of a mapped file) belongs to that run alone.  Wall time is the best
 * of three runs (CLOCK_MONOTONIC); peak memory is the largest of the three.
 *
 *   cJSON            cJSON_ParseWithLength on a buffer already read
 *                    (the read is not timed, the buffer is counted in memory)
 *   ward load+parse  ward_sources_load (mmap for large files) + ward_json_parse:
 *                    what a check pays, page faults included
 *   ward parse       ward_json_parse alone, file already loaded and touched */
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "readers/json/json.h"
#include "bench_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { RUNS = 3 };

typedef struct result {
    int ok;
    double seconds;
    long peak_kb;
    size_t arena_bytes;
} result;

typedef enum mode { M_CJSON, M_WARD_LOAD, M_WARD_PARSE, M__COUNT } mode;

static const char *const mode_names[M__COUNT] = {"cJSON parse", "ward load+parse", "ward parse"};

static result run_cjson(const char *path)
{
    result r = {0, 0, 0, 0};
    r.ok = bench_cjson(path, &r.seconds, &r.peak_kb);
    return r;
}

static result run_ward(const char *path, int preload)
{
    result r = {0, 0, 0, 0};
    ward_sources src;
    ward_diags diags;
    ward_doc doc;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    double t0 = bench_now();
    uint32_t id = WARD_NO_FILE;
    if (preload) {
        id = ward_sources_load(&src, path);
        const ward_source *f = ward_sources_get(&src, id);
        volatile unsigned sum = 0;   /* touch every page so parse time excludes faults */
        for (size_t i = 0; f && i < f->len; i += 4096)
            sum += (unsigned char)f->text[i];
        (void)sum;
        t0 = bench_now();
    } else {
        id = ward_sources_load(&src, path);
    }
    ward_doc_init(&doc, id);
    int rc = id == WARD_NO_FILE ? -1 : ward_json_parse(&doc, &src, id, NULL, &diags);
    r.seconds = bench_now() - t0;
    r.peak_kb = bench_peak_kb();
    r.ok = rc == 0;
    r.arena_bytes = doc.arena.used;
    if (rc != 0 && diags.n)
        fprintf(stderr, "ward: %s\n", diags.items[0].message);
    ward_doc_free(&doc);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return r;
}

typedef struct job {
    mode m;
    const char *path;
} job;

static void run_job(const void *arg, void *out)
{
    const job *j = arg;
    *(result *)out = j->m == M_CJSON ? run_cjson(j->path) : run_ward(j->path, j->m == M_WARD_PARSE);
}

/* Runs one measurement in a child and returns what it reported. */
static result measure(mode m, const char *path)
{
    result r = {0, 0, 0, 0};
    job j = {m, path};
    if (bench_in_child(run_job, &j, &r, sizeof r) != 0)
        r.ok = 0;
    return r;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bench_json <file.json>\n");
        return 2;
    }
    struct stat st;
    if (stat(argv[1], &st) != 0) {
        perror(argv[1]);
        return 1;
    }
    double mb = (double)st.st_size / 1e6;
    printf("%s: %.1f MB, best of %d runs, each run in a fresh process\n\n", argv[1], mb, RUNS);
    printf("%-18s %10s %10s %12s %10s\n", "", "wall (s)", "MB/s", "peak (MB)", "peak/file");
    int failed = 0;
    for (int m = 0; m < M__COUNT; m++) {
        result best = {1, 1e30, 0, 0};
        for (int i = 0; i < RUNS; i++) {
            result r = measure((mode)m, argv[1]);
            best.ok &= r.ok;
            if (r.seconds < best.seconds)
                best.seconds = r.seconds;
            if (r.peak_kb > best.peak_kb)
                best.peak_kb = r.peak_kb;
            best.arena_bytes = r.arena_bytes;
        }
        if (!best.ok) {
            printf("%-18s failed\n", mode_names[m]);
            failed = 1;
            continue;
        }
        double peak_mb = (double)best.peak_kb * 1024 / 1e6;
        printf("%-18s %10.3f %10.0f %12.1f %10.2f\n", mode_names[m], best.seconds, mb / best.seconds,
               peak_mb, peak_mb / mb);
        if (m == M_WARD_PARSE)
            printf("\nward tree (arena): %.1f MB = %.2f x file\n", (double)best.arena_bytes / 1e6,
                   (double)best.arena_bytes / 1e6 / mb);
    }
    return failed;
}
