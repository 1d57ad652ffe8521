/* input_json.c: plain JSON resource lists (see input_json.h). */
#include "input_json.h"

#include <string.h>

static const char *str_field(ward_resource_set *set, const ward_node *obj, const char *key)
{
    const ward_node *n = ward_node_get(obj, key);
    if (!n || n->kind != WARD_N_STRING)
        return NULL;
    return ward_arena_strndup(&set->arena, n->u.str, n->len);
}

int ward_input_json_resources(const ward_doc *doc, ward_resource_set *set, ward_diags *diags)
{
    const ward_node *root = doc->root;
    if (!root || root->kind != WARD_N_ARRAY) {
        ward_diag_add(diags, WARD_D_DOC_SHAPE, root ? root->span : ward_span_make(doc->file, 0, 0),
                      "expected a list of resource objects");
        return -1;
    }
    size_t base = set->n;
    for (uint32_t i = 0; i < root->len; i++) {
        const ward_node *o = root->u.items[i];
        const char *type = o->kind == WARD_N_OBJECT ? str_field(set, o, "type") : NULL;
        if (!type) {
            ward_diag_add(diags, WARD_D_DOC_SHAPE, o->span, "resource %u has no \"type\" string", i);
            return -1;
        }
        ward_resource r;
        memset(&r, 0, sizeof r);
        r.family = WARD_FAM_JSON;
        const char *fam = str_field(set, o, "family");
        if (fam && ward_family_from_name(fam, &r.family) != 0) {
            ward_diag_add(diags, WARD_D_DOC_SHAPE, ward_node_get(o, "family")->span, "unknown family '%s'", fam);
            return -1;
        }
        r.type = type;
        r.name = str_field(set, o, "name");
        r.address = str_field(set, o, "address");
        if (!r.address)
            r.address = str_field(set, o, "id");
        if (!r.address)
            r.address = r.name;
        r.body = o;
        r.span = ward_span_make(o->span.file, o->span.start, o->span.start + 1);
        r.parent = -1;
        const ward_node *p = ward_node_get(o, "parent");
        if (p && p->kind == WARD_N_NUMBER && p->u.num >= 0 && p->u.num < root->len)
            r.parent = (int32_t)(base + (size_t)p->u.num);
        if (ward_resource_set_add(set, &r) < 0) {
            diags->oom = 1;
            return -1;
        }
    }
    return 0;
}
