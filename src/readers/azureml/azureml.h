/* azureml.h: Azure Machine Learning CLI v2 YAML specs (endpoints,
 * deployments, computes, workspaces, connections, registries) as resources
 * of family azureml.  The type is the spec's schema name, e.g.
 * "managedOnlineEndpoint", taken from `$schema`; a few shapes without
 * `$schema` are recognised by keys only they have (docs/azureml-reader.md). */
#ifndef WARD_AZUREML_H
#define WARD_AZUREML_H

#include "../reader.h"

/* The spec type of a parsed YAML document, or NULL if it is not an Azure ML
 * spec.  The returned string is static or lives in doc's arena. */
const char *ward_azureml_detect(ward_doc *doc);
/* Appends the document as one resource; doc ownership moves to the set. */
int ward_azureml_read(ward_resource_set *set, ward_doc *doc, const char *type, ward_diags *diags);

#endif
