/* source.h: loaded source files, their ids and line tables.
 *
 * A ward_sources table owns the bytes of every file a run reads (policies,
 * templates, parameter files) so that spans stay meaningful until the end of
 * the run, when reporters turn them into line:column and caret excerpts.
 * Columns are 1-based and count Unicode code points (UTF-8), the unit SARIF
 * calls "unicodeCodePoints". */
#ifndef WARD_SOURCE_H
#define WARD_SOURCE_H

#include "span.h"

#include <stddef.h>
#include <stdint.h>

typedef struct ward_source {
    char *path;             /* as given (owned) */
    char *text;             /* file bytes plus a NUL (owned) */
    size_t len;
    uint32_t *lines;        /* byte offset of each line start; built lazily */
    uint32_t nlines;
    uint32_t *cps;          /* code points before each 4 KiB boundary (long lines), lazily */
    int mapped;             /* text came from mmap (large files) */
} ward_source;

typedef struct ward_sources {
    ward_source **files;
    size_t n, cap;
} ward_sources;

typedef struct ward_pos {
    uint32_t line;          /* 1-based */
    uint32_t col;           /* 1-based, code points */
} ward_pos;

void ward_sources_init(ward_sources *s);
void ward_sources_free(ward_sources *s);

/* Adds a copy of `len` bytes under `path`; returns the file id, or
 * WARD_NO_FILE when out of memory. */
uint32_t ward_sources_add(ward_sources *s, const char *path, const char *text, size_t len);
/* Reads a file (mmap for large ones).  Returns the id, or WARD_NO_FILE with
 * errno set. */
uint32_t ward_sources_load(ward_sources *s, const char *path);

/* Replaces the text of file `id` (e.g. after transcoding UTF-16 to UTF-8) so
 * that line:column are computed on the new bytes.  Takes ownership of `text`
 * in every case: it must come from ward_malloc, hold `len` bytes and a NUL
 * at text[len].  The old text is freed or unmapped and the line table reset.
 * Returns 0, or -1 for an unknown id (text is then freed). */
int ward_sources_replace(ward_sources *s, uint32_t id, char *text, size_t len);

/* Moves every file of from to the end of s (ids shift by the old s->n);
 * from is left empty.  Returns 0 or -1 (nothing moved). */
int ward_sources_take(ward_sources *s, ward_sources *from);

const ward_source *ward_sources_get(const ward_sources *s, uint32_t id);
ward_pos ward_source_pos(const ward_sources *s, uint32_t file, uint32_t offset);
/* The text of line `line` (1-based) without its terminator. */
const char *ward_source_line(const ward_sources *s, uint32_t file, uint32_t line, size_t *len);

#endif
