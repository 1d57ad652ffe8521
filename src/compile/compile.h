/* compile.h: policy files -> checked program -> program image.
 *
 * A ward_compiler collects policy files (and the embedded standard library),
 * parses each, resolves imports from search directories or embedded
 * modules, runs the checker and, when there are no errors, emits an image
 * ready to be serialised (bytecode/format.h) or run. */
#ifndef WARD_COMPILE_H
#define WARD_COMPILE_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../bytecode/image.h"
#include "../check/check.h"

typedef struct ward_embedded_module {
    const char *name;         /* module name, e.g. "azure" */
    const char *text;
    size_t len;
} ward_embedded_module;

typedef struct ward_compiler {
    ward_program prog;
    ward_sources *src;
    ward_diags *diags;
    char **dirs;              /* import search directories (owned) */
    size_t ndirs, capdirs;
    const ward_embedded_module *embedded;
    size_t nembedded;
    size_t nfiles;
    size_t errors_at_init;   /* errors in the sink before this compiler ran */
} ward_compiler;

void ward_compiler_init(ward_compiler *c, ward_sources *src, ward_diags *diags);
void ward_compiler_free(ward_compiler *c);
void ward_compiler_add_dir(ward_compiler *c, const char *dir);
void ward_compiler_set_embedded(ward_compiler *c, const ward_embedded_module *mods, size_t n);
/* Adds a policy file; returns 0, or -1 when it cannot be read (E001). Syntax
 * errors are recorded and compilation continues, so every error is seen. */
int ward_compiler_add_file(ward_compiler *c, const char *path);
int ward_compiler_add_text(ward_compiler *c, const char *path, const char *text, size_t len);
/* Checks and emits.  Returns 0, or -1 when any error was reported. */
int ward_compiler_finish(ward_compiler *c, ward_image *img);

#endif
