/* format.h: the .wardb file format (see docs/bundle-format.md).
 *
 * Little-endian throughout.  Header: magic "WARDB\0\r\n", u16 version, u16
 * reserved, u32 endianness probe, u8 sizeof(double), 3 reserved bytes, u32
 * section count, then a table of (u32 tag, u32 offset, u32 size).  The file
 * ends with the SHA-256 of every byte before it. */
#ifndef WARD_FORMAT_H
#define WARD_FORMAT_H

#include "../base/diag.h"
#include "image.h"

#include <stddef.h>
#include <stdint.h>

#define WARD_BUNDLE_VERSION 1

/* Serialises img into a malloc'd buffer (*out, *len) and stores the digest
 * in img->digest.  Returns 0 or -1 (out of memory). */
int ward_bundle_write(ward_image *img, uint8_t **out, size_t *len);

/* Parses and then verifies a bundle.  On failure returns -1 with a
 * diagnostic (E301..E304) whose span is `where` (the bundle file). */
int ward_bundle_read(ward_image *img, const uint8_t *data, size_t len, ward_span where, ward_diags *diags);

/* WARD_BUNDLE_NO_DIGEST skips recomputing the digest (the stored one is
 * kept): for bytes that cannot have changed since they were hashed (the
 * library embedded in the executable at build time), and for tests and
 * fuzzing, so that corrupted content reaches the parser and the verifier.
 * The verifier runs either way. */
enum { WARD_BUNDLE_NO_DIGEST = 1 };
int ward_bundle_read_ex(ward_image *img, const uint8_t *data, size_t len, ward_span where, ward_diags *diags,
                        unsigned flags);

#endif
