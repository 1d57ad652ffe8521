/* vec.h: growable arrays on the heap (ward_malloc), for tables that outlive
 * no arena.  One helper function, no container macros. */
#ifndef WARD_VEC_H
#define WARD_VEC_H

#include <stddef.h>

/* Ensures *items has room for `need` elements of `size` bytes, doubling the
 * capacity.  Returns 0, or -1 on overflow / out of memory (items untouched). */
int ward_vec_reserve(void **items, size_t *cap, size_t need, size_t size);

#define WARD_VEC_PUSH(arr, n, cap, val)                                              \
    (ward_vec_reserve((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)) == 0          \
         ? ((arr)[(n)++] = (val), 0)                                                 \
         : -1)

#endif
