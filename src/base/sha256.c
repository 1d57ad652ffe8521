/* sha256.c: SHA-256 through OpenSSL's libcrypto (no hand-written crypto).
 *
 * The one-shot SHA256() call rather than EVP: the digest is computed on
 * every start (the embedded library is checked before use), and EVP's
 * provider initialisation costs more instructions than the hash itself and
 * than the whole check of a typical template (docs/performance.md).  The
 * low-level interface is deprecated in OpenSSL 3 but runs the same
 * assembly; the deprecation is acknowledged here, in this one file. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include "sha256.h"

#include <openssl/sha.h>

int ward_sha256(const void *data, size_t len, uint8_t out[32])
{
    SHA256_CTX c;
    if (!SHA256_Init(&c) || !SHA256_Update(&c, data, len) || !SHA256_Final(out, &c))
        return -1;
    return 0;
}

void ward_sha256_hex(const uint8_t d[32], char out[65])
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[64] = 0;
}
