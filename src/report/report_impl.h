/* report_impl.h: what the reporters share, private to src/report/.
 *
 * Location resolution (span -> path, line, column), path relativisation,
 * counting, the merged rule table, and a small streaming JSON emitter used
 * by the json and sarif reporters.  Nothing here is part of report.h. */
#ifndef WARD_REPORT_IMPL_H
#define WARD_REPORT_IMPL_H

#include "report.h"

#include <stddef.h>
#include <stdint.h>

/* One declaration per reporter, from the same table as the registry. */
#define X(name, fn) int fn(ward_writer *w, const ward_report_ctx *ctx);
#include "reporters.def"
#undef X

/* A span resolved for output.  Lines and columns are 1-based, columns count
 * Unicode code points; the end is exclusive (the position just after the
 * last character), which is SARIF's endColumn convention. */
typedef struct ward_report_loc {
    const char *path;      /* as given to the run, for text output */
    const char *rel;       /* relative to ctx->base_dir when under it */
    uint32_t line, col, end_line, end_col;
    int empty;             /* the span covers no character */
} ward_report_loc;

/* Resolves a span; returns 0, or -1 when it has no file (then *out is zeroed). */
int ward_report_locate(const ward_report_ctx *ctx, ward_span span, ward_report_loc *out);
/* `path` relative to ctx->base_dir when it lies under it, else as given, in
 * both cases without leading "./".  Points into `path`: nothing allocated. */
const char *ward_report_relpath(const ward_report_ctx *ctx, const char *path);
/* The rule id of a finding ("?" if the VM gave none). */
const char *ward_report_rule_id(const ward_finding *f);

/* The note of a finding that groups loop instances: "3 instances: a, b, c"
 * (the first 20 named, then "and N more").  Writes nothing otherwise. */
void ward_report_instances_note(ward_writer *w, const ward_finding *f);

typedef struct ward_report_counts {
    size_t shown;                       /* findings not suppressed */
    size_t suppressed;
    size_t by_severity[WARD_SEV__COUNT];  /* of the shown ones */
    size_t by_status[WARD_ST__COUNT];     /* of the shown ones */
    size_t input_errors, input_warnings;
} ward_report_counts;

void ward_report_count(const ward_report_ctx *ctx, ward_report_counts *c);

/* The rules of a report: ctx->rules in order, then any rule that a finding
 * names but ctx->rules lacks (so that every SARIF ruleIndex resolves).
 * Heap array (ward_free), or NULL with *n = 0 when empty or out of memory;
 * returns -1 only for out of memory. */
int ward_report_rules(const ward_report_ctx *ctx, const ward_rule_info ***out, size_t *n);
/* Index of `r` in a table from ward_report_rules (by pointer, then by id);
 * (size_t)-1 when absent. */
size_t ward_report_rule_index(const ward_rule_info *const *rules, size_t n, const ward_rule_info *r);

/* Writes `s` percent-encoded as a URI path: bytes outside RFC 3986's
 * unreserved set and '/' become %XX (UTF-8 bytes each). */
void ward_report_write_uri_path(ward_writer *w, const char *s);

/* Writes n bytes of s through `escape` (ward_write_json_str,
 * ward_write_xml_str, ...) with every invalid UTF-8 byte replaced by U+FFFD:
 * messages may quote input files, and JSON, SARIF and XML consumers reject
 * ill-formed UTF-8. */
typedef void (*ward_report_escape_fn)(ward_writer *w, const char *s, size_t n);
void ward_report_write_utf8(ward_writer *w, const char *s, size_t n, ward_report_escape_fn escape);

/* Streaming JSON emitter: pretty-printed (two spaces), keys in call order,
 * so reports have a stable, diff-friendly layout without building a tree.
 * Write errors go to the writer's sticky flag. */
enum { WARD_JW_MAX_DEPTH = 32 };

typedef struct ward_jw {
    ward_writer *w;
    unsigned depth;
    unsigned char nonempty[WARD_JW_MAX_DEPTH];   /* a value was written at this depth */
} ward_jw;

void ward_jw_init(ward_jw *j, ward_writer *w);
/* `key` is NULL for array elements and for the top-level value. */
void ward_jw_key(ward_jw *j, const char *key);   /* separator, indent, "key": */
void ward_jw_open(ward_jw *j, const char *key, char bracket);   /* '{' or '[' */
void ward_jw_close(ward_jw *j, char bracket);
void ward_jw_str(ward_jw *j, const char *key, const char *s);    /* NULL -> null */
void ward_jw_uint(ward_jw *j, const char *key, unsigned long long v);
void ward_jw_bool(ward_jw *j, const char *key, int v);
void ward_jw_null(ward_jw *j, const char *key);
/* Ends the document with a newline. */
void ward_jw_finish(ward_jw *j);

#endif
