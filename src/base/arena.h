/* arena.h: bump allocator with chained blocks, freed in one call.
 *
 * Every compilation and every loaded document owns one arena; nodes, strings
 * and tables live there and die together.  An optional byte cap lets the VM
 * bound the memory one rule evaluation may take: past the cap, allocation
 * returns NULL and sets the sticky `failed` flag. */
#ifndef WARD_ARENA_H
#define WARD_ARENA_H

#include <stddef.h>

typedef struct ward_arena_block ward_arena_block;

typedef struct ward_arena {
    ward_arena_block *head;   /* newest block; older ones chain behind it */
    size_t used;              /* bytes handed out, for caps and statistics */
    size_t cap;               /* 0 = unlimited */
    int failed;               /* sticky: an allocation returned NULL */
} ward_arena;

void ward_arena_init(ward_arena *a);
void ward_arena_free(ward_arena *a);
/* Frees everything but keeps the arena usable (and its first block). */
void ward_arena_reset(ward_arena *a);
void *ward_arena_alloc(ward_arena *a, size_t n);   /* 8-byte aligned, uninitialised */
void *ward_arena_zalloc(ward_arena *a, size_t n);  /* zeroed */
char *ward_arena_strndup(ward_arena *a, const char *s, size_t n); /* NUL-terminated */
char *ward_arena_strdup(ward_arena *a, const char *s);
/* printf into the arena. */
char *ward_arena_printf(ward_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
