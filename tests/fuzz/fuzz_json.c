/* fuzz_json.c: libFuzzer entry for the located JSON reader.
 *
 * Any byte string must give either a tree or exactly one located error,
 * never a crash, hang or leak.  Each input is read twice, with and without
 * comments, since the two modes take different scanner paths. */
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "readers/json/json.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_one(const uint8_t *data, size_t size, int comments)
{
    ward_sources src;
    ward_diags diags;
    ward_doc doc;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    uint32_t id = ward_sources_add(&src, "fuzz.json", (const char *)data, size);
    if (id == WARD_NO_FILE)
        abort();
    ward_doc_init(&doc, id);
    /* A small depth limit as well, so both sides of it are exercised. */
    ward_json_opts opts = {comments, comments ? 0 : 64};
    int rc = ward_json_parse(&doc, &src, id, &opts, &diags);
    const ward_source *f = ward_sources_get(&src, id);
    if (rc == 0 && (!doc.root || diags.n != 0 || doc.root->span.end > f->len))
        abort();
    if (rc != 0 && (doc.root || diags.n != 1 || diags.items[0].span.end > f->len ||
                    diags.items[0].span.start > diags.items[0].span.end))
        abort();
    ward_doc_free(&doc);
    ward_diags_free(&diags);
    ward_sources_free(&src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_one(data, size, 0);
    check_one(data, size, 1);
    return 0;
}
