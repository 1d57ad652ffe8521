/* diag.h: diagnostics as data.
 *
 * Library code never prints.  It records a ward_diag (stable code, severity,
 * span, message, optional notes) in a ward_diags sink; the CLI and the
 * reporters decide how to show it.  Codes come from diag.def. */
#ifndef WARD_DIAG_H
#define WARD_DIAG_H

#include "source.h"
#include "span.h"

#include <stdarg.h>
#include <stddef.h>

typedef enum ward_diag_severity {
    WARD_DIAG_ERROR,
    WARD_DIAG_WARNING,
    WARD_DIAG_NOTE,
} ward_diag_severity;

typedef enum ward_diag_code {
#define X(name, code, sev, title) WARD_D_##name,
#include "diag.def"
#undef X
    WARD_D__COUNT
} ward_diag_code;

typedef struct ward_diag_note {
    ward_span span;
    char *message;
} ward_diag_note;

typedef struct ward_diag {
    ward_diag_code code;
    ward_diag_severity severity;
    ward_span span;
    char *message;            /* owned */
    ward_diag_note *notes;    /* owned */
    size_t nnotes;
} ward_diag;

typedef struct ward_diags {
    ward_diag *items;
    size_t n, cap;
    size_t errors;            /* count of WARD_DIAG_ERROR */
    size_t limit;             /* stop recording past this many (0 = 1000) */
    int oom;                  /* sticky out-of-memory flag */
} ward_diags;

void ward_diags_init(ward_diags *d);
void ward_diags_free(ward_diags *d);

/* Records a diagnostic with the code's default severity; returns it (or NULL
 * when the sink is full or out of memory) so that notes can be attached. */
ward_diag *ward_diag_add(ward_diags *d, ward_diag_code code, ward_span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
ward_diag *ward_diag_addv(ward_diags *d, ward_diag_code code, ward_span span, const char *fmt,
                          va_list ap);
void ward_diag_note_add(ward_diag *g, ward_span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Moves all diagnostics of src to the end of dst. */
void ward_diags_move(ward_diags *dst, ward_diags *src);

const char *ward_diag_code_str(ward_diag_code code);
const char *ward_diag_title(ward_diag_code code);
const char *ward_diag_severity_str(ward_diag_severity s);

struct ward_writer;
/* gcc-style rendering: "file:line:col: error[E110]: message", the source
 * line, a caret line, then notes. */
void ward_diag_render(struct ward_writer *w, const ward_sources *src, const ward_diag *g, int color);
void ward_diags_render(struct ward_writer *w, const ward_sources *src, const ward_diags *d, int color);
/* Renders the caret excerpt of a span (shared with the text reporter). */
void ward_render_excerpt(struct ward_writer *w, const ward_sources *src, ward_span span, int color);

#endif
