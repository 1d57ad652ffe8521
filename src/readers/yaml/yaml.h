/* yaml.h: YAML -> ward_doc, with a span for every value and every key.
 *
 * Uses libyaml's event API.  Plain scalars are typed as YAML 1.2's core
 * schema does (null, booleans, integers, floats); quoted scalars are strings.
 * Aliases share the anchored node.  Only the first document of a stream is
 * read.  Used for Azure ML CLI specs and ward's own .ward.yaml. */
#ifndef WARD_YAML_H
#define WARD_YAML_H

#include "../../base/diag.h"
#include "../../base/source.h"
#include "../../doc/doc.h"

/* Returns 0 (doc->root set; an empty file gives a null root), or -1 with one
 * located diagnostic (E401). */
int ward_yaml_parse(ward_doc *doc, ward_sources *src, uint32_t file, ward_diags *diags);

#endif
