/* testutil.c: fixture paths and file reading for tests. */
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef WARD_SOURCE_DIR_DEFAULT
#define WARD_SOURCE_DIR_DEFAULT "."
#endif

const char *tu_source_dir(void)
{
    const char *e = getenv("WARD_SOURCE_DIR");
    return e && *e ? e : WARD_SOURCE_DIR_DEFAULT;
}

const char *tu_corpus_dir(void)
{
    static char buf[4096];
    const char *e = getenv("WARD_CORPUS_DIR");
    if (e && *e)
        snprintf(buf, sizeof buf, "%s", e);
    else
        snprintf(buf, sizeof buf, "%s/../shared/corpus", tu_source_dir());
    struct stat st;
    return stat(buf, &st) == 0 && S_ISDIR(st.st_mode) ? buf : NULL;
}

char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        if (len)
            *len = (size_t)n;
    }
    return buf;
}

const char *tu_path(const char *dir, const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", dir, rel);
    return buf;
}

int tu_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
