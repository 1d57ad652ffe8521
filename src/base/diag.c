/* diag.c: the diagnostics sink and its gcc-style rendering. */
#include "diag.h"
#include "alloc.h"
#include "vec.h"
#include "writer.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *code;
    ward_diag_severity sev;
    const char *title;
} diag_table[] = {
#define X(name, code, sev, title) {code, WARD_DIAG_##sev, title},
#include "diag.def"
#undef X
};

const char *ward_diag_code_str(ward_diag_code c) { return c < WARD_D__COUNT ? diag_table[c].code : "E000"; }
const char *ward_diag_title(ward_diag_code c) { return c < WARD_D__COUNT ? diag_table[c].title : "?"; }

const char *ward_diag_severity_str(ward_diag_severity s)
{
    switch (s) {
    case WARD_DIAG_ERROR: return "error";
    case WARD_DIAG_WARNING: return "warning";
    default: return "note";
    }
}

void ward_diags_init(ward_diags *d) { memset(d, 0, sizeof *d); }

static void diag_free(ward_diag *g)
{
    ward_free(g->message);
    for (size_t i = 0; i < g->nnotes; i++)
        ward_free(g->notes[i].message);
    ward_free(g->notes);
}

void ward_diags_free(ward_diags *d)
{
    for (size_t i = 0; i < d->n; i++)
        diag_free(&d->items[i]);
    ward_free(d->items);
    memset(d, 0, sizeof *d);
}

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *p = ward_malloc((size_t)n + 1);
    if (p)
        vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

ward_diag *ward_diag_addv(ward_diags *d, ward_diag_code code, ward_span span, const char *fmt, va_list ap)
{
    ward_diag_severity sev = code < WARD_D__COUNT ? diag_table[code].sev : WARD_DIAG_ERROR;
    if (sev == WARD_DIAG_ERROR)
        d->errors++;
    size_t limit = d->limit ? d->limit : 1000;
    if (d->n >= limit)
        return NULL;
    ward_diag g = {code, sev, span, vformat(fmt, ap), NULL, 0};
    if (!g.message || WARD_VEC_PUSH(d->items, d->n, d->cap, g) != 0) {
        ward_free(g.message);
        d->oom = 1;
        return NULL;
    }
    return &d->items[d->n - 1];
}

ward_diag *ward_diag_add(ward_diags *d, ward_diag_code code, ward_span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ward_diag *g = ward_diag_addv(d, code, span, fmt, ap);
    va_end(ap);
    return g;
}

void ward_diag_note_add(ward_diag *g, ward_span span, const char *fmt, ...)
{
    if (!g)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *m = vformat(fmt, ap);
    va_end(ap);
    size_t cap = g->nnotes;   /* notes are few: grow one at a time */
    ward_diag_note note = {span, m};
    if (!m || WARD_VEC_PUSH(g->notes, g->nnotes, cap, note) != 0)
        ward_free(m);
}

void ward_diags_move(ward_diags *dst, ward_diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        if (WARD_VEC_PUSH(dst->items, dst->n, dst->cap, src->items[i]) != 0) {
            diag_free(&src->items[i]);
            dst->oom = 1;
        }
    }
    dst->errors += src->errors;
    dst->oom |= src->oom;
    ward_free(src->items);
    memset(src, 0, sizeof *src);
}

#define C_RED "\033[1;31m"
#define C_MAG "\033[1;35m"
#define C_CYN "\033[1;36m"
#define C_GRN "\033[1;32m"
#define C_BOLD "\033[1m"
#define C_OFF "\033[0m"

/* The excerpt is written in runs, not a character at a time: reports of
 * many findings spent most of their time in per-character writes. */
