/* compile.c: the compiler driver: files and embedded modules -> image. */
#include "compile.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "../syntax/syntax.h"
#include "emit.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

void ward_compiler_init(ward_compiler *c, ward_sources *src, ward_diags *diags)
{
    memset(c, 0, sizeof *c);
    ward_program_init(&c->prog);
    c->src = src;
    c->diags = diags;
    c->errors_at_init = diags->errors;
}

void ward_compiler_free(ward_compiler *c)
{
    for (size_t i = 0; i < c->ndirs; i++)
        ward_free(c->dirs[i]);
    ward_free(c->dirs);
    ward_program_free(&c->prog);
    memset(c, 0, sizeof *c);
}

static char *dup_n(const char *s, size_t n)
{
    char *p = ward_malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

void ward_compiler_add_dir(ward_compiler *c, const char *dir)
{
    for (size_t i = 0; i < c->ndirs; i++)
        if (strcmp(c->dirs[i], dir) == 0)
            return;
    char *d = dup_n(dir, strlen(dir));
    if (!d || WARD_VEC_PUSH(c->dirs, c->ndirs, c->capdirs, d) != 0) {
        ward_free(d);
        c->diags->oom = 1;
    }
}

void ward_compiler_set_embedded(ward_compiler *c, const ward_embedded_module *mods, size_t n)
{
    c->embedded = mods;
    c->nembedded = n;
}

/* Module name: the file name without directory and ".ward". */
static void module_name(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 5 && strcmp(base + n - 5, ".ward") == 0)
        n -= 5;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, base, n);
    out[n] = 0;
}

static int add_module(ward_compiler *c, uint32_t file, const char *path, int builtin)
{
    ward_ast *items = ward_parse_policy(c->src, file, &c->prog.arena, c->diags);
    char name[256];
    module_name(path, name, sizeof name);
    if (ward_program_find_module(&c->prog, name)) {
        /* Two files with one stem: the second is still checked, under a
         * name no import can reach. */
        size_t n = strlen(name);
        snprintf(name + (n > 200 ? 200 : n), 56, "#%zu", c->nfiles);
    }
    c->nfiles++;
    return ward_program_add_module(&c->prog, name, file, items, builtin) ? 0 : -1;
}

int ward_compiler_add_file(ward_compiler *c, const char *path)
{
    uint32_t file = ward_sources_load(c->src, path);
    if (file == WARD_NO_FILE) {
        ward_diag_add(c->diags, WARD_D_IO_READ, ward_span_none(), "cannot read policy file '%s': %s", path,
                      strerror(errno));
        return -1;
    }
    const char *slash = strrchr(path, '/');
    if (slash) {
        char *dir = dup_n(path, (size_t)(slash - path));
        if (dir) {
            ward_compiler_add_dir(c, dir);
            ward_free(dir);
        }
    } else {
        ward_compiler_add_dir(c, ".");
    }
    return add_module(c, file, path, 0);
}

int ward_compiler_add_text(ward_compiler *c, const char *path, const char *text, size_t len)
{
    uint32_t file = ward_sources_add(c->src, path, text, len);
    if (file == WARD_NO_FILE) {
        c->diags->oom = 1;
        return -1;
    }
    return add_module(c, file, path, 1);
}

/* Import loader: search directories first, then embedded modules. */
static int load_import(void *ctx, ward_program *p, const char *name, ward_span where)
{
    ward_compiler *c = ctx;
    (void)p;
    (void)where;
    char path[4096];
    for (size_t i = 0; i < c->ndirs; i++) {
        snprintf(path, sizeof path, "%s/%s.ward", c->dirs[i], name);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
            return ward_compiler_add_file(c, path);
    }
    for (size_t i = 0; i < c->nembedded; i++) {
        if (strcmp(c->embedded[i].name, name) == 0) {
            snprintf(path, sizeof path, "<builtin>/stdlib/%s.ward", name);
            return ward_compiler_add_text(c, path, c->embedded[i].text, c->embedded[i].len);
        }
    }
    return -1;
}

int ward_compiler_finish(ward_compiler *c, ward_image *img)
{
    ward_image_init(img);
    /* Syntax errors were recorded while files were added: they count too. */
    size_t before = c->errors_at_init;
    ward_check_program(&c->prog, c->diags, load_import, c);
    if (c->diags->errors > before || c->diags->oom)
        return -1;
    if (ward_emit_program(&c->prog, c->src, c->diags, img) != 0 || c->diags->errors > before) {
        ward_image_free(img);
        return -1;
    }
    return 0;
}
