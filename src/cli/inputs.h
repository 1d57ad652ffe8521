/* inputs.h: turning command-line paths into resource sets.
 *
 * Directories are walked recursively in sorted order (skipping .git,
 * .terraform and node_modules); each file's family is detected from its
 * name and content, and it goes to the matching reader.  Files found by a
 * walk that are not templates are skipped silently; files named on the
 * command line that are not templates are an error. */
#ifndef WARD_INPUTS_H
#define WARD_INPUTS_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../doc/resource.h"
#include "../readers/reader.h"

typedef struct ward_input_file {
    char *path;        /* owned */
    int explicit_file; /* named on the command line */
} ward_input_file;

typedef struct ward_input_list {
    ward_input_file *items;
    size_t n, cap;
} ward_input_list;

/* Returns 0, or -1 when a named path does not exist (diagnostic added; the
 * other paths are still collected). */
int ward_inputs_collect(ward_input_list *out, const char *const *paths, size_t npaths, ward_diags *diags);
void ward_inputs_free(ward_input_list *l);

/* Reads one file into set.  Returns 1 when resources were read, 0 when the
 * file is not a template (skipped), -1 on bad input (located diagnostic). */
int ward_input_read(ward_sources *src, const ward_input_file *f, const ward_read_opts *opts, ward_resource_set *set,
                    ward_diags *diags);

#endif
