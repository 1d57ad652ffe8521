/* inputs.c: directory walking, family detection and reader dispatch. */
#include "inputs.h"
#include "../base/alloc.h"
#include "../base/vec.h"
#include "../readers/arm/arm.h"
#include "../readers/bicep/bicep.h"
#include "../readers/hcl/hcl.h"
#include "../readers/json/json.h"
#include "../readers/terraform/plan.h"
#include "../readers/azureml/azureml.h"
#include "../readers/yaml/yaml.h"
#include "input_json.h"

#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *p = ward_malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    return p;
}

static int add_file(ward_input_list *l, const char *path, int explicit_file)
{
    ward_input_file f = {dup_str(path), explicit_file};
    if (!f.path || WARD_VEC_PUSH(l->items, l->n, l->cap, f) != 0) {
        ward_free(f.path);
        return -1;
    }
    return 0;
}

static int skip_dir(const char *name)
{
    return name[0] == '.' || strcmp(name, "node_modules") == 0;   /* .git, .terraform, hidden folders */
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void walk(ward_input_list *l, const char *dir, int depth)
{
    if (depth > 64)
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (skip_dir(e->d_name))
            continue;
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *full = ward_malloc(len);
        if (!full || WARD_VEC_PUSH(names, n, cap, full) != 0) {
            ward_free(full);
            break;
        }
        snprintf(full, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (lstat(names[i], &st) == 0) {
            if (S_ISDIR(st.st_mode))
                walk(l, names[i], depth + 1);
            else if (S_ISREG(st.st_mode))
                add_file(l, names[i], 0);
        }
        ward_free(names[i]);
    }
    ward_free(names);
}

/* Length of the directory part of path ("" for a bare name). */
static size_t dir_len(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) : 0;
}

static int same_dir(const char *a, const char *b)
{
    size_t n = dir_len(a);
    return n == dir_len(b) && strncmp(a, b, n) == 0;
}

/* Terraform reads a directory as one module, so every .tf and .tfvars file
 * of a directory stands for the same input: keep the first one listed (it
 * reads the whole module, whichever of its files it is) and drop the
 * others.  Sorting the Terraform entries by directory, then by position,
 * finds each directory's first entry in O(n log n). */
typedef struct tf_entry {
    const char *path;
    size_t index;
} tf_entry;

static int cmp_module(const void *pa, const void *pb)
{
    const tf_entry *a = pa, *b = pb;
    size_t na = dir_len(a->path), nb = dir_len(b->path);
    int c = strncmp(a->path, b->path, na < nb ? na : nb);
    if (c == 0 && na != nb)
        c = na < nb ? -1 : 1;
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

static void one_entry_per_module(ward_input_list *l)
{
    tf_entry *tf = ward_malloc((l->n ? l->n : 1) * sizeof *tf);
    size_t ntf = 0;
    if (!tf)
        return;   /* out of memory: each file still reads its module, only more than once */
    for (size_t i = 0; i < l->n; i++)
        if (ward_hcl_is_tf(l->items[i].path))
            tf[ntf++] = (tf_entry){l->items[i].path, i};
    qsort(tf, ntf, sizeof *tf, cmp_module);
    for (size_t k = 1, first = 0; k < ntf; k++) {
        if (!same_dir(tf[k].path, tf[first].path)) {
            first = k;
            continue;
        }
        ward_free(l->items[tf[k].index].path);
        l->items[tf[k].index].path = NULL;
    }
    ward_free(tf);
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].path)
            l->items[kept++] = l->items[i];
    l->n = kept;
}

int ward_inputs_collect(ward_input_list *out, const char *const *paths, size_t npaths, ward_diags *diags)
{
    memset(out, 0, sizeof *out);
    int rc = 0;
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) {
            ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", paths[i], strerror(errno));
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            walk(out, paths[i], 0);
        } else {
            add_file(out, paths[i], 1);
        }
    }
    one_entry_per_module(out);
    return rc;
}

void ward_inputs_free(ward_input_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        ward_free(l->items[i].path);
    ward_free(l->items);
    memset(l, 0, sizeof *l);
}

static int has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static int not_template(const ward_input_file *f, ward_diags *diags, uint32_t file, const char *what)
{
    if (!f->explicit_file)
        return 0;
    ward_diag_add(diags, WARD_D_DOC_SHAPE, ward_span_make(file, 0, 0), "%s", what);
    return -1;
}

/* A JSON list of resources starts with an object that has a "type" string;
 * a list named on the command line is checked whole (and its errors reported). */
static int looks_like_resource_list(const ward_node *root)
{
    const ward_node *first = root->len ? root->u.items[0] : NULL;
    const ward_node *type = first && first->kind == WARD_N_OBJECT ? ward_node_get(first, "type") : NULL;
    return type && type->kind == WARD_N_STRING;
}

