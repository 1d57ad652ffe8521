/* writer.c: FILE* or memory output (see writer.h). */
#include "writer.h"
#include "alloc.h"
#include "vec.h"

#include <stdarg.h>
#include <string.h>

void ward_writer_file(ward_writer *w, FILE *fp)
{
    memset(w, 0, sizeof *w);
    w->fp = fp;
}

void ward_writer_mem(ward_writer *w)
{
    memset(w, 0, sizeof *w);
    w->buf = ward_malloc(64);
    if (w->buf) {
        w->cap = 64;
        w->buf[0] = 0;
    } else {
        w->failed = 1;
    }
}

void ward_writer_free(ward_writer *w)
{
    if (!w->fp)
        ward_free(w->buf);
    memset(w, 0, sizeof *w);
}

void ward_write(ward_writer *w, const char *s, size_t n)
{
    if (w->failed || n == 0)
        return;
    if (w->fp) {
        if (fwrite(s, 1, n, w->fp) != n)
            w->failed = 1;
        return;
    }
    if (ward_vec_reserve((void **)&w->buf, &w->cap, w->len + n + 1, 1) != 0) {
        w->failed = 1;
        return;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = 0;
}

void ward_puts(ward_writer *w, const char *s) { ward_write(w, s, strlen(s)); }

void ward_putc(ward_writer *w, char c)
{
    if (w->fp && !w->failed) {
        if (putc(c, w->fp) == EOF)
            w->failed = 1;
        return;
    }
    ward_write(w, &c, 1);
}

void ward_printf(ward_writer *w, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        w->failed = 1;
        return;
    }
    if ((size_t)n < sizeof small) {
        ward_write(w, small, (size_t)n);
        return;
    }
    char *big = ward_malloc((size_t)n + 1);
    if (!big) {
        w->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    ward_write(w, big, (size_t)n);
    ward_free(big);
}

/* Writes s, replacing each byte for which `esc` returns a replacement; runs
 * of unchanged bytes are written in one call. */
static void write_escaped(ward_writer *w, const char *s, size_t n, const char *(*esc)(unsigned char c, char buf[8]))
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char buf[8];
        const char *r = esc((unsigned char)s[i], buf);
        if (!r) {
            run++;
            continue;
        }
        ward_write(w, s + i - run, run);
        run = 0;
        ward_puts(w, r);
    }
    ward_write(w, s + n - run, run);
}

static const char *json_escape(unsigned char c, char buf[8])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default:
        if (c < 0x20 || c == 0x7f) {
            snprintf(buf, 8, "\\u%04x", c);
            return buf;
        }
        return NULL;
    }
}

static const char *xml_escape(unsigned char c, char buf[8])
{
    (void)buf;
    switch (c) {
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '&': return "&amp;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    default:
        /* XML 1.0 forbids most control characters even escaped. */
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? "?" : NULL;
    }
}

void ward_write_json_str(ward_writer *w, const char *s, size_t n) { write_escaped(w, s, n, json_escape); }

void ward_write_xml_str(ward_writer *w, const char *s, size_t n) { write_escaped(w, s, n, xml_escape); }
