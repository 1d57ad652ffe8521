/* azureml.c: Azure ML YAML specs -> resources (see azureml.h). */
#include "azureml.h"
#include "../../base/alloc.h"

#include <string.h>

/* "https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json" -> "managedOnlineEndpoint" */
static const char *type_from_schema(ward_doc *doc, const ward_node *schema)
{
    if (!schema || schema->kind != WARD_N_STRING)
        return NULL;
    const char *s = schema->u.str, *end = s + schema->len;
    int found = 0;   /* memmem is a GNU extension: search by hand */
    for (const char *p = s; p + 7 <= end && !found; p++)
        found = memcmp(p, "azureml", 7) == 0;
    if (!found)
        return NULL;
    const char *slash = s;
    for (const char *p = s; p < end; p++)
        if (*p == '/')
            slash = p + 1;
    const char *dot = memchr(slash, '.', (size_t)(end - slash));
    size_t n = (size_t)((dot ? dot : end) - slash);
    return n ? ward_arena_strndup(&doc->arena, slash, n) : NULL;
}

/* Shapes seen without `$schema` in real repositories. */
static const char *type_from_keys(const ward_node *root)
{
    if (ward_node_get(root, "managed_network") || ward_node_get(root, "hbi_workspace") ||
        ward_node_get(root, "customer_managed_key"))
        return "workspace";
    if (ward_node_get(root, "replication_locations"))
        return "registry";
    if (ward_node_get(root, "target") && ward_node_get(root, "credentials") && ward_node_get(root, "type"))
        return "workspaceConnection";
    return NULL;
}

const char *ward_azureml_detect(ward_doc *doc)
{
    const ward_node *root = doc->root;
    if (!root || root->kind != WARD_N_OBJECT)
        return NULL;
    const char *t = type_from_schema(doc, ward_node_get(root, "$schema"));
    return t ? t : type_from_keys(root);
}

int ward_azureml_read(ward_resource_set *set, ward_doc *doc, const char *type, ward_diags *diags)
{
    const ward_node *root = doc->root;
    ward_resource r;
    memset(&r, 0, sizeof r);
    r.family = WARD_FAM_AZUREML;
    r.type = ward_arena_strdup(&set->arena, type);
    const ward_node *name = ward_node_get(root, "name");
    r.name = name && name->kind == WARD_N_STRING ? ward_arena_strndup(&set->arena, name->u.str, name->len) : NULL;
    r.address = r.name;
    r.body = root;
    /* The spec's first line: where a finding on the whole spec points. */
    r.span = root->len ? ward_span_make(root->span.file, root->u.members[0].kstart, root->u.members[0].kstart + 1)
                       : root->span;
    r.parent = -1;
    if (!r.type || ward_resource_set_add(set, &r) < 0 || ward_resource_set_adopt(set, doc) != 0) {
        diags->oom = 1;
        return WARD_READ_ERROR;
    }
    return WARD_READ_OK;
}
