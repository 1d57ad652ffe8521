/* builtin.h: the built-in library embedded at build time (see embed.c):
 * the compiled bundle of policies/ and the sources of stdlib/ modules, so
 * that ward works alone and users' policies can `import azure`. */
#ifndef WARD_BUILTIN_H
#define WARD_BUILTIN_H

#include "../compile/compile.h"

#include <stddef.h>

extern const unsigned char *const ward_builtin_bundle;
extern const size_t ward_builtin_bundle_len;
extern const ward_embedded_module ward_builtin_modules[];
extern const size_t ward_builtin_nmodules;

#endif
