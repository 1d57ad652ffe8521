/* programs.c: loading the built-in bundle, policies and bundles. */
#include "programs.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "../bytecode/format.h"
#include "../bytecode/verify.h"
#include "../compile/compile.h"
#include "builtin.h"

#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { EXIT_USAGE = 2, EXIT_POLICY = 3 };

static int has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Adds every *.ward file under path (sorted, recursive) or path itself. */
static int add_policy_path(ward_compiler *c, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        ward_diag_add(c->diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return ward_compiler_add_file(c, path);
    DIR *d = opendir(path);
    if (!d) {
        ward_diag_add(c->diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", path, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        char *full = ward_malloc(l);
        if (!full || WARD_VEC_PUSH(names, n, cap, full) != 0) {
            ward_free(full);
            break;
        }
        snprintf(full, l, "%s/%s", path, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat s2;
        if (stat(names[i], &s2) == 0 && (S_ISDIR(s2.st_mode) || has_suffix(names[i], ".ward")))
            rc |= add_policy_path(c, names[i]);
        ward_free(names[i]);
    }
    ward_free(names);
    return rc;
}

int ward_progs_compile(const ward_prog_opts *o, ward_sources *src, ward_diags *diags, ward_image *img)
{
    ward_compiler c;
    ward_compiler_init(&c, src, diags);
    ward_compiler_set_embedded(&c, ward_builtin_modules, ward_builtin_nmodules);
    for (size_t i = 0; i < o->nincludes; i++)
        ward_compiler_add_dir(&c, o->includes[i]);
    int io = 0;
    for (size_t i = 0; i < o->npolicies; i++)
        io |= add_policy_path(&c, o->policies[i]);
    int rc = ward_compiler_finish(&c, img);
    ward_compiler_free(&c);
    if (rc != 0) {
        /* Only unreadable files: a usage problem, not a policy error. */
        for (size_t i = 0; i < diags->n; i++)
            if (diags->items[i].code != WARD_D_IO_READ)
                return EXIT_POLICY;
        return io ? EXIT_USAGE : EXIT_POLICY;
    }
    char why[256];
    if (ward_verify(img, why, sizeof why) != 0) {   /* the compiler's own output must verify too */
        ward_diag_add(diags, WARD_D_BUNDLE_VERIFY, ward_span_none(),
                      "internal error: compiled program failed verification: %s", why);
        ward_image_free(img);
        return EXIT_POLICY;
    }
    return 0;
}

static ward_prog *push(ward_progs *p, const char *origin)
{
    ward_prog x;
    memset(&x, 0, sizeof x);
    x.origin = origin;
    if (WARD_VEC_PUSH(p->items, p->n, p->cap, x) != 0)
        return NULL;
    return &p->items[p->n - 1];
}

static int read_bundle(const char *path, ward_sources *src, ward_diags *diags, ward_image *img)
{
    uint32_t id = ward_sources_load(src, path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read bundle '%s': %s", path, strerror(errno));
        return -1;
    }
    const ward_source *f = ward_sources_get(src, id);
    return ward_bundle_read(img, (const uint8_t *)f->text, f->len, ward_span_make(id, 0, 0), diags);
}

static int start_vm(ward_prog *g, ward_diags *diags)
{
    g->vm = ward_vm_new(&g->img, NULL);
    if (!g->vm) {
        diags->oom = 1;
        return EXIT_USAGE;
    }
    return 0;
}

int ward_progs_load(ward_progs *p, const ward_prog_opts *o, ward_sources *src, ward_diags *diags)
{
    memset(p, 0, sizeof *p);
    if (o->builtin && ward_builtin_bundle_len) {
        ward_prog *g = push(p, "built-in");
        uint32_t id = ward_sources_add(src, "<built-in library>", (const char *)ward_builtin_bundle,
                                       ward_builtin_bundle_len);
        if (!g || id == WARD_NO_FILE)
            return EXIT_USAGE;
        const ward_source *f = ward_sources_get(src, id);
        /* The embedded bundle was hashed when the build wrote it and is part of
         * the executable: verifying its code is needed (the VM runs only
         * verified images), rehashing it on every start is not, and it was the
         * largest cost of a pre-commit run (docs/performance.md). */
        if (ward_bundle_read_ex(&g->img, (const uint8_t *)f->text, f->len, ward_span_make(id, 0, 0), diags,
                                WARD_BUNDLE_NO_DIGEST) != 0) {
            p->n--;
            return EXIT_USAGE;
        }
        if (start_vm(g, diags))
            return EXIT_USAGE;
    }
    if (o->npolicies) {
        ward_prog *g = push(p, "policies");
        if (!g)
            return EXIT_USAGE;
        int rc = ward_progs_compile(o, src, diags, &g->img);
        if (rc) {
            p->n--;
            return rc;
        }
        if (start_vm(g, diags))
            return EXIT_USAGE;
    }
    for (size_t i = 0; i < o->nbundles; i++) {
        ward_prog *g = push(p, o->bundles[i]);
        if (!g)
            return EXIT_USAGE;
        if (read_bundle(o->bundles[i], src, diags, &g->img) != 0) {
            p->n--;
            return EXIT_USAGE;
        }
        if (start_vm(g, diags))
            return EXIT_USAGE;
    }
    return 0;
}

void ward_progs_free(ward_progs *p)
{
    for (size_t i = 0; i < p->n; i++) {
        ward_vm_free(p->items[i].vm);
        ward_image_free(&p->items[i].img);
    }
    ward_free(p->items);
    memset(p, 0, sizeof *p);
}
