/* fuzz_yaml.c: arbitrary bytes -> YAML reader -> Azure ML detection.  Any
 * input ends in a document or one located error, never a crash or a leak. */
#include "readers/azureml/azureml.h"
#include "readers/yaml/yaml.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ward_sources src;
    ward_diags d;
    ward_sources_init(&src);
    ward_diags_init(&d);
    uint32_t id = ward_sources_add(&src, "fuzz.yml", (const char *)data, size);
    ward_doc doc;
    ward_doc_init(&doc, id);
    if (id != WARD_NO_FILE && ward_yaml_parse(&doc, &src, id, &d) == 0)
        (void)ward_azureml_detect(&doc);
    ward_doc_free(&doc);
    ward_diags_free(&d);
    ward_sources_free(&src);
    return 0;
}
