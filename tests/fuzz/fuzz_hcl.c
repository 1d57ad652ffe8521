/* fuzz_hcl.c: libFuzzer entry for the Terraform HCL reader.
 *
 * Any byte string must give resources or located diagnostics, never a
 * crash, hang or leak.  Each input is read as the only .tf file of a root
 * module whose directory does not exist (so local module sources and
 * tfvars resolve to nothing and the run touches no real files).  An error
 * result must come with an error diagnostic; every diagnostic span must lie
 * inside the input; every resource must have an object body located in it. */
#include "base/diag.h"
#include "base/source.h"
#include "doc/resource.h"
#include "readers/hcl/hcl.h"

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
    uint32_t id = ward_sources_add(&src, "main.tf", (const char *)data, size);
    if (id == WARD_NO_FILE)
        abort();
    int rc = ward_hcl_read_files(&set, &src, &id, 1, "/nonexistent-ward-fuzz", NULL, &diags);
    if (rc != WARD_READ_OK && diags.errors == 0 && !diags.oom)
        abort();
    for (size_t i = 0; i < diags.n; i++) {
        ward_span s = diags.items[i].span;
        if (s.file != WARD_NO_FILE && (s.file != id || s.start > s.end || s.end > size))
            abort();
    }
    for (size_t i = 0; i < set.n; i++) {
        const ward_resource *r = &set.items[i];
        if (!r->body || r->body->kind != WARD_N_OBJECT || r->span.file != id || r->span.end > size || !r->type ||
            !r->address)
            abort();
    }
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return 0;
}
