/* json.c: the JSON text parser behind json() and base64ToJson().
 *
 * A small recursive-descent parser over a bounded buffer: depth is capped at
 * WARD_EVAL_MAX_NODE_DEPTH and sizes at the evaluator's string/item caps, so
 * template text cannot make it recurse or allocate without bound.  Values are
 * placed at the span of the calling expression.  The readers' own JSON
 * reader is not used: eval sits below the readers (STYLE.md 3.2b). */
#include "evalint.h"

#include <stdlib.h>
#include <string.h>

typedef struct jp {
    ward_eval_ctx *ctx;
    const char *s;
    size_t n, i;
    ward_span span;
    const char *err;
    int oom;
} jp;

static ward_node *value(jp *p, int depth);

static void ws(jp *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r'))
        p->i++;
}

static ward_node *fail(jp *p, const char *why)
{
    if (!p->err)
        p->err = why;
    return NULL;
}

static ward_node *oom(jp *p)
{
    p->oom = 1;
    return NULL;
}

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static void put_utf8(ward_writer *w, unsigned cp)
{
    char b[4];
    if (cp < 0x80) {
        b[0] = (char)cp;
        ward_write(w, b, 1);
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        ward_write(w, b, 2);
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        ward_write(w, b, 3);
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        ward_write(w, b, 4);
    }
}