static int read_json(ward_sources *src, const ward_input_file *f, uint32_t id, const ward_read_opts *opts,
                     ward_resource_set *set, ward_diags *diags)
{
    ward_doc *doc = ward_malloc(sizeof *doc);
    if (!doc)
        return -1;
    ward_doc_init(doc, id);
    ward_json_opts jo = {1, 0};
    if (ward_json_parse(doc, src, id, &jo, diags) != 0) {
        ward_doc_free(doc);
        ward_free(doc);
        /* A file found by a walk is still reported: a malformed .json may be a broken template. */
        return -1;
    }
    const ward_node *root = doc->root;
    int rc;
    if (root->kind == WARD_N_ARRAY && !f->explicit_file && !looks_like_resource_list(root)) {
        rc = 0;   /* a walked JSON array of other things (test data, word lists): not ours */
    } else if (root->kind == WARD_N_ARRAY) {
        rc = ward_input_json_resources(doc, set, diags) == 0 ? 1 : -1;
    } else if (ward_arm_detect(doc) == 1) {
        /* The reader owns the doc from here on, also on error. */
        return ward_arm_read(set, doc, src, opts, diags) == WARD_READ_OK ? 1 : -1;
    } else if (ward_arm_detect(doc) == 2) {
        rc = 0;   /* a parameter file: read with the template it belongs to */
    } else if (ward_tfplan_detect(doc)) {
        /* The reader owns the doc from here on, also on error. */
        return ward_tfplan_read(set, doc, src, NULL, diags) == WARD_READ_OK ? 1 : -1;
    } else {
        rc = not_template(f, diags, id,
                          "not a recognised template (expected an ARM template, a Terraform plan or a JSON "
                          "list of resources)");
    }
    if (ward_resource_set_adopt(set, doc) != 0)
        return -1;
    return rc;
}

/* YAML files: Azure ML specs are read; other YAML (CI workflows, ward's own
 * configuration) is skipped unless named on the command line. */
static int read_yaml(ward_sources *src, const ward_input_file *f, ward_resource_set *set, ward_diags *diags)
{
    const char *base = strrchr(f->path, '/');
    base = base ? base + 1 : f->path;
    if (!f->explicit_file && (!strcmp(base, ".ward.yaml") || !strcmp(base, ".pre-commit-hooks.yaml")))
        return 0;
    uint32_t id = ward_sources_load(src, f->path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", f->path, strerror(errno));
        return -1;
    }
    ward_doc *doc = ward_malloc(sizeof *doc);
    if (!doc)
        return -1;
    ward_doc_init(doc, id);
    ward_diags local;   /* a walked YAML file that does not parse is not ours to judge */
    ward_diags_init(&local);
    int ok = ward_yaml_parse(doc, src, id, &local) == 0;
    const char *type = ok ? ward_azureml_detect(doc) : NULL;
    if (type) {
        ward_diags_free(&local);
        return ward_azureml_read(set, doc, type, diags) == WARD_READ_OK ? 1 : -1;
    }
    ward_doc_free(doc);
    ward_free(doc);
    if (f->explicit_file && !ok) {
        ward_diags_move(diags, &local);
        return -1;
    }
    ward_diags_free(&local);
    return not_template(f, diags, id, "not a recognised template (expected an Azure ML spec with a $schema)");
}

int ward_input_read(ward_sources *src, const ward_input_file *f, const ward_read_opts *opts, ward_resource_set *set,
                    ward_diags *diags)
{
    (void)opts;
    if (has_suffix(f->path, ".yml") || has_suffix(f->path, ".yaml"))
        return read_yaml(src, f, set, diags);
    if (ward_hcl_is_tf(f->path))
        /* A .tf or .tfvars file stands for its whole module (one input per directory). */
        return ward_hcl_read_file(set, src, f->path, opts, diags);
    if (has_suffix(f->path, ".bicep") || (f->explicit_file && ward_bicep_is_param_file(f->path))) {
        /* A walked .bicepparam is read with the template its `using` names. */
        uint32_t bid = ward_sources_load(src, f->path);
        if (bid == WARD_NO_FILE) {
            ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", f->path, strerror(errno));
            return -1;
        }
        return ward_bicep_read(set, src, bid, opts, diags) == WARD_READ_OK ? 1 : -1;
    }
    if (!has_suffix(f->path, ".json")) {
        if (!f->explicit_file)
            return 0;
        ward_diag_add(diags, WARD_D_DOC_UNSUPPORTED, ward_span_none(), "'%s': unsupported file type", f->path);
        return -1;
    }
    uint32_t id = ward_sources_load(src, f->path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "cannot read '%s': %s", f->path, strerror(errno));
        return -1;
    }
    return read_json(src, f, id, opts, set, diags);
}
