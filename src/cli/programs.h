/* programs.h: the compiled programs a run evaluates: the built-in library
 * (embedded), policies compiled now (--policy), and bundles (--bundle).
 * Each program gets its own VM; findings of all of them are merged. */
#ifndef WARD_PROGRAMS_H
#define WARD_PROGRAMS_H

#include "../base/diag.h"
#include "../bytecode/image.h"
#include "../vm/vm.h"

#include <stddef.h>

typedef struct ward_prog {
    ward_image img;
    ward_vm *vm;
    const char *origin;        /* "built-in", a bundle path, or "policies" */
} ward_prog;

typedef struct ward_progs {
    ward_prog *items;
    size_t n, cap;
} ward_progs;

typedef struct ward_prog_opts {
    const char *const *policies;    /* files or directories of .ward files */
    size_t npolicies;
    const char *const *bundles;
    size_t nbundles;
    const char *const *includes;    /* extra import search directories */
    size_t nincludes;
    int builtin;                    /* include the embedded library */
} ward_prog_opts;

/* Loads every program.  Returns 0, 2 (unreadable file or bad bundle) or 3
 * (a policy that does not compile); diagnostics go to diags. */
int ward_progs_load(ward_progs *p, const ward_prog_opts *o, ward_sources *src, ward_diags *diags);
void ward_progs_free(ward_progs *p);
/* Compiles policies only (no built-in, no bundles) into one image. */
int ward_progs_compile(const ward_prog_opts *o, ward_sources *src, ward_diags *diags, ward_image *img);

#endif
