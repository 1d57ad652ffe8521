/* sha256.h: SHA-256 through OpenSSL's EVP interface (no hand-written crypto). */
#ifndef WARD_SHA256_H
#define WARD_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* Returns 0, or -1 if the library failed. */
int ward_sha256(const void *data, size_t len, uint8_t out[32]);
void ward_sha256_hex(const uint8_t digest[32], char out[65]);

#endif
