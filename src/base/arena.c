/* arena.c: chained bump allocator (see arena.h). */
#include "arena.h"
#include "alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct ward_arena_block {
    ward_arena_block *next;
    size_t size, off;
    _Alignas(16) unsigned char data[];
};

enum { BLOCK_MIN = 16 * 1024 };

void ward_arena_init(ward_arena *a) { memset(a, 0, sizeof *a); }

void ward_arena_free(ward_arena *a)
{
    ward_arena_block *b = a->head;
    while (b) {
        ward_arena_block *n = b->next;
        ward_free(b);
        b = n;
    }
    a->head = NULL;
    a->used = 0;
    a->failed = 0;
}

void ward_arena_reset(ward_arena *a)
{
    size_t cap = a->cap;
    ward_arena_free(a);
    a->cap = cap;
}

void *ward_arena_alloc(ward_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    if (a->cap && a->used + n > a->cap) {
        a->failed = 1;
        return NULL;
    }
    ward_arena_block *b = a->head;
    if (!b || b->size - b->off < n) {
        /* Blocks grow geometrically so that a 100 MB document needs few of them. */
        size_t size = b ? b->size * 2 : BLOCK_MIN;
        if (size > 64u * 1024 * 1024)
            size = 64u * 1024 * 1024;
        if (size < n)
            size = n;
        ward_arena_block *nb = ward_malloc(sizeof *nb + size);
        if (!nb) {
            a->failed = 1;
            return NULL;
        }
        nb->size = size;
        nb->off = 0;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->off;
    b->off += n;
    a->used += n;
    return p;
}

void *ward_arena_zalloc(ward_arena *a, size_t n)
{
    void *p = ward_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *ward_arena_strndup(ward_arena *a, const char *s, size_t n)
{
    char *p = ward_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *ward_arena_strdup(ward_arena *a, const char *s)
{
    return ward_arena_strndup(a, s, strlen(s));
}

char *ward_arena_printf(ward_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = ward_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}
