/* writer.h: an output sink over a FILE* or a growable memory buffer, so that
 * reporters and the disassembler are testable in memory. */
#ifndef WARD_WRITER_H
#define WARD_WRITER_H

#include <stddef.h>
#include <stdio.h>

typedef struct ward_writer {
    FILE *fp;          /* NULL: write to buf */
    char *buf;         /* owned when fp == NULL; always NUL-terminated */
    size_t len, cap;
    int failed;        /* sticky: a write failed */
} ward_writer;

void ward_writer_file(ward_writer *w, FILE *fp);
void ward_writer_mem(ward_writer *w);
void ward_writer_free(ward_writer *w);   /* frees the buffer of a memory writer */

void ward_write(ward_writer *w, const char *s, size_t n);
void ward_puts(ward_writer *w, const char *s);
void ward_putc(ward_writer *w, char c);
void ward_printf(ward_writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes s as the contents of a JSON string (without quotes). */
void ward_write_json_str(ward_writer *w, const char *s, size_t n);
/* Writes s with XML special characters escaped. */
void ward_write_xml_str(ward_writer *w, const char *s, size_t n);

#endif
