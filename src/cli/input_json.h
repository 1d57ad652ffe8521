/* input_json.h: the plain-JSON test vehicle: a file whose top level is a
 * list of resource objects, each with "type" and optionally "family" (arm,
 * terraform, azureml, json; default json), "name", "address"/"id",
 * "parent" (index into the list).  The object itself is the body rules see. */
#ifndef WARD_INPUT_JSON_H
#define WARD_INPUT_JSON_H

#include "../base/diag.h"
#include "../doc/resource.h"

/* Appends the resources of doc to set; returns 0, or -1 with a located
 * diagnostic when the shape is wrong. */
int ward_input_json_resources(const ward_doc *doc, ward_resource_set *set, ward_diags *diags);

#endif
