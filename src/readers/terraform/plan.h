/* plan.h: the Terraform plan JSON reader (`terraform show -json PLANFILE`).
 *
 * Turns an already-parsed plan document into resources of family
 * WARD_FAM_TERRAFORM, one per managed resource instance that the plan will
 * leave deployed:
 *
 *   - planned_values.root_module and its child_modules at any depth; each
 *     resource keeps its address (`module.ai.azurerm_cognitive_account.this["x"]`),
 *     type, name and module path (resource->chain = "module.ai", NULL in the
 *     root module); its body is its `values` object and its span the resource
 *     object in planned_values.
 *   - mode "data" resources are skipped: they are reads, not deployments, and
 *     share type names with managed resources.
 *   - resource_changes: a resource whose actions are only ["delete"] is not
 *     checked; no-op, create, update, replace and read are.
 *   - after_unknown: an attribute the configuration sets becomes an UNKNOWN
 *     node ("known after apply"); one it does not set is the provider's
 *     default and is removed (absent).
 *   - after_sensitive / sensitive_values: nodes get WARD_NF_SECRET.
 *   - azapi_*: a `body` that is a JSON string (azapi 1.x jsonencode) is
 *     decoded into an object placed at the string's span.
 *
 * A plan without planned_values is read from resource_changes[].change.after;
 * the JSON state view (`terraform show -json` of a state: top-level `values`)
 * is read like planned_values.  docs/terraform-plan-reader.md has the details. */
#ifndef WARD_TFPLAN_H
#define WARD_TFPLAN_H

#include "../reader.h"
#include "../../doc/doc.h"

/* 1 if doc is `terraform show -json` output: an object with a string
 * `format_version` and one of planned_values, resource_changes or
 * terraform_version. */
int ward_tfplan_detect(const ward_doc *doc);

/* Appends the plan's resources to set.  Ownership of doc (a ward_malloc'd
 * ward_doc whose root is parsed) moves to the set, also on error.  src must
 * hold doc's file (an azapi body decoded from a string is added to it as a
 * new file).  opts may be NULL.  Returns WARD_READ_OK, or WARD_READ_ERROR
 * with located diagnostics (the resources read before and after a bad one
 * are still appended). */
int ward_tfplan_read(ward_resource_set *set, ward_doc *doc, ward_sources *src, const ward_read_opts *opts,
                     ward_diags *diags);

#endif
