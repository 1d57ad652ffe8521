/* alloc.c: allocation hook with a test-only failure countdown. */
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

/* The one piece of mutable process state in ward: a test knob that is never
 * armed outside unit tests.  Reads are racy only if a test arms it while
 * several threads allocate, which no test does. */
static long fail_countdown = -1;

void ward_alloc_fail_after(long n) { fail_countdown = n; }

static int should_fail(void)
{
    if (fail_countdown < 0)
        return 0;
    if (fail_countdown == 0)
        return 1;
    fail_countdown--;
    return 0;
}

void *ward_malloc(size_t n) { return should_fail() ? NULL : malloc(n ? n : 1); }

void *ward_realloc(void *p, size_t n) { return should_fail() ? NULL : realloc(p, n ? n : 1); }

void *ward_calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void ward_free(void *p) { free(p); }
