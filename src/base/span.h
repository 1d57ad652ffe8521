/* span.h: a byte range in one source file.
 *
 * Every token, AST node, document node, instruction (through a side table)
 * and finding carries a span.  Line and column are computed only when a
 * span is shown (source.h). */
#ifndef WARD_SPAN_H
#define WARD_SPAN_H

#include <stdint.h>

typedef struct ward_span {
    uint32_t file;    /* index in a ward_sources table; WARD_NO_FILE if none */
    uint32_t start;   /* byte offset of the first byte */
    uint32_t end;     /* byte offset one past the last byte */
} ward_span;

#define WARD_NO_FILE UINT32_MAX

static inline ward_span ward_span_make(uint32_t file, uint32_t start, uint32_t end)
{
    ward_span s = {file, start, end};
    return s;
}

static inline ward_span ward_span_none(void) { return ward_span_make(WARD_NO_FILE, 0, 0); }

static inline int ward_span_valid(ward_span s) { return s.file != WARD_NO_FILE; }

/* Smallest span covering both (same file assumed; otherwise returns a). */
static inline ward_span ward_span_join(ward_span a, ward_span b)
{
    if (a.file != b.file)
        return a;
    ward_span s = a;
    if (b.start < s.start)
        s.start = b.start;
    if (b.end > s.end)
        s.end = b.end;
    return s;
}

#endif
