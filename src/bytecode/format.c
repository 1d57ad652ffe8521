/* format.c: .wardb serialisation and parsing (structure only; cross-checks
 * of indices, jumps and stack depths are the verifier's job). */
#include "format.h"
#include "../base/alloc.h"
#include "../base/sha256.h"
#include "../base/vec.h"
#include "verify.h"

#include <string.h>

static const uint8_t MAGIC[8] = {'W', 'A', 'R', 'D', 'B', 0, '\r', '\n'};

enum {
    TAG_STRS = 0x53525453, TAG_CONS = 0x534e4f43, TAG_U32S = 0x53323355, TAG_FUNC = 0x434e5546,
    TAG_CODE = 0x45444f43, TAG_LINE = 0x454e494c, TAG_PARM = 0x4d524150, TAG_RULE = 0x454c5552,
    TAG_SELS = 0x534c4553, TAG_TIDX = 0x58444954,
};

/* ---- writing ------------------------------------------------------------ */

typedef struct buf {
    uint8_t *p;
    size_t n, cap;
    int oom;
} buf;

static void put(buf *b, const void *d, size_t n)
{
    if (n == 0)
        return;   /* d may be NULL for empty pools */
    if (b->oom || ward_vec_reserve((void **)&b->p, &b->cap, b->n + n, 1) != 0) {
        b->oom = 1;
        return;
    }
    memcpy(b->p + b->n, d, n);
    b->n += n;
}

