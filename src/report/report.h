/* report.h: the reporters, which turn a run's findings into text, JSON,
 * SARIF 2.1.0, JUnit XML or GitHub workflow commands.
 *
 * Reporters only read: the findings (already sorted by the caller), the
 * input errors of the run and the source table (for line:column and caret
 * excerpts).  They write to a ward_writer, so tests render into memory.  The
 * formats are documented in docs/output-formats.md. */
#ifndef WARD_REPORT_H
#define WARD_REPORT_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../base/writer.h"
#include "../vm/finding.h"

#include <stddef.h>

typedef struct ward_report_ctx {
    const ward_sources *sources;
    const ward_findings *findings;     /* already sorted */
    const ward_diags *errors;           /* input/usage errors of the run (bad files): reported too; may be NULL */
    const ward_rule_info *const *rules; /* every rule that ran (for SARIF tool.driver.rules) */
    size_t nrules;
    /* Paths are made relative to this for SARIF, JSON, JUnit and GitHub
     * (SARIF uriBaseId "SRCROOT").  Absolute, without a trailing slash, for
     * example the working directory or the repository root; NULL keeps the
     * paths as given. */
    const char *base_dir;
    const char *tool_version;
    int color;                          /* text only */
    size_t files_scanned;
} ward_report_ctx;

/* 1 if `name` is a known format (text json sarif junit github), else 0. */
int ward_report_format_valid(const char *name);
/* The i-th format name, or NULL past the end (for usage messages). */
const char *ward_report_format_name(size_t i);
/* Writes the report in `format`.  Returns 0, or -1 for an unknown format,
 * out of memory or a failed write (the writer's sticky flag). */
int ward_report_write(ward_writer *w, const char *format, const ward_report_ctx *ctx);

#endif
