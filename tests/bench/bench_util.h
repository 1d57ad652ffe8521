/* bench_util.h: what every benchmark program measures the same way.
 *
 * Each measurement runs in a forked child so that its peak resident set
 * (VmHWM, which counts the pages of a mapped file) belongs to that run
 * alone; wall time is CLOCK_MONOTONIC. */
#ifndef WARD_BENCH_UTIL_H
#define WARD_BENCH_UTIL_H

#include <stddef.h>

double bench_now(void);
long bench_peak_kb(void);   /* this process's peak RSS so far, in KiB */

/* The whole file, NUL-terminated (malloc'd), or NULL. */
char *bench_read_all(const char *path, size_t *len);

/* cJSON_ParseWithLength on the file already read (the read is not timed,
 * the buffer is counted in memory).  Returns 1 when it parsed. */
int bench_cjson(const char *path, double *seconds, long *peak_kb);

/* Runs fn(arg, out) in a child process and copies its `size` bytes of
 * result back into out.  Returns 0, or -1 when the child failed. */
int bench_in_child(void (*fn)(const void *arg, void *out), const void *arg, void *out, size_t size);

#endif