/* \uXXXX, combining a surrogate pair when one follows. */
static int unicode_escape(jp *p, ward_writer *w)
{
    unsigned cp, lo;
    if (p->i + 4 > p->n || hex4(p->s + p->i, &cp) < 0)
        return -1;
    p->i += 4;
    if (cp >= 0xD800 && cp < 0xDC00 && p->i + 6 <= p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u' &&
        hex4(p->s + p->i + 2, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
        p->i += 6;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    put_utf8(w, cp);
    return 0;
}

static int escape(jp *p, ward_writer *w)
{
    if (p->i >= p->n)
        return -1;
    char c = p->s[p->i++];
    switch (c) {
    case '"': case '\\': case '/': ward_putc(w, c); return 0;
    case 'b': ward_putc(w, '\b'); return 0;
    case 'f': ward_putc(w, '\f'); return 0;
    case 'n': ward_putc(w, '\n'); return 0;
    case 'r': ward_putc(w, '\r'); return 0;
    case 't': ward_putc(w, '\t'); return 0;
    case 'u': return unicode_escape(p, w);
    default: return -1;
    }
}

/* Parses a string after its opening quote into a heap buffer. */
static int string_text(jp *p, ward_writer *w)
{
    while (p->i < p->n) {
        char c = p->s[p->i++];
        if (c == '"')
            return w->failed ? -2 : 0;
        if (c == '\\') {
            if (escape(p, w) < 0)
                return -1;
        } else if ((unsigned char)c < 0x20) {
            return -1;
        } else {
            ward_putc(w, c);
        }
    }
    return -1;
}

static ward_node *string_node(jp *p)
{
    ward_writer w;
    ward_writer_mem(&w);
    int r = string_text(p, &w);
    ward_node *n = r == 0 ? ward_ev_str(p->ctx, w.buf ? w.buf : "", w.len, p->span) : NULL;
    ward_writer_free(&w);
    if (r == -1)
        return fail(p, "invalid string");
    return n ? n : oom(p);
}

static ward_node *number(jp *p)
{
    size_t start = p->i;
    if (p->i < p->n && p->s[p->i] == '-')
        p->i++;
    size_t digits = p->i;
    while (p->i < p->n && ((p->s[p->i] >= '0' && p->s[p->i] <= '9') || p->s[p->i] == '.' || p->s[p->i] == 'e' ||
                           p->s[p->i] == 'E' || p->s[p->i] == '+' || p->s[p->i] == '-'))
        p->i++;
    char buf[64];
    size_t len = p->i - start;
    if (digits == p->i || len >= sizeof buf)
        return fail(p, "invalid number");
    memcpy(buf, p->s + start, len);
    buf[len] = '\0';
    char *end;
    double v = strtod(buf, &end);
    if (*end)
        return fail(p, "invalid number");
    ward_node *n = ward_ev_num(p->ctx, v, p->span);
    return n ? n : oom(p);
}

static ward_node *array(jp *p, int depth)
{
    ward_node *items[64];
    ward_node **v = items;
    size_t n = 0, cap = 64;
    ward_node *arr = NULL;
    ws(p);
    if (p->i < p->n && p->s[p->i] == ']') {
        p->i++;
        arr = ward_ev_array(p->ctx, 0, p->span);
        return arr ? arr : oom(p);
    }
    for (;;) {
        ward_node *x = value(p, depth + 1);
        if (!x)
            goto out;
        if (n == cap) {
            if (cap >= WARD_EVAL_MAX_ITEMS) {
                fail(p, "array too large");
                goto out;
            }
            ward_node **bigger = ward_arena_alloc(p->ctx->arena, 2 * cap * sizeof *bigger);
            if (!bigger) {
                oom(p);
                goto out;
            }
            memcpy(bigger, v, n * sizeof *v);
            v = bigger;
            cap *= 2;
        }
        v[n++] = x;
        ws(p);
        if (p->i < p->n && p->s[p->i] == ',') {
            p->i++;
            continue;
        }
        if (p->i < p->n && p->s[p->i] == ']') {
            p->i++;
            break;
        }
        fail(p, "expected ',' or ']'");
        goto out;
    }
    arr = ward_ev_array(p->ctx, n, p->span);
    if (!arr)
        return oom(p);
    memcpy(arr->u.items, v, n * sizeof *v);
out:
    return arr;
}

static ward_node *object(jp *p, int depth)
{
    ward_member *m = NULL;
    size_t n = 0, cap = 0;
    ws(p);
    if (p->i < p->n && p->s[p->i] == '}') {
        p->i++;
        ward_node *o = ward_ev_object(p->ctx, 0, p->span);
        return o ? o : oom(p);
    }
    for (;;) {
        ws(p);
        if (p->i >= p->n || p->s[p->i] != '"')
            return fail(p, "expected a property name");
        p->i++;
        ward_node *key = string_node(p);
        if (!key)
            return NULL;
        ws(p);
        if (p->i >= p->n || p->s[p->i] != ':')
            return fail(p, "expected ':'");
        p->i++;
        ward_node *x = value(p, depth + 1);
        if (!x)
            return NULL;
        if (n == cap) {
            if (cap >= WARD_EVAL_MAX_ITEMS)
                return fail(p, "object too large");
            size_t nc = cap ? cap * 2 : 16;
            ward_member *bigger = ward_arena_alloc(p->ctx->arena, nc * sizeof *bigger);
            if (!bigger)
                return oom(p);
            if (n)
                memcpy(bigger, m, n * sizeof *m);
            m = bigger;
            cap = nc;
        }
        m[n].key = key->u.str;
        m[n].klen = key->len;
        m[n].kstart = p->span.start;
        m[n].value = x;
        n++;
        ws(p);
        if (p->i < p->n && p->s[p->i] == ',') {
            p->i++;
            continue;
        }
        if (p->i < p->n && p->s[p->i] == '}') {
            p->i++;
            break;
        }
        return fail(p, "expected ',' or '}'");
    }
    ward_node *o = ward_node_new(p->ctx->arena, WARD_N_OBJECT, p->span);
    if (!o)
        return oom(p);
    o->len = (uint32_t)n;
    o->u.members = m;
    return o;
}

static ward_node *word(jp *p, const char *w, ward_node_kind kind, int b)
{
    size_t l = strlen(w);
    if (p->n - p->i < l || memcmp(p->s + p->i, w, l) != 0)
        return fail(p, "unexpected character");
    p->i += l;
    ward_node *n = kind == WARD_N_BOOL ? ward_ev_bool(p->ctx, b, p->span) : ward_ev_null(p->ctx, p->span);
    return n ? n : oom(p);
}

static ward_node *value(jp *p, int depth)
{
    if (depth > WARD_EVAL_MAX_NODE_DEPTH)
        return fail(p, "nested too deeply");
    if (!ward_ev_spend(p->ctx, 1))
        return fail(p, "too large to evaluate");
    ws(p);
    if (p->i >= p->n)
        return fail(p, "unexpected end of text");
    char c = p->s[p->i];
    switch (c) {
    case '{': p->i++; return object(p, depth);
    case '[': p->i++; return array(p, depth);
    case '"': p->i++; return string_node(p);
    case 't': return word(p, "true", WARD_N_BOOL, 1);
    case 'f': return word(p, "false", WARD_N_BOOL, 0);
    case 'n': return word(p, "null", WARD_N_NULL, 0);
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(p);
        return fail(p, "unexpected character");
    }
}

ward_node *ward_ev_parse_json(ward_eval_ctx *ctx, const char *s, size_t n, ward_span span, const char **err)
{
    jp p = {ctx, s, n, 0, span, NULL, 0};
    ward_node *v = value(&p, 0);
    if (v) {
        ws(&p);
        if (p.i != p.n) {
            v = NULL;
            fail(&p, "unexpected text after the value");
        }
    }
    *err = p.oom ? NULL : p.err ? p.err : NULL;
    return v;
}