static void put8(buf *b, uint8_t v) { put(b, &v, 1); }
static void put16(buf *b, uint16_t v)
{
    uint8_t x[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    put(b, x, 2);
}
static void put32(buf *b, uint32_t v)
{
    uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(b, x, 4);
}
static void put64(buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}
static void putf64(buf *b, double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    put64(b, u);
}

static void patch32(buf *b, size_t at, uint32_t v)
{
    if (b->oom)
        return;
    for (int i = 0; i < 4; i++)
        b->p[at + (size_t)i] = (uint8_t)(v >> (8 * i));
}

static void write_sections(buf *b, const ward_image *img, size_t table)
{
    static const uint32_t tags[] = {TAG_STRS, TAG_CONS, TAG_U32S, TAG_FUNC, TAG_CODE,
                                    TAG_LINE, TAG_PARM, TAG_RULE, TAG_SELS, TAG_TIDX};
    for (size_t s = 0; s < sizeof tags / sizeof *tags; s++) {
        size_t start = b->n;
        switch (tags[s]) {
        case TAG_STRS:
            put32(b, img->nstrs);
            for (uint32_t i = 0; i < img->nstrs; i++) {
                put32(b, img->slens[i]);
                put(b, img->strs[i], img->slens[i]);
            }
            break;
        case TAG_CONS:
            put32(b, img->nconsts);
            for (uint32_t i = 0; i < img->nconsts; i++) {
                put8(b, img->consts[i].kind);
                putf64(b, img->consts[i].num);
                put32(b, img->consts[i].str);
            }
            break;
        case TAG_U32S:
            put32(b, img->nu32s);
            for (uint32_t i = 0; i < img->nu32s; i++)
                put32(b, img->u32s[i]);
            break;
        case TAG_FUNC:
            put32(b, img->nfuncs);
            for (uint32_t i = 0; i < img->nfuncs; i++) {
                const ward_func *f = &img->funcs[i];
                put32(b, f->name);
                put32(b, f->file);
                put8(b, f->kind);
                put8(b, f->nparams);
                put16(b, f->nlocals);
                put32(b, f->code_off);
                put32(b, f->code_len);
            }
            break;
        case TAG_CODE:
            put(b, img->code, img->code_len);
            break;
        case TAG_LINE:
            put32(b, img->nlines);
            for (uint32_t i = 0; i < img->nlines; i++) {
                put32(b, img->lines[i].pc);
                put32(b, img->lines[i].line);
                put32(b, img->lines[i].col);
            }
            break;
        case TAG_PARM:
            put32(b, img->nparams);
            for (uint32_t i = 0; i < img->nparams; i++) {
                put32(b, img->params[i].name);
                put8(b, img->params[i].type);
                put32(b, img->params[i].deffn);
            }
            break;
        case TAG_RULE:
            put32(b, img->nrules);
            for (uint32_t i = 0; i < img->nrules; i++) {
                const ward_rule_rec *r = &img->rules[i];
                put32(b, r->id);
                put32(b, r->title);
                put32(b, r->section);
                put32(b, r->help);
                put8(b, r->severity);
                put8(b, r->enabled);
                put32(b, r->refs_start);
                put32(b, r->nrefs);
                put32(b, r->sel_start);
                put32(b, r->nsel);
            }
            break;
        case TAG_SELS:
            put32(b, img->nsels);
            for (uint32_t i = 0; i < img->nsels; i++) {
                const ward_sel_rec *x = &img->sels[i];
                put32(b, x->rule);
                put8(b, x->family);
                put32(b, x->func);
                put32(b, x->types_start);
                put32(b, x->ntypes);
            }
            break;
        case TAG_TIDX:
            put32(b, img->ntindex);
            for (uint32_t i = 0; i < img->ntindex; i++) {
                put8(b, img->tindex[i].family);
                put32(b, img->tindex[i].type);
                put32(b, img->tindex[i].sel);
            }
            break;
        }
        size_t ent = table + s * 12;
        patch32(b, ent, tags[s]);
        patch32(b, ent + 4, (uint32_t)start);
        patch32(b, ent + 8, (uint32_t)(b->n - start));
    }
}

int ward_bundle_write(ward_image *img, uint8_t **out, size_t *len)
{
    buf b = {NULL, 0, 0, 0};
    enum { NSECT = 10 };
    put(&b, MAGIC, 8);
    put16(&b, WARD_BUNDLE_VERSION);
    put16(&b, 0);
    put32(&b, 0x01020304u);
    put8(&b, (uint8_t)sizeof(double));
    put8(&b, 0);
    put8(&b, 0);
    put8(&b, 0);
    put32(&b, NSECT);
    size_t table = b.n;
    for (int i = 0; i < NSECT * 12; i++)
        put8(&b, 0);
    write_sections(&b, img, table);
    if (!b.oom && b.n > UINT32_MAX - 64)
        b.oom = 1;
    uint8_t d[32];
    if (b.oom || ward_sha256(b.p, b.n, d) != 0) {
        ward_free(b.p);
        return -1;
    }
    put(&b, d, 32);
    if (b.oom) {
        ward_free(b.p);
        return -1;
    }
    memcpy(img->digest, d, 32);
    *out = b.p;
    *len = b.n;
    return 0;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct rd {
    const uint8_t *p;
    size_t n, off;
    int bad;
} rd;

static int need(rd *r, size_t n)
{
    if (r->bad || n > r->n - r->off) {
        r->bad = 1;
        return 0;
    }
    return 1;
}
static uint8_t get8(rd *r) { return need(r, 1) ? r->p[r->off++] : 0; }
static uint16_t get16(rd *r)
{
    if (!need(r, 2))
        return 0;
    uint16_t v = (uint16_t)(r->p[r->off] | (r->p[r->off + 1] << 8));
    r->off += 2;
    return v;
}
static uint32_t get32(rd *r)
{
    if (!need(r, 4))
        return 0;
    const uint8_t *q = r->p + r->off;
    r->off += 4;
    return (uint32_t)q[0] | ((uint32_t)q[1] << 8) | ((uint32_t)q[2] << 16) | ((uint32_t)q[3] << 24);
}
static double getf64(rd *r)
{
    uint64_t lo = get32(r), hi = get32(r);
    uint64_t u = lo | (hi << 32);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* Allocates count elements of size after checking that each takes at least
 * `min_bytes` of input, so a forged count cannot make us allocate more than
 * the file could describe. */
static void *alloc_n(rd *r, uint32_t count, size_t size, size_t min_bytes)
{
    if (r->bad)
        return NULL;
    if (min_bytes && count > (r->n - r->off) / min_bytes) {
        r->bad = 1;
        return NULL;
    }
    void *p = ward_calloc(count ? count : 1, size);
    if (!p)
        r->bad = 1;
    return p;
}

static int find_section(const uint8_t *data, size_t len, uint32_t nsect, uint32_t tag, rd *out)
{
    for (uint32_t i = 0; i < nsect; i++) {
        size_t ent = 24 + (size_t)i * 12;
        rd h = {data, len, ent, 0};
        uint32_t t = get32(&h), off = get32(&h), size = get32(&h);
        if (h.bad)
            return -1;
        if (t == tag) {
            if (off < 24 || off > len || size > len - off)
                return -1;
            out->p = data + off;
            out->n = size;
            out->off = 0;
            out->bad = 0;
            return 0;
        }
    }
    return -1;
}

/* All strings go into one block (one allocation instead of one per
 * string: loading is on the path of every `ward check`). */
static int read_strs(ward_image *img, rd *r)
{
    img->nstrs = get32(r);
    img->strs = alloc_n(r, img->nstrs, sizeof(char *), 4);
    img->slens = alloc_n(r, img->nstrs, sizeof(uint32_t), 4);
    size_t total = r->n - r->off;   /* bytes left bound the string bytes */
    img->strblock = !r->bad ? ward_malloc(total + img->nstrs + 1) : NULL;
    if (!img->strs || !img->slens || !img->strblock) {
        img->nstrs = 0;   /* nothing to free string by string */
        return -1;
    }
    char *dst = img->strblock;
    for (uint32_t i = 0; i < img->nstrs; i++) {
        uint32_t l = get32(r);
        if (!need(r, l)) {
            img->nstrs = 0;
            return -1;
        }
        memcpy(dst, r->p + r->off, l);
        dst[l] = 0;
        img->strs[i] = dst;
        img->slens[i] = l;
        dst += l + 1;
        r->off += l;
    }
    return 0;
}

static int read_all(ward_image *img, const uint8_t *data, size_t len, uint32_t nsect)
{
    rd r;
    if (find_section(data, len, nsect, TAG_STRS, &r) || read_strs(img, &r))
        return -1;
    if (find_section(data, len, nsect, TAG_CONS, &r))
        return -1;
    img->nconsts = get32(&r);
    img->consts = alloc_n(&r, img->nconsts, sizeof *img->consts, 13);
    for (uint32_t i = 0; !r.bad && i < img->nconsts; i++) {
        img->consts[i].kind = get8(&r);
        img->consts[i].num = getf64(&r);
        img->consts[i].str = get32(&r);
    }
    if (r.bad || find_section(data, len, nsect, TAG_U32S, &r))
        return -1;
    img->nu32s = get32(&r);
    img->u32s = alloc_n(&r, img->nu32s, 4, 4);
    for (uint32_t i = 0; !r.bad && i < img->nu32s; i++)
        img->u32s[i] = get32(&r);
    if (r.bad || find_section(data, len, nsect, TAG_FUNC, &r))
        return -1;
    img->nfuncs = get32(&r);
    img->funcs = alloc_n(&r, img->nfuncs, sizeof *img->funcs, 20);
    for (uint32_t i = 0; !r.bad && i < img->nfuncs; i++) {
        ward_func *f = &img->funcs[i];
        f->name = get32(&r);
        f->file = get32(&r);
        f->kind = get8(&r);
        f->nparams = get8(&r);
        f->nlocals = get16(&r);
        f->code_off = get32(&r);
        f->code_len = get32(&r);
    }
    if (r.bad || find_section(data, len, nsect, TAG_CODE, &r))
        return -1;
    img->code_len = (uint32_t)r.n;
    img->code = ward_malloc(r.n ? r.n : 1);
    if (!img->code)
        return -1;
    memcpy(img->code, r.p, r.n);
    if (find_section(data, len, nsect, TAG_LINE, &r))
        return -1;
    img->nlines = get32(&r);
    img->lines = alloc_n(&r, img->nlines, sizeof *img->lines, 12);
    for (uint32_t i = 0; !r.bad && i < img->nlines; i++) {
        img->lines[i].pc = get32(&r);
        img->lines[i].line = get32(&r);
        img->lines[i].col = get32(&r);
    }
    if (r.bad || find_section(data, len, nsect, TAG_PARM, &r))
        return -1;
    img->nparams = get32(&r);
    img->params = alloc_n(&r, img->nparams, sizeof *img->params, 9);
    for (uint32_t i = 0; !r.bad && i < img->nparams; i++) {
        img->params[i].name = get32(&r);
        img->params[i].type = get8(&r);
        img->params[i].deffn = get32(&r);
    }
    if (r.bad || find_section(data, len, nsect, TAG_RULE, &r))
        return -1;
    img->nrules = get32(&r);
    img->rules = alloc_n(&r, img->nrules, sizeof *img->rules, 34);
    for (uint32_t i = 0; !r.bad && i < img->nrules; i++) {
        ward_rule_rec *x = &img->rules[i];
        x->id = get32(&r);
        x->title = get32(&r);
        x->section = get32(&r);
        x->help = get32(&r);
        x->severity = get8(&r);
        x->enabled = get8(&r);
        x->refs_start = get32(&r);
        x->nrefs = get32(&r);
        x->sel_start = get32(&r);
        x->nsel = get32(&r);
    }
    if (r.bad || find_section(data, len, nsect, TAG_SELS, &r))
        return -1;
    img->nsels = get32(&r);
    img->sels = alloc_n(&r, img->nsels, sizeof *img->sels, 17);
    for (uint32_t i = 0; !r.bad && i < img->nsels; i++) {
        ward_sel_rec *x = &img->sels[i];
        x->rule = get32(&r);
        x->family = get8(&r);
        x->func = get32(&r);
        x->types_start = get32(&r);
        x->ntypes = get32(&r);
    }
    if (r.bad || find_section(data, len, nsect, TAG_TIDX, &r))
        return -1;
    img->ntindex = get32(&r);
    img->tindex = alloc_n(&r, img->ntindex, sizeof *img->tindex, 9);
    for (uint32_t i = 0; !r.bad && i < img->ntindex; i++) {
        img->tindex[i].family = get8(&r);
        img->tindex[i].type = get32(&r);
        img->tindex[i].sel = get32(&r);
    }
    return r.bad ? -1 : 0;
}

int ward_bundle_read(ward_image *img, const uint8_t *data, size_t len, ward_span where, ward_diags *diags)
{
    return ward_bundle_read_ex(img, data, len, where, diags, 0);
}

int ward_bundle_read_ex(ward_image *img, const uint8_t *data, size_t len, ward_span where, ward_diags *diags,
                        unsigned flags)
{
    ward_image_init(img);
    if (len < 24 + 32 || memcmp(data, MAGIC, 8) != 0) {
        ward_diag_add(diags, WARD_D_BUNDLE_FORMAT, where, "not a ward bundle (bad magic or too short)");
        return -1;
    }
    rd h = {data, len, 8, 0};
    uint16_t version = get16(&h);
    get16(&h);
    uint32_t probe = get32(&h);
    uint8_t dsize = get8(&h);
    h.off += 3;
    uint32_t nsect = get32(&h);
    if (version != WARD_BUNDLE_VERSION) {
        ward_diag_add(diags, WARD_D_BUNDLE_VERSION, where, "bundle version %u is not supported (expected %u)",
                      version, WARD_BUNDLE_VERSION);
        return -1;
    }
    if (probe != 0x01020304u || dsize != 8 || nsect > 64 || 24 + (size_t)nsect * 12 > len - 32) {
        ward_diag_add(diags, WARD_D_BUNDLE_FORMAT, where, "bundle header is corrupt");
        return -1;
    }
    uint8_t d[32];
    if (flags & WARD_BUNDLE_NO_DIGEST)
        memcpy(d, data + len - 32, 32);   /* trusted bytes: take the stored digest as it is */
    else if (ward_sha256(data, len - 32, d) != 0 || memcmp(d, data + len - 32, 32) != 0) {
        ward_diag_add(diags, WARD_D_BUNDLE_DIGEST, where,
                      "bundle digest does not match its content (corrupt or modified file)");
        return -1;
    }
    if (read_all(img, data, len - 32, nsect) != 0) {
        ward_image_free(img);
        ward_diag_add(diags, WARD_D_BUNDLE_FORMAT, where, "bundle sections are truncated or corrupt");
        return -1;
    }
    memcpy(img->digest, d, 32);
    char why[256];
    if (ward_verify(img, why, sizeof why) != 0) {
        ward_image_free(img);
        ward_diag_add(diags, WARD_D_BUNDLE_VERIFY, where, "bundle failed verification: %s", why);
        return -1;
    }
    return 0;
}
