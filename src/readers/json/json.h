/* json.h: the located JSON reader.
 *
 * Turns the bytes of one file in a ward_sources table into a ward_doc in
 * which every node carries the span of its value and every object member the
 * byte offset of its key.  Strings without escapes point into the source text
 * (not NUL-terminated; use `len`), so the sources table must outlive the doc.
 *
 * Accepted input: RFC 8259 JSON in UTF-8 (an optional byte order mark is
 * skipped; spans still count from the start of the file), or UTF-16 LE/BE
 * with a byte order mark, which is transcoded to UTF-8 and replaces the
 * file's text in the table so that line:column refer to the UTF-8 text.
 * Duplicate keys are kept in order.  Optionally // and block comments, as ARM
 * templates allow. */
#ifndef WARD_JSON_H
#define WARD_JSON_H

#include "../../base/diag.h"
#include "../../base/source.h"
#include "../../doc/doc.h"

#include <stdint.h>

#define WARD_JSON_DEFAULT_DEPTH 512u

typedef struct ward_json_opts {
    int allow_comments;      /* accept // and block comments (ARM templates allow them) */
    unsigned max_depth;      /* containers nested deeper fail; 0 = WARD_JSON_DEFAULT_DEPTH */
} ward_json_opts;

/* Parses file `file` of `src` into doc (doc->root set, doc->file = file).
 * opts may be NULL for the defaults.  Returns 0, or -1 with exactly one
 * located error in diags (WARD_D_DOC_SYNTAX, DOC_DEPTH, DOC_ENCODING, or
 * NO_MEMORY) and doc->root == NULL; the doc must be freed either way. */
int ward_json_parse(ward_doc *doc, ward_sources *src, uint32_t file, const ward_json_opts *opts,
                    ward_diags *diags);

#endif
