/* scan.h: checking many input files, on one thread or several (-j N).
 *
 * Every file is read and evaluated on its own (its own sources table,
 * findings and diagnostics), by worker threads with their own VMs over the
 * shared, read-only program images.  The results are then merged in input
 * order, so the report is byte-for-byte the same for any -j. */
#ifndef WARD_SCAN_H
#define WARD_SCAN_H

#include "inputs.h"
#include "programs.h"

typedef struct ward_scan_opts {
    const ward_read_opts *read;
    unsigned jobs;                               /* 0 or 1: this thread only */
    int (*skip)(void *ctx, const char *path);    /* exclusions; may be NULL */
    void *skip_ctx;
    int progress;                                /* print progress on stderr */
} ward_scan_opts;

/* Findings and diagnostics go to out and diags, with spans in src.
 * Returns the number of files read (templates or not), or -1 when out of memory. */
long ward_scan(ward_progs *progs, const ward_input_list *inputs, const ward_scan_opts *o, ward_sources *src,
               ward_findings *out, ward_diags *diags);

#endif
