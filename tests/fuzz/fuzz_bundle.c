/* fuzz_bundle.c: arbitrary bytes -> bundle loader (digest check skipped so
 * the parser and verifier see the damage) -> VM over a fixed resource list.
 * Loads either fail with a diagnostic or run without a crash. */
#include "bytecode/format.h"
#include "cli/input_json.h"
#include "readers/json/json.h"
#include "vm/vm.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *INPUT =
    "[{\"type\":\"acct\",\"name\":\"a\",\"kind\":\"OpenAI\",\"properties\":{\"x\":[1,2,{\"y\":\"z\"}]}},"
    " {\"type\":\"acct/child\",\"name\":\"a/c\",\"parent\":0}]";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ward_diags d;
    ward_diags_init(&d);
    ward_image img;
    if (ward_bundle_read_ex(&img, data, size, ward_span_none(), &d, WARD_BUNDLE_NO_DIGEST) == 0) {
        ward_sources src;
        ward_sources_init(&src);
        uint32_t id = ward_sources_add(&src, "in.json", INPUT, strlen(INPUT));
        ward_doc doc;
        ward_doc_init(&doc, id);
        ward_resource_set set;
        ward_resource_set_init(&set);
        ward_findings f;
        ward_findings_init(&f);
        ward_vm_options opt = {20000, 1 << 20};
        ward_vm *vm = ward_vm_new(&img, &opt);
        if (vm && ward_json_parse(&doc, &src, id, NULL, &d) == 0 && ward_input_json_resources(&doc, &set, &d) == 0)
            ward_vm_run(vm, &set, &f);
        ward_vm_free(vm);
        ward_findings_free(&f);
        ward_resource_set_free(&set);
        ward_doc_free(&doc);
        ward_sources_free(&src);
        ward_image_free(&img);
    }
    ward_diags_free(&d);
    return 0;
}
