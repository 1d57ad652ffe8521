/* fuzz_policy.c: policy source -> parse -> check -> compile -> verify ->
 * serialise -> load.  Any input must end in diagnostics or a bundle that
 * verifies, never a crash. */
#include "bytecode/format.h"
#include "bytecode/verify.h"
#include "compile/compile.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ward_sources src;
    ward_diags d;
    ward_sources_init(&src);
    ward_diags_init(&d);
    ward_compiler c;
    ward_compiler_init(&c, &src, &d);
    ward_compiler_add_text(&c, "fuzz.ward", (const char *)data, size);
    ward_image img;
    if (ward_compiler_finish(&c, &img) == 0) {
        char why[256];
        if (ward_verify(&img, why, sizeof why) != 0)
            abort();   /* the compiler emitted something the verifier rejects */
        uint8_t *buf;
        size_t len;
        if (ward_bundle_write(&img, &buf, &len) == 0) {
            ward_image back;
            if (ward_bundle_read(&back, buf, len, ward_span_none(), &d) != 0)
                abort();
            ward_image_free(&back);
            free(buf);
        }
        ward_image_free(&img);
    }
    ward_compiler_free(&c);
    ward_diags_free(&d);
    ward_sources_free(&src);
    return 0;
}
