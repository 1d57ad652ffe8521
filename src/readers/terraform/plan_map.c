/* plan_map.c: an address index for the plan reader.
 *
 * resource_changes and configuration are looked up by address once per
 * planned resource; a linear scan would make a 40 000-resource plan
 * quadratic.  Keys point into the document (or the reader's scratch arena),
 * so the table holds only slots: open addressing with linear probing, kept
 * at most half full. */
#include "plan_int.h"

#include "../../base/alloc.h"

#include <string.h>

void ward_tfp_map_init(ward_tfp_map *m) { memset(m, 0, sizeof *m); }

void ward_tfp_map_free(ward_tfp_map *m)
{
    ward_free(m->slots);
    memset(m, 0, sizeof *m);
}

/* FNV-1a: addresses are short and similar; it spreads them well enough. */
static uint32_t hash_key(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static ward_tfp_slot *probe(ward_tfp_slot *slots, size_t cap, const char *key, size_t klen, uint32_t h)
{
    size_t i = h & (cap - 1);
    while (slots[i].key &&
           !(slots[i].hash == h && slots[i].klen == klen && memcmp(slots[i].key, key, klen) == 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static int grow(ward_tfp_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    ward_tfp_slot *slots = ward_calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *probe(slots, cap, m->slots[i].key, m->slots[i].klen, m->slots[i].hash) = m->slots[i];
    ward_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int ward_tfp_map_put(ward_tfp_map *m, const char *key, size_t klen, const ward_node *value)
{
    if (!key)
        key = "";
    if (klen > UINT32_MAX)
        return -1;
    if ((m->n + 1) * 2 > m->cap && grow(m) != 0)
        return -1;
    uint32_t h = hash_key(key, klen);
    ward_tfp_slot *s = probe(m->slots, m->cap, key, klen, h);
    if (!s->key)
        m->n++;
    s->key = key;
    s->klen = (uint32_t)klen;
    s->hash = h;
    s->value = value;
    return 0;
}

const ward_node *ward_tfp_map_get(const ward_tfp_map *m, const char *key, size_t klen)
{
    if (!m->cap)
        return NULL;
    if (!key)
        key = "";
    const ward_tfp_slot *s = probe(m->slots, m->cap, key, klen, hash_key(key, klen));
    return s->key ? s->value : NULL;
}
