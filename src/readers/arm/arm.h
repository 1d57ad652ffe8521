/* arm.h: the ARM template reader.
 *
 * Turns a parsed ARM deployment template (a ward_doc from the located JSON
 * reader) into resources of family WARD_FAM_ARM.  Parameters come from the
 * template's defaults, from a parameter file paired by name (x.json with
 * x.parameters.json, template.json with parameters.json; azd ${VAR}
 * placeholders resolved) or from --parameters files; every string is
 * evaluated with the ARM expression evaluator (src/eval) and keeps the span
 * of the template property it came from, with the origin of its value
 * (parameter file line, parameter default, variable) as a related location.
 *
 * Supported: nested child resources, copy loops (resource, property,
 * variable and output copies), condition, languageVersion 2.0 symbolic
 * resources and `existing`, extension resources (`scope`), nested
 * deployments with inline templates (inner and outer evaluation scope) and
 * local templateLink.relativePath links, user-defined functions, outputs (as
 * synthetic resources of type WARD_ARM_OUTPUT_TYPE).  See docs/arm-reader.md. */
#ifndef WARD_ARM_H
#define WARD_ARM_H

#include "../../base/diag.h"
#include "../../base/source.h"
#include "../../doc/doc.h"
#include "../../doc/resource.h"
#include "../reader.h"

/* The type of the synthetic resource made for each template output: its
 * body is the evaluated output object ({"type": ..., "value": ...}), its name
 * "<deployment or file>/<output name>", its span the output's key. */
#define WARD_ARM_OUTPUT_TYPE "Microsoft.Resources/deployments/outputs"

/* Limits (docs/arm-reader.md). */
#define WARD_ARM_MAX_COPY 1000u           /* instances expanded per copy loop */
#define WARD_ARM_MAX_RESOURCES 20000u     /* resources per entry template */
#define WARD_ARM_MAX_NESTING 32           /* nested deployment levels */
#define WARD_ARM_WORK_BUDGET 20000000L    /* evaluation steps per entry template */

/* 1 = deployment template ($schema ...deploymentTemplate.json#, also
 * subscription/managementGroup/tenantDeploymentTemplate), 2 = parameter
 * file (deploymentParameters), 0 = other. */
int ward_arm_detect(const ward_doc *doc);

/* Reads a template whose parsed document is `doc` (ownership moves to the set
 * via ward_resource_set_adopt, also on error); appends resources (family
 * WARD_FAM_ARM).  Returns WARD_READ_OK or WARD_READ_ERROR (located
 * diagnostic).  Warnings (W406) never make it fail. */
int ward_arm_read(ward_resource_set *set, ward_doc *doc, ward_sources *src, const ward_read_opts *opts,
                  ward_diags *diags);

#endif
