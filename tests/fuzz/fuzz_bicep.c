/* fuzz_bicep.c: libFuzzer entry for the Bicep reader.
 *
 * Any byte string must give resources or located diagnostics, never a crash,
 * hang or leak.  Each input is read as a .bicep file and as a .bicepparam
 * file (different validation paths); every diagnostic span must lie inside
 * the file, and an error result must come with an error diagnostic. */
#include "base/diag.h"
#include "base/source.h"
#include "doc/resource.h"
#include "readers/bicep/bicep.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_one(const uint8_t *data, size_t size, const char *name)
{
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_resource_set_init(&set);
    uint32_t id = ward_sources_add(&src, name, (const char *)data, size);
    if (id == WARD_NO_FILE)
        abort();
    int rc = ward_bicep_read(&set, &src, id, NULL, &diags);
    if (rc != WARD_READ_OK && diags.errors == 0 && !diags.oom)
        abort();
    for (size_t i = 0; i < diags.n; i++) {
        ward_span s = diags.items[i].span;
        if (s.file == id && (s.start > s.end || s.end > size))
            abort();
    }
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_one(data, size, "/nonexistent-ward-fuzz/fuzz.bicep");
    check_one(data, size, "/nonexistent-ward-fuzz/fuzz.bicepparam");
    return 0;
}
