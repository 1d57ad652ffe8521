/* testutil.h: helpers shared by the Check runners. */
#ifndef WARD_TESTUTIL_H
#define WARD_TESTUTIL_H

#include <stddef.h>

/* Directory of the project's source tree (for fixtures), from WARD_SOURCE_DIR
 * or the compile-time default. */
const char *tu_source_dir(void);
/* Path of ../shared/corpus beside the checkout, or NULL when absent. */
const char *tu_corpus_dir(void);
/* Reads a whole file into a malloc'd NUL-terminated buffer; NULL on error. */
char *tu_read_file(const char *path, size_t *len);
/* Joins a directory and a relative path into a static buffer (not reentrant). */
const char *tu_path(const char *dir, const char *rel);

/* Runs a suite (fork mode from CK_FORK) and returns the process exit code. */
struct Suite;
int tu_run(struct Suite *s);

#endif
