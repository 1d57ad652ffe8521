/* fuzz_tfplan.c: libFuzzer entry for the Terraform plan reader.
 *
 * Bytes that parse as JSON go to the plan reader whether or not they look
 * like a plan, so that every shape check is reached.  The reader must
 * return OK with no error, or an error with at least one; every diagnostic
 * must be located inside its file; every resource must have an object body
 * and a span in the plan.  Never a crash, hang or leak. */
#include "base/alloc.h"
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "doc/resource.h"
#include "readers/json/json.h"
#include "readers/terraform/plan.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_diags(const ward_sources *src, const ward_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        ward_span s = d->items[i].span;
        const ward_source *f = ward_sources_get(src, s.file);
        if (!f || s.start > s.end || s.end > f->len)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_resource_set_init(&set);
    uint32_t id = ward_sources_add(&src, "fuzz.json", (const char *)data, size);
    ward_doc *doc = id == WARD_NO_FILE ? NULL : ward_malloc(sizeof *doc);
    if (!doc)
        abort();
    ward_doc_init(doc, id);
    if (ward_json_parse(doc, &src, id, NULL, &diags) != 0) {
        ward_doc_free(doc);
        ward_free(doc);
    } else {
        (void)ward_tfplan_detect(doc);
        int rc = ward_tfplan_read(&set, doc, &src, NULL, &diags);
        if ((rc == WARD_READ_OK) != (diags.errors == 0))
            abort();
        check_diags(&src, &diags);
        const ward_source *f = ward_sources_get(&src, id);
        for (size_t i = 0; i < set.n; i++) {
            const ward_resource *r = &set.items[i];
            if (!r->body || r->body->kind != WARD_N_OBJECT || r->span.file != id || r->span.end > f->len ||
                !r->type || !r->name || !r->address)
                abort();
        }
    }
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return 0;
}
