/* hash.c: ARM's deterministic name functions, uniqueString() and guid().
 *
 * uniqueString: the inputs joined with '-' (UTF-8) are hashed with the
 * 64-bit MurmurHash variant used by Azure Resource Manager (two 32-bit lanes
 * over 8-byte blocks with its own constants and a fmix32 finish per lane),
 * and the top 65 bits of the hash, 5 at a time, index the RFC 4648 base32
 * alphabet in lower case: 13 characters.  guid: an RFC 4122 version 5 UUID
 * (SHA-1) of the joined inputs in the namespace
 * 11fb06fb-712d-4ddd-98c7-e71bbd588830.  docs/arm-expressions.md lists the
 * public sources and the test vectors (tests/unit/check_eval.c) that pin
 * both down.  SHA-1 comes from OpenSSL: no hand-written crypto. */
#include "evalint.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static uint32_t fmix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

/* Little-endian load of up to 4 bytes. */
static uint32_t load_le(const unsigned char *p, size_t n)
{
    uint32_t v = 0;
    for (size_t i = 0; i < n && i < 4; i++)
        v |= (uint32_t)p[i] << (8 * i);
    return v;
}

/* The two lanes take different multipliers and rotations. */
static uint32_t mix_k1(uint32_t k) { return rotl32(k * 0x239b961bu, 15) * 0xab0e9789u; }
static uint32_t mix_k2(uint32_t k) { return rotl32(k * 0xab0e9789u, 17) * 0x239b961bu; }

static uint64_t arm_murmur64(const unsigned char *p, size_t len)
{
    uint32_t h1 = 0, h2 = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        h1 = rotl32(h1 ^ mix_k1(load_le(p + i, 4)), 19) + h2;
        h1 = h1 * 5 + 0x561ccd1bu;
        h2 = rotl32(h2 ^ mix_k2(load_le(p + i + 4, 4)), 13) + h1;
        h2 = h2 * 5 + 0x0bcaa747u;
    }
    size_t rem = len - i;
    if (rem > 0) {
        h1 ^= mix_k1(load_le(p + i, rem));
        if (rem > 4)
            h2 ^= mix_k2(load_le(p + i + 4, rem - 4));
    }
    h2 ^= (uint32_t)len;
    h1 ^= (uint32_t)len;
    h1 += h2;
    h2 += h1;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h1 += h2;
    h2 += h1;
    return ((uint64_t)h2 << 32) | h1;
}

/* parts joined with '-' into a memory writer. */
static int join(ward_writer *w, const char *const *parts, const size_t *lens, size_t n)
{
    ward_writer_mem(w);
    for (size_t i = 0; i < n; i++) {
        if (i)
            ward_putc(w, '-');
        ward_write(w, parts[i], lens[i]);
    }
    return w->failed ? -1 : 0;
}

int ward_eval_unique_string(const char *const *parts, const size_t *lens, size_t n, char out[14])
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    ward_writer w;
    if (join(&w, parts, lens, n) < 0) {
        ward_writer_free(&w);
        return -1;
    }
    uint64_t h = arm_murmur64((const unsigned char *)(w.buf ? w.buf : ""), w.len);
    ward_writer_free(&w);
    for (int i = 0; i < 13; i++) {
        out[i] = alphabet[(h >> 59) & 31];
        h <<= 5;
    }
    out[13] = '\0';
    return 0;
}

int ward_eval_guid(const char *const *parts, const size_t *lens, size_t n, char out[37])
{
    /* 11fb06fb-712d-4ddd-98c7-e71bbd588830 in network byte order. */
    static const unsigned char ns[16] = {0x11, 0xfb, 0x06, 0xfb, 0x71, 0x2d, 0x4d, 0xdd,
                                         0x98, 0xc7, 0xe7, 0x1b, 0xbd, 0x58, 0x88, 0x30};
    ward_writer w;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (join(&w, parts, lens, n) < 0) {
        ward_writer_free(&w);
        return -1;
    }
    EVP_MD_CTX *mc = EVP_MD_CTX_new();
    int ok = mc && EVP_DigestInit_ex(mc, EVP_sha1(), NULL) == 1 && EVP_DigestUpdate(mc, ns, sizeof ns) == 1 &&
             EVP_DigestUpdate(mc, w.buf ? w.buf : "", w.len) == 1 && EVP_DigestFinal_ex(mc, md, &mdlen) == 1;
    EVP_MD_CTX_free(mc);
    ward_writer_free(&w);
    if (!ok || mdlen < 16)
        return -1;
    md[6] = (unsigned char)((md[6] & 0x0f) | 0x50);   /* version 5 */
    md[8] = (unsigned char)((md[8] & 0x3f) | 0x80);   /* RFC 4122 variant */
    char *o = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        snprintf(o, 3, "%02x", md[i]);
        o += 2;
    }
    *o = '\0';
    return 0;
}
