/* fuzz_arm.c: libFuzzer entry for the ARM template reader.
 *
 * The bytes are parsed as JSON (with comments, as for templates); any object
 * is handed to ward_arm_read whatever its $schema, so that every construct
 * (copies, conditions, nested deployments, parameters, outputs) is reached.
 * The reader must return OK or ERROR with at least one error, every
 * diagnostic and every resource must be located, and nothing may crash, hang
 * or leak.  Links by relativePath resolve against the working directory,
 * where a linked file is usually absent: that path (a located note) is
 * exercised too. */
#include "base/alloc.h"
#include "base/diag.h"
#include "base/source.h"
#include "doc/resource.h"
#include "readers/arm/arm.h"
#include "readers/json/json.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_resource_set_init(&set);
    uint32_t id = ward_sources_add(&src, "fuzz-arm.json", (const char *)data, size);
    if (id == WARD_NO_FILE)
        abort();
    ward_doc *doc = ward_malloc(sizeof *doc);
    if (!doc)
        abort();
    ward_doc_init(doc, id);
    ward_json_opts jo = {1, 64};
    if (ward_json_parse(doc, &src, id, &jo, &diags) != 0 || doc->root->kind != WARD_N_OBJECT) {
        ward_doc_free(doc);
        ward_free(doc);
    } else {
        (void)ward_arm_detect(doc);
        ward_read_opts opts = {NULL, 0, 1};
        size_t before = diags.errors;
        int rc = ward_arm_read(&set, doc, &src, &opts, &diags);
        if (rc != WARD_READ_OK && (rc != WARD_READ_ERROR || diags.errors == before))
            abort();
        for (size_t i = 0; i < diags.n; i++)
            if (diags.items[i].span.file != WARD_NO_FILE &&
                diags.items[i].span.end > ward_sources_get(&src, diags.items[i].span.file)->len)
                abort();
        for (size_t i = 0; i < set.n; i++)
            if (!set.items[i].body || !set.items[i].type || !set.items[i].name ||
                !ward_span_valid(set.items[i].span) || set.items[i].parent >= (int32_t)set.n)
                abort();
    }
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return 0;
}
