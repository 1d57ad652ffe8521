/* bicep.h: the Bicep reader.
 *
 * Reads a .bicep file natively (no Bicep CLI): parses it with its own re2c
 * lexer and Lemon grammar, evaluates parameters (defaults, a .bicepparam file
 * beside it whose `using` names it, or opts->param_files), variables,
 * conditions, loops and local modules with the three-valued semantics of the
 * ARM evaluator (src/eval), and appends one ARM-shaped resource per deployed
 * resource instance (family WARD_FAM_ARM): the body has `type`, `apiVersion`,
 * `name` (the full name), and the declared properties, each node located at
 * the Bicep text it came from.  Modules add their resources with a chain
 * "main.bicep > modules/x.bicep".  See docs/bicep-reader.md. */
#ifndef WARD_BICEP_H
#define WARD_BICEP_H

#include "../reader.h"

/* Returns WARD_READ_OK, or WARD_READ_ERROR after adding located diagnostics
 * (syntax errors, unreadable modules).  Warnings (W406) do not make it fail. */
int ward_bicep_read(ward_resource_set *set, ward_sources *src, uint32_t file, const ward_read_opts *opts,
                    ward_diags *diags);

/* Whether `path` names a .bicepparam file (skipped by directory walks: such
 * files are read when their template is). */
int ward_bicep_is_param_file(const char *path);

#endif
