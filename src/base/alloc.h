/* alloc.h: the single allocation hook of ward.
 *
 * All heap memory goes through these three functions.  Tests can arm a
 * failure countdown (ward_alloc_fail_after) to exercise out-of-memory paths
 * the way SQLite and expat do. */
#ifndef WARD_ALLOC_H
#define WARD_ALLOC_H

#include <stddef.h>

void *ward_malloc(size_t n);
void *ward_realloc(void *p, size_t n);
void ward_free(void *p);
void *ward_calloc(size_t n, size_t size);

/* Test hook: the n-th allocation from now fails (and all after it);
 * n < 0 disarms.  Only for single-threaded tests. */
void ward_alloc_fail_after(long n);

#endif
