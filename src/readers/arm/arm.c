/* arm.c: entry points of the ARM template reader (arm.h).
 *
 * Detection looks at `$schema` only (a template without one is still taken
 * when it has both "contentVersion" and "resources", as hand-written ones
 * often do).  Reading builds the entry scope, applies the parameter files,
 * and walks the template (arm_res.c); nested deployments recurse from there
 * under the reader's limits. */
#include "armint.h"
#include "../../base/alloc.h"

#include <string.h>
#include <strings.h>

static bool contains_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            return true;
    return false;
}

int ward_arm_detect(const ward_doc *doc)
{
    const ward_node *root = doc ? doc->root : NULL;
    if (!root || root->kind != WARD_N_OBJECT)
        return 0;
    const ward_node *schema = ward_node_get(root, "$schema");
    if (schema && schema->kind == WARD_N_STRING) {
        /* Also matches subscription-, managementGroup- and tenantDeploymentTemplate.json. */
        if (contains_ci(schema->u.str, schema->len, "deploymentTemplate.json"))
            return 1;
        if (contains_ci(schema->u.str, schema->len, "deploymentParameters.json"))
            return 2;
        return 0;
    }
    return ward_node_get(root, "contentVersion") && ward_node_get(root, "resources") ? 1 : 0;
}

static const char *entry_name(ward_arena *a, const ward_sources *src, uint32_t file)
{
    const ward_source *f = ward_sources_get(src, file);
    if (!f)
        return "template";
    const char *slash = strrchr(f->path, '/');
    return ward_arena_strdup(a, slash ? slash + 1 : f->path);
}

static int read_root(arm_reader *r, const ward_doc *doc)
{
    const ward_node *root = doc->root;
    ward_span head = ward_span_make(doc->file, root ? root->span.start : 0, root ? root->span.start + 1 : 0);
    if (!root || root->kind != WARD_N_OBJECT) {
        ward_diag_add(r->diags, WARD_D_DOC_SHAPE, head, "an ARM template must be a JSON object");
        return WARD_READ_ERROR;
    }
    const ward_node *res = ward_node_get(root, "resources");
    if (res && res->kind != WARD_N_ARRAY && res->kind != WARD_N_OBJECT) {
        ward_diag_add(r->diags, WARD_D_DOC_SHAPE, res->span,
                      "\"resources\" must be an array (or an object of symbolic names in languageVersion 2.0)");
        return WARD_READ_ERROR;
    }
    arm_scope *scope = arm_scope_new(r, root, NULL);
    if (!scope || !r->entry_name) {
        ward_diag_add(r->diags, WARD_D_NO_MEMORY, head, "out of memory reading the template");
        return WARD_READ_ERROR;
    }
    const ward_source *f = ward_sources_get(r->src, doc->file);
    arm_params_apply(r, scope, f ? f->path : NULL);
    arm_site site = {scope, root, NULL, 0, -1, NULL, 0};
    arm_read_template(r, &site);
    if (r->uri_links && r->opts && r->opts->explicit_file)
        arm_warn(r, r->first_uri, "%zu deployment%s link%s a template by URI; ward cannot read %s, so %s resources are not checked",
                 r->uri_links, r->uri_links == 1 ? "" : "s", r->uri_links == 1 ? "s" : "",
                 r->uri_links == 1 ? "it" : "them", r->uri_links == 1 ? "its" : "their");
    if (r->diags->oom) {
        ward_diag_add(r->diags, WARD_D_NO_MEMORY, head, "out of memory reading the template");
        return WARD_READ_ERROR;
    }
    return WARD_READ_OK;
}

int ward_arm_read(ward_resource_set *set, ward_doc *doc, ward_sources *src, const ward_read_opts *opts,
                  ward_diags *diags)
{
    uint32_t file = doc->file;
    if (ward_resource_set_adopt(set, doc) != 0) {
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory reading the template");
        return WARD_READ_ERROR;
    }
    arm_reader r;
    memset(&r, 0, sizeof r);
    r.set = set;
    r.arena = &set->arena;
    r.src = src;
    r.opts = opts;
    r.diags = diags;
    r.entry_name = entry_name(r.arena, src, file);
    int rc = read_root(&r, doc);
    ward_free(r.links);
    return rc;
}
