/* hcl.h: the Terraform HCL reader (.tf and .tfvars, native syntax).
 *
 * Reads a Terraform module directory natively (no terraform binary): every
 * *.tf file of the directory forms one module, parsed by its own re2c lexer
 * and Lemon grammar, then evaluated with Terraform's semantics as far as
 * they can be decided before deployment: variables (defaults, then
 * terraform.tfvars, *.auto.tfvars and opts->param_files that end in
 * .tfvars, each value keeping its origin), locals, count / for_each,
 * dynamic blocks, local modules (`source = "./path"`) with their inputs,
 * and outputs.  Each `resource` block instance becomes a resource of family
 * WARD_FAM_TERRAFORM shaped as in a plan's `values` (nested blocks are
 * lists of objects), so one rule serves plans and HCL; its address is
 * `type.name`, `type.name[0]`, `type.name["k"]`, prefixed by
 * `module.<call>.` in modules.  Outputs become resources of type
 * "terraform_output" with a body {value, sensitive}.  See docs/hcl-reader.md. */
#ifndef WARD_HCL_H
#define WARD_HCL_H

#include "../reader.h"

/* Reads the module in `dir`.  Returns WARD_READ_OK, or WARD_READ_ERROR after
 * adding located diagnostics (a file with a syntax error is skipped; the
 * other files of the module are still read).  Notes (W406: registry
 * modules, missing local modules) do not make it fail. */
int ward_hcl_read_dir(ward_resource_set *set, ward_sources *src, const char *dir, const ward_read_opts *opts,
                      ward_diags *diags);

/* The same for files already in `src` (tests, fuzzing, editors): `files`
 * form the root module, whose directory `dir` locates its tfvars and local
 * modules. */
int ward_hcl_read_files(ward_resource_set *set, ward_sources *src, const uint32_t *files, size_t n, const char *dir,
                        const ward_read_opts *opts, ward_diags *diags);

/* 1 if path names a .tf file, 2 for a .tfvars file, else 0. */
int ward_hcl_is_tf(const char *path);

/* For the CLI's file-by-file dispatch: reads the module of the directory
 * holding the .tf or .tfvars file `path` (the CLI keeps one such file per
 * directory, so each module is read once).  Returns 1 (read), 0 (not a
 * Terraform file) or -1 (error diagnostics). */
int ward_hcl_read_file(ward_resource_set *set, ward_sources *src, const char *path, const ward_read_opts *opts,
                       ward_diags *diags);

#endif