static size_t code_points(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static void put_run(ward_writer *w, char c, size_t n)
{
    char buf[64];
    memset(buf, c, sizeof buf);
    for (size_t k; n; n -= k) {
        k = n < sizeof buf ? n : sizeof buf;
        ward_write(w, buf, k);
    }
}

/* A source line with tabs shown as one space each (so carets line up). */
static void put_line(ward_writer *w, const char *s, size_t n)
{
    while (n) {
        const char *tab = memchr(s, '\t', n);
        size_t k = tab ? (size_t)(tab - s) : n;
        ward_write(w, s, k);
        if (tab) {
            ward_putc(w, ' ');
            k++;
        }
        s += k;
        n -= k;
    }
}

void ward_render_excerpt(ward_writer *w, const ward_sources *src, ward_span span, int color)
{
    if (!ward_span_valid(span))
        return;
    ward_pos p = ward_source_pos(src, span.file, span.start);
    size_t len;
    const char *line = ward_source_line(src, span.file, p.line, &len);
    if (!line)
        return;
    /* Keep long lines (minified JSON) readable: show a window around the column. */
    size_t lstart = 0, shown = len;
    const ward_source *f = ward_sources_get(src, span.file);
    size_t byte_col = span.start - (size_t)(line - f->text);
    if (len > 200) {
        lstart = byte_col > 60 ? byte_col - 60 : 0;
        while (lstart > 0 && ((unsigned char)line[lstart] & 0xC0) == 0x80)
            lstart--;
        shown = len - lstart > 160 ? 160 : len - lstart;
        while (lstart + shown < len && ((unsigned char)line[lstart + shown] & 0xC0) == 0x80)
            shown--;
    }
    ward_printf(w, "%5u | ", p.line);
    if (lstart)
        ward_puts(w, "...");
    put_line(w, line + lstart, shown);
    ward_puts(w, "\n      | ");
    if (lstart)
        ward_puts(w, "   ");
    put_run(w, ' ', code_points(line + lstart, byte_col > lstart ? (byte_col < len ? byte_col : len) - lstart : 0));
    if (color)
        ward_puts(w, C_GRN);
    ward_putc(w, '^');
    /* Underline the rest of the span on this line. */
    size_t end = span.end > span.start ? span.end - (size_t)(line - f->text) : byte_col + 1;
    if (end > lstart + shown)
        end = lstart + shown;
    put_run(w, '~', end > byte_col + 1 ? code_points(line + byte_col + 1, end - byte_col - 1) : 0);
    if (color)
        ward_puts(w, C_OFF);
    ward_putc(w, '\n');
}

static void render_loc(ward_writer *w, const ward_sources *src, ward_span span)
{
    const ward_source *f = ward_span_valid(span) ? ward_sources_get(src, span.file) : NULL;
    if (!f) {
        ward_puts(w, "ward: ");
        return;
    }
    ward_pos p = ward_source_pos(src, span.file, span.start);
    ward_printf(w, "%s:%u:%u: ", f->path, p.line, p.col);
}

void ward_diag_render(ward_writer *w, const ward_sources *src, const ward_diag *g, int color)
{
    if (color)
        ward_puts(w, C_BOLD);
    render_loc(w, src, g->span);
    const char *sc = g->severity == WARD_DIAG_ERROR ? C_RED : g->severity == WARD_DIAG_WARNING ? C_MAG : C_CYN;
    if (color)
        ward_puts(w, sc);
    ward_printf(w, "%s[%s]", ward_diag_severity_str(g->severity), ward_diag_code_str(g->code));
    if (color)
        ward_puts(w, C_OFF C_BOLD);
    ward_printf(w, ": %s\n", g->message);
    if (color)
        ward_puts(w, C_OFF);
    ward_render_excerpt(w, src, g->span, color);
    for (size_t i = 0; i < g->nnotes; i++) {
        render_loc(w, src, g->notes[i].span);
        ward_printf(w, "note: %s\n", g->notes[i].message);
        ward_render_excerpt(w, src, g->notes[i].span, color);
    }
}

void ward_diags_render(ward_writer *w, const ward_sources *src, const ward_diags *d, int color)
{
    for (size_t i = 0; i < d->n; i++)
        ward_diag_render(w, src, &d->items[i], color);
}
