/* reader.h: what every template reader shares.
 *
 * The CLI detects a file's family (src/readers/detect.c) and hands it to one
 * reader, which appends resources to a set.  JSON families receive the
 * already-parsed document (parsed once, with positions) and take ownership of
 * it through ward_resource_set_adopt().  Readers report bad input as located
 * diagnostics and never abort the run: other files are still checked. */
#ifndef WARD_READER_H
#define WARD_READER_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../doc/resource.h"

typedef struct ward_read_opts {
    const char *const *param_files;   /* --parameters FILE (ARM/Bicep), in order */
    size_t nparam_files;
    int explicit_file;                /* named on the command line (not found by a directory walk) */
} ward_read_opts;

/* Return values of readers: */
enum {
    WARD_READ_OK = 0,         /* resources appended */
    WARD_READ_ERROR = -1,     /* located diagnostic added */
};

#endif
