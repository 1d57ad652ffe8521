/* sha256.c: digest of bundle contents via OpenSSL EVP. */
#include "sha256.h"

#include <openssl/evp.h>
#include <stdio.h>

int ward_sha256(const void *data, size_t len, uint8_t out[32])
{
    unsigned int n = 0;
    if (!EVP_Digest(data, len, out, &n, EVP_sha256(), NULL) || n != 32)
        return -1;
    return 0;
}

void ward_sha256_hex(const uint8_t d[32], char out[65])
{
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}
