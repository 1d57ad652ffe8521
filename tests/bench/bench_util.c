/* bench_util.c: see bench_util.h. */
#include "bench_util.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

long bench_peak_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

char *bench_read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat st;
    char *buf = fstat(fileno(f), &st) == 0 ? malloc((size_t)st.st_size + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[st.st_size] = 0;
        *len = (size_t)st.st_size;
    }
    return buf;
}

int bench_cjson(const char *path, double *seconds, long *peak_kb)
{
    size_t len = 0;
    char *buf = bench_read_all(path, &len);
    if (!buf)
        return 0;
    double t0 = bench_now();
    cJSON *root = cJSON_ParseWithLength(buf, len);
    *seconds = bench_now() - t0;
    *peak_kb = bench_peak_kb();
    int ok = root != NULL;
    cJSON_Delete(root);
    free(buf);
    return ok;
}

int bench_in_child(void (*fn)(const void *arg, void *out), const void *arg, void *out, size_t size)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        fn(arg, out);
        ssize_t w = write(fds[1], out, size);
        _exit(w == (ssize_t)size ? 0 : 1);
    }
    close(fds[1]);
    int rc = pid > 0 && read(fds[0], out, size) == (ssize_t)size ? 0 : -1;
    close(fds[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    return rc;
}
