/* builtin_none.c: the empty built-in library linked into ward_boot, the
 * stage-one compiler that builds the real one. */
#include "builtin.h"

const unsigned char *const ward_builtin_bundle = NULL;
const size_t ward_builtin_bundle_len = 0;
const ward_embedded_module ward_builtin_modules[] = {{NULL, NULL, 0}};
const size_t ward_builtin_nmodules = 0;
