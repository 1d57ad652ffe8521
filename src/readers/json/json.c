/* json.c: the located JSON reader (see json.h).
 *
 * Three steps: settle the encoding (skip a UTF-8 byte order mark, transcode
 * UTF-16 into a new source text), then drive the re2c scanner (json_lex.re)
 * through an iterative parser, building nodes in the doc's arena.
 *
 * The parser keeps its own stacks on the heap instead of recursing, so the
 * depth limit is a policy (opts->max_depth), not a guard against running out
 * of C stack.  Children of open containers collect on one shared value stack;
 * when a container closes, its children are copied into an exactly-sized
 * array in the arena.  That keeps the arena free of growth slack, which
 * matters when a 100 MB plan must fit in less than twice its size.
 *
 * The first error stops the parse: one located diagnostic, no recovery. */
#include "json.h"
#include "json_lex.h"

#include "../../base/alloc.h"
#include "../../base/vec.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Nodes are carved from chunks of this size taken from the arena, so that
 * the common case is a pointer bump inlined here instead of a call. */
enum { POOL_CHUNK = 256 * 1024 };
/* Tokens scanned per call of the scanner. */
enum { TOKEN_BATCH = 256 };

typedef enum state {
    S_VALUE,        /* top level: a value */
    S_ARR_FIRST,    /* after '[': a value or ']' */
    S_ARR_VALUE,    /* after ',' in an array: a value */
    S_ARR_NEXT,     /* after an array element: ',' or ']' */
    S_OBJ_FIRST,    /* after '{': a key or '}' */
    S_OBJ_KEY,      /* after ',' in an object: a key */
    S_OBJ_COLON,    /* after a key: ':' */
    S_OBJ_VALUE,    /* after ':': a value */
    S_OBJ_NEXT,     /* after a member: ',' or '}' */
    S_END,          /* after the top-level value: end of input */
} state;

typedef struct frame {
    uint32_t start;      /* offset of the '[' or '{' */
    int is_object;
    size_t base;         /* first entry of this container on the value stack */
} frame;

typedef struct parser {
    ward_doc *doc;
    ward_diags *diags;
    uint32_t file;
    const char *text;
    uint32_t len;
    unsigned max_depth;
    ward_json_lexer lx;
    unsigned char *pool, *pool_end;   /* current arena chunk */
    ward_member *vals;                /* children of open containers */
    size_t nvals, capvals;
    frame *frames;                    /* open containers, innermost last */
    size_t nframes, capframes;
} parser;

/* ---- diagnostics ---------------------------------------------------- */

static ward_diag *report(parser *p, ward_diag_code code, uint32_t start, uint32_t end,
                         const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static ward_diag *report(parser *p, ward_diag_code code, uint32_t start, uint32_t end,
                         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ward_diag *g = ward_diag_addv(p->diags, code, ward_span_make(p->file, start, end), fmt, ap);
    va_end(ap);
    return g;
}

static int out_of_memory(parser *p)
{
    report(p, WARD_D_NO_MEMORY, 0, 0, "out of memory while reading JSON");
    return -1;
}

/* A short description of a token for "expected X, found Y". */
static const char *describe(const ward_json_token *t)
{
    switch (t->kind) {
    case WARD_JT_EOF: return "end of input";
    case WARD_JT_LBRACE: return "'{'";
    case WARD_JT_RBRACE: return "'}'";
    case WARD_JT_LBRACKET: return "'['";
    case WARD_JT_RBRACKET: return "']'";
    case WARD_JT_COLON: return "':'";
    case WARD_JT_COMMA: return "','";
    case WARD_JT_STRING: return "a string";
    case WARD_JT_NUMBER: return "a number";
    case WARD_JT_TRUE: return "'true'";
    case WARD_JT_FALSE: return "'false'";
    case WARD_JT_NULL: return "'null'";
    case WARD_JT_ERROR: break;
    }
    return "an invalid token";
}

/* "expected <what>, found <token>", with a hint for the usual mistakes and,
 * at end of input, a note at the container that was left open. */
static int expected(parser *p, const ward_json_token *t, state st, const char *what)
{
    const char *hint = "";
    if ((st == S_ARR_VALUE && t->kind == WARD_JT_RBRACKET) ||
        (st == S_OBJ_KEY && t->kind == WARD_JT_RBRACE))
        hint = " (trailing commas are not allowed)";
    else if (st == S_OBJ_COLON && t->kind == WARD_JT_STRING)
        hint = " (missing ':'?)";
    else if ((st == S_ARR_NEXT || st == S_OBJ_NEXT) &&
             t->kind != WARD_JT_EOF && t->kind != WARD_JT_RBRACE && t->kind != WARD_JT_RBRACKET)
        hint = " (missing ','?)";
    uint32_t end = t->end > t->start ? t->end : t->start;
    ward_diag *g = report(p, WARD_D_DOC_SYNTAX, t->start, end, "expected %s, found %s%s", what,
                          describe(t), hint);
    if (g && t->kind == WARD_JT_EOF && p->nframes > 0) {
        const frame *f = &p->frames[p->nframes - 1];
        ward_diag_note_add(g, ward_span_make(p->file, f->start, f->start + 1), "'%c' opened here",
                           f->is_object ? '{' : '[');
    }
    return -1;
}

static int bad_number(parser *p, uint32_t s, uint32_t e)
{
    const char *t = p->text + s;
    int n = (int)(e - s > 40 ? 40 : e - s);
    size_t i = t[0] == '-';
    int lead0 = e - s > i + 1 && t[i] == '0' && t[i + 1] >= '0' && t[i + 1] <= '9';
    report(p, WARD_D_DOC_SYNTAX, s, e, "invalid number '%.*s'%s", n, t,
           lead0 ? " (leading zeros are not allowed)" : "");
    return -1;
}

/* Turns the scanner's error into the one diagnostic of this parse. */
static int lex_error(parser *p, state st)
{
    uint32_t s = p->lx.err_start, e = p->lx.err_end;
    const unsigned char *b = (const unsigned char *)p->text;
    unsigned c = s < p->len ? b[s] : 0;
    int n = (int)(e - s > 40 ? 40 : e - s);
    switch (p->lx.err) {
    case WARD_JLE_BAD_CHAR:
        if (c > 0x20 && c < 0x7f)
            report(p, WARD_D_DOC_SYNTAX, s, e, "unexpected character '%c'", (int)c);
        else
            report(p, WARD_D_DOC_SYNTAX, s, e, "unexpected byte 0x%02X", c);
        break;
    case WARD_JLE_UNTERMINATED:
        report(p, WARD_D_DOC_SYNTAX, s, e, "unterminated string");
        break;
    case WARD_JLE_CONTROL:
        report(p, WARD_D_DOC_SYNTAX, s, e, "control character 0x%02X in string must be escaped", c);
        break;
    case WARD_JLE_UTF8:
        report(p, WARD_D_DOC_ENCODING, s, e, "invalid UTF-8 byte 0x%02X in string", c);
        break;
    case WARD_JLE_ESCAPE:
        if (e - s == 2 && b[s + 1] == 'u')
            report(p, WARD_D_DOC_SYNTAX, s, e, "invalid \\u escape: expected 4 hex digits");
        else if (e - s == 2 && b[s + 1] > 0x20 && b[s + 1] < 0x7f)
            report(p, WARD_D_DOC_SYNTAX, s, e, "invalid escape '\\%c' in string", b[s + 1]);
        else
            report(p, WARD_D_DOC_SYNTAX, s, e, "invalid escape in string");
        break;
    case WARD_JLE_NUMBER:
        return bad_number(p, s, e);
    case WARD_JLE_LITERAL:
        if (st == S_OBJ_FIRST || st == S_OBJ_KEY)
            report(p, WARD_D_DOC_SYNTAX, s, e, "object keys must be quoted strings, found '%.*s'", n,
                   p->text + s);
        else
            report(p, WARD_D_DOC_SYNTAX, s, e,
                   "invalid literal '%.*s' (JSON has only true, false and null)", n, p->text + s);
        break;
    case WARD_JLE_COMMENT_OFF:
        report(p, WARD_D_DOC_SYNTAX, s, e, "comments are not allowed in JSON");
        break;
    case WARD_JLE_COMMENT_OPEN:
        report(p, WARD_D_DOC_SYNTAX, s, e, "unterminated comment");
        break;
    case WARD_JLE_NONE:
        report(p, WARD_D_DOC_SYNTAX, s, e, "malformed JSON");
        break;
    }
    return -1;
}

/* ---- allocation ----------------------------------------------------- */

static void *alloc(parser *p, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if ((size_t)(p->pool_end - p->pool) >= n) {
        void *r = p->pool;
        p->pool += n;
        return r;
    }
    if (n > POOL_CHUNK / 8)   /* big arrays go straight to the arena */
        return ward_arena_alloc(&p->doc->arena, n);
    unsigned char *c = ward_arena_alloc(&p->doc->arena, POOL_CHUNK);
    if (!c)
        return NULL;
    p->pool = c + n;
    p->pool_end = c + POOL_CHUNK;
    return c;
}

static ward_node *new_node(parser *p, ward_node_kind kind, uint32_t start, uint32_t end)
{
    ward_node *n = alloc(p, sizeof *n);
    if (!n)
        return NULL;
    n->kind = (uint8_t)kind;
    n->flags = 0;
    n->reserved = 0;
    n->len = 0;
    n->span = ward_span_make(p->file, start, end);
    n->u.items = NULL;
    return n;
}

/* ---- encodings ------------------------------------------------------ */

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int is_high(uint32_t u) { return u >= 0xD800 && u <= 0xDBFF; }
static int is_low(uint32_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

static uint32_t unit16(const unsigned char *b, int big_endian)
{
    return big_endian ? (uint32_t)b[0] << 8 | b[1] : (uint32_t)b[1] << 8 | b[0];
}

/* UTF-16 (after its byte order mark) -> a new UTF-8 source text.  Offsets
 * in an error refer to the original UTF-16 bytes, as nothing was replaced. */
static int transcode_utf16(parser *p, ward_sources *src, int big_endian)
{
    const unsigned char *b = (const unsigned char *)p->text + 2;
    size_t n = p->len - 2;
    if (n % 2) {
        report(p, WARD_D_DOC_ENCODING, p->len - 1, p->len, "UTF-16 file has an odd number of bytes");
        return -1;
    }
    /* One unit gives at most 3 bytes; a surrogate pair (2 units) gives 4. */
    char *out = ward_malloc(n / 2 * 3 + 1), *o = out;
    if (!out)
        return out_of_memory(p);
    for (size_t i = 0; i < n; i += 2) {
        uint32_t u = unit16(b + i, big_endian);
        if (is_high(u) && i + 4 <= n && is_low(unit16(b + i + 2, big_endian))) {
            u = 0x10000 + ((u - 0xD800) << 10) + (unit16(b + i + 2, big_endian) - 0xDC00);
            i += 2;
        } else if (is_high(u) || is_low(u)) {
            ward_free(out);
            report(p, WARD_D_DOC_ENCODING, (uint32_t)(i + 2), (uint32_t)(i + 4),
                   "unpaired surrogate in UTF-16 text");
            return -1;
        }
        o += put_utf8(o, u);
    }
    *o = 0;
    size_t len = (size_t)(o - out);
    ward_sources_replace(src, p->file, out, len);
    p->text = out;
    p->len = (uint32_t)len;
    return 0;
}

/* Decides how to read the bytes; sets *skip past a UTF-8 byte order mark. */
static int settle_encoding(parser *p, ward_sources *src, uint32_t *skip)
{
    const unsigned char *b = (const unsigned char *)p->text;
    size_t n = p->len;
    *skip = 0;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        *skip = 3;
        return 0;
    }
    if (n >= 4 && ((b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) ||
                   (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF))) {
        report(p, WARD_D_DOC_ENCODING, 0, 4, "UTF-32 is not supported; save the file as UTF-8");
        return -1;
    }
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        return transcode_utf16(p, src, b[0] == 0xFE);
    /* No JSON text has a NUL byte among its first two: this is UTF-16 whose
     * byte order mark was dropped.  Say so rather than "unexpected byte". */
    if (n >= 2 && ((b[0] == 0) != (b[1] == 0))) {
        report(p, WARD_D_DOC_ENCODING, 0, 2,
               "UTF-16 without a byte order mark is not supported; save the file as UTF-8");
        return -1;
    }
    return 0;
}

/* ---- scalars -------------------------------------------------------- */

static unsigned hexval(unsigned char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

static uint32_t hex4(const unsigned char *s)
{
    return hexval(s[0]) << 12 | hexval(s[1]) << 8 | hexval(s[2]) << 4 | hexval(s[3]);
}

/* Decodes a string body with escapes (syntax already checked by the
 * scanner) into out, which has room for end - s bytes: no escape decodes to
 * more bytes than it is written with.  Returns the length, or -1 with *bad
 * at an escape that is half of a surrogate pair. */
static long decode_escapes(const unsigned char *s, const unsigned char *end, char *out,
                           const unsigned char **bad)
{
    char *o = out;
    while (s < end) {
        const unsigned char *bs = memchr(s, '\\', (size_t)(end - s));
        size_t run = (size_t)((bs ? bs : end) - s);
        memcpy(o, s, run);
        o += run;
        s += run;
        if (!bs)
            break;
        unsigned char c = s[1];
        s += 2;
        switch (c) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            uint32_t cp = hex4(s);
            if (is_high(cp) && end - s >= 10 && s[4] == '\\' && s[5] == 'u' && is_low(hex4(s + 6))) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s + 6) - 0xDC00);
                s += 6;
            } else if (is_high(cp) || is_low(cp)) {
                *bad = s - 2;
                return -1;
            }
            s += 4;
            o += put_utf8(o, cp);
            break;
        }
        default: *o++ = (char)c; break;   /* '"', '\\', '/' */
        }
    }
    return (long)(o - out);
}

/* The text of a string token: zero-copy when it has no escapes. */
static int string_text(parser *p, const ward_json_token *t, const char **str, uint32_t *len)
{
    const char *body = p->text + t->start + 1;
    size_t raw = t->end - t->start - 2;
    if (!t->escaped) {
        *str = body;
        *len = (uint32_t)raw;
        return 0;
    }
    char *out = alloc(p, raw);
    if (!out)
        return out_of_memory(p);
    const unsigned char *bad = NULL;
    long n = decode_escapes((const unsigned char *)body, (const unsigned char *)body + raw, out, &bad);
    if (n < 0) {
        uint32_t at = (uint32_t)((const char *)bad - p->text);
        report(p, WARD_D_DOC_SYNTAX, at, at + 6, "invalid \\u escape: unpaired UTF-16 surrogate");
        return -1;
    }
    *str = out;
    *len = (uint32_t)n;
    return 0;
}

/* Exact powers of ten representable as doubles. */
static const double pow10_exact[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Fast path (Clinger): a mantissa below 2^53 times an exact power of ten is
 * correctly rounded by one IEEE multiply or divide.  Returns 0 if it applies. */
static int number_fast(const char *s, const char *end, double *out)
{
    const char *q = s;
    int neg = *q == '-';
    q += neg;
    uint64_t m = 0;
    int digits = 0, exp10 = 0, frac = 0;
    for (; q < end && (*q == '.' || (*q >= '0' && *q <= '9')); q++) {
        if (*q == '.') {
            frac = 1;
            continue;
        }
        if (m == 0 && *q == '0') {   /* leading zeros add no precision */
            exp10 -= frac;
            continue;
        }
        if (++digits > 19)
            return -1;
        m = m * 10 + (uint64_t)(*q - '0');
        exp10 -= frac;
    }
    if (q < end) {   /* exponent: the scanner guarantees [eE][+-]?digits */
        q++;
        int eneg = *q == '-';
        q += (*q == '-' || *q == '+');
        int e = 0;
        for (; q < end; q++)
            if ((e = e * 10 + (*q - '0')) > 1000)
                return -1;
        exp10 += eneg ? -e : e;
    }
    if (m > (UINT64_C(1) << 53) || exp10 < -22 || exp10 > 22)
        return m == 0 ? (*out = neg ? -0.0 : 0.0, 0) : -1;
    double v = (double)m;
    v = exp10 >= 0 ? v * pow10_exact[exp10] : v / pow10_exact[-exp10];
    *out = neg ? -v : v;
    return 0;
}

/* Everything else goes to strtod, on a copy (the token is not terminated)
 * whose '.' is swapped for the locale's decimal point. */
static int number_slow(parser *p, const char *s, size_t n, double *out)
{
    char small[128];
    char *buf = n < sizeof small ? small : ward_malloc(n + 1);
    if (!buf)
        return out_of_memory(p);
    memcpy(buf, s, n);
    buf[n] = 0;
    const char *dp = localeconv()->decimal_point;
    char *dot = memchr(buf, '.', n);
    if (dot && dp && dp[0] && dp[0] != '.' && !dp[1])
        *dot = dp[0];
    *out = strtod(buf, NULL);
    if (buf != small)
        ward_free(buf);
    return 0;
}

static ward_node *number_node(parser *p, const ward_json_token *t)
{
    const char *s = p->text + t->start;
    double v;
    if (number_fast(s, p->text + t->end, &v) != 0 && number_slow(p, s, t->end - t->start, &v) != 0)
        return NULL;
    if (!isfinite(v)) {
        report(p, WARD_D_DOC_SYNTAX, t->start, t->end, "number '%.*s' is out of range",
               (int)(t->end - t->start > 40 ? 40 : t->end - t->start), s);
        return NULL;
    }
    ward_node *n = new_node(p, WARD_N_NUMBER, t->start, t->end);
    if (!n) {
        out_of_memory(p);
        return NULL;
    }
    n->u.num = v;
    return n;
}

static ward_node *scalar_node(parser *p, const ward_json_token *t)
{
    ward_node *n;
    switch (t->kind) {
    case WARD_JT_NUMBER:
        return number_node(p, t);
    case WARD_JT_STRING: {
        const char *s;
        uint32_t len;
        if (string_text(p, t, &s, &len) != 0)
            return NULL;
        if ((n = new_node(p, WARD_N_STRING, t->start, t->end)) != NULL) {
            n->u.str = s;
            n->len = len;
        }
        break;
    }
    case WARD_JT_NULL:
        n = new_node(p, WARD_N_NULL, t->start, t->end);
        break;
    default:
        if ((n = new_node(p, WARD_N_BOOL, t->start, t->end)) != NULL)
            n->u.b = t->kind == WARD_JT_TRUE;
        break;
    }
    if (!n)
        out_of_memory(p);
    return n;
}

/* ---- containers ----------------------------------------------------- */

static int push_val(parser *p)
{
    if (p->nvals == p->capvals &&
        ward_vec_reserve((void **)&p->vals, &p->capvals, p->nvals + 1, sizeof *p->vals) != 0)
        return out_of_memory(p);
    p->nvals++;
    return 0;
}

/* A value is finished: it becomes the root, an array element, or the value
 * of the member whose key is on top of the value stack. */
static int complete(parser *p, ward_node *n, state *st)
{
    if (p->nframes == 0) {
        p->doc->root = n;
        *st = S_END;
        return 0;
    }
    if (p->frames[p->nframes - 1].is_object) {
        p->vals[p->nvals - 1].value = n;
        *st = S_OBJ_NEXT;
        return 0;
    }
    if (push_val(p) != 0)
        return -1;
    ward_member *m = &p->vals[p->nvals - 1];
    m->key = NULL;
    m->klen = 0;
    m->kstart = 0;
    m->value = n;
    *st = S_ARR_NEXT;
    return 0;
}

static int open_container(parser *p, const ward_json_token *t, state *st)
{
    if (p->nframes >= p->max_depth) {
        report(p, WARD_D_DOC_DEPTH, t->start, t->end, "input nested deeper than %u levels",
               p->max_depth);
        return -1;
    }
    frame f = {t->start, t->kind == WARD_JT_LBRACE, p->nvals};
    if (WARD_VEC_PUSH(p->frames, p->nframes, p->capframes, f) != 0)
        return out_of_memory(p);
    *st = f.is_object ? S_OBJ_FIRST : S_ARR_FIRST;
    return 0;
}

static int close_container(parser *p, const ward_json_token *t, state *st)
{
    frame f = p->frames[--p->nframes];
    size_t n = p->nvals - f.base;
    ward_node *node = new_node(p, f.is_object ? WARD_N_OBJECT : WARD_N_ARRAY, f.start, t->end);
    if (!node)
        return out_of_memory(p);
    const ward_member *kids = p->vals + f.base;
    if (n && f.is_object) {
        ward_member *m = alloc(p, n * sizeof *m);
        if (!m)
            return out_of_memory(p);
        memcpy(m, kids, n * sizeof *m);
        node->u.members = m;
    } else if (n) {
        ward_node **items = alloc(p, n * sizeof *items);
        if (!items)
            return out_of_memory(p);
        for (size_t i = 0; i < n; i++)
            items[i] = kids[i].value;
        node->u.items = items;
    }
    node->len = (uint32_t)n;
    p->nvals = f.base;
    return complete(p, node, st);
}

static int member_key(parser *p, const ward_json_token *t, state *st)
{
    const char *key;
    uint32_t klen;
    if (string_text(p, t, &key, &klen) != 0 || push_val(p) != 0)
        return -1;
    ward_member *m = &p->vals[p->nvals - 1];
    m->key = key;
    m->klen = klen;
    m->kstart = t->start;
    m->value = NULL;
    *st = S_OBJ_COLON;
    return 0;
}

static int value(parser *p, const ward_json_token *t, state *st)
{
    switch (t->kind) {
    case WARD_JT_LBRACE:
    case WARD_JT_LBRACKET:
        return open_container(p, t, st);
    case WARD_JT_STRING:
    case WARD_JT_NUMBER:
    case WARD_JT_TRUE:
    case WARD_JT_FALSE:
    case WARD_JT_NULL: {
        ward_node *n = scalar_node(p, t);
        return n ? complete(p, n, st) : -1;
    }
    default:
        break;
    }
    switch (*st) {
    case S_ARR_FIRST: return expected(p, t, *st, "a value or ']'");
    case S_ARR_VALUE: return expected(p, t, *st, "a value after ','");
    case S_OBJ_VALUE: return expected(p, t, *st, "a value after ':'");
    default: break;
    }
    if (t->kind == WARD_JT_EOF) {
        report(p, WARD_D_DOC_SYNTAX, t->start, t->end, "empty document");
        return -1;
    }
    return expected(p, t, *st, "a JSON value");
}

/* One token in state *st.  The states are listed in json.c's enum. */
static int step(parser *p, const ward_json_token *t, state *st)
{
    switch (*st) {
    case S_ARR_FIRST:
        if (t->kind == WARD_JT_RBRACKET)
            return close_container(p, t, st);
        return value(p, t, st);
    case S_VALUE:
    case S_ARR_VALUE:
    case S_OBJ_VALUE:
        return value(p, t, st);
    case S_ARR_NEXT:
        if (t->kind == WARD_JT_COMMA) {
            *st = S_ARR_VALUE;
            return 0;
        }
        if (t->kind == WARD_JT_RBRACKET)
            return close_container(p, t, st);
        return expected(p, t, *st, "',' or ']' after array element");
    case S_OBJ_FIRST:
    case S_OBJ_KEY:
        if (t->kind == WARD_JT_STRING)
            return member_key(p, t, st);
        if (t->kind == WARD_JT_RBRACE && *st == S_OBJ_FIRST)
            return close_container(p, t, st);
        return expected(p, t, *st, *st == S_OBJ_FIRST ? "a string key or '}'" : "a string key after ','");
    case S_OBJ_COLON:
        if (t->kind == WARD_JT_COLON) {
            *st = S_OBJ_VALUE;
            return 0;
        }
        return expected(p, t, *st, "':' after object key");
    case S_OBJ_NEXT:
        if (t->kind == WARD_JT_COMMA) {
            *st = S_OBJ_KEY;
            return 0;
        }
        if (t->kind == WARD_JT_RBRACE)
            return close_container(p, t, st);
        return expected(p, t, *st, "',' or '}' after object member");
    case S_END:
        if (t->kind == WARD_JT_EOF)
            return 0;
        return expected(p, t, *st, "end of input after the JSON value");
    }
    return -1;
}

static int run(parser *p, uint32_t skip, int allow_comments)
{
    const unsigned char *b = (const unsigned char *)p->text;
    p->lx.base = b;
    p->lx.cur = b + skip;
    p->lx.lim = b + p->len;
    p->lx.mar = b;
    p->lx.tok = b;
    p->lx.allow_comments = allow_comments;
    p->lx.err = WARD_JLE_NONE;
    state st = S_VALUE;
    ward_json_token toks[TOKEN_BATCH];
    for (;;) {
        size_t n = ward_json_lex_batch(&p->lx, toks, TOKEN_BATCH);
        for (size_t i = 0; i < n; i++) {
            /* A scanner error counts only when the parser gets to it: an
             * earlier syntax error in the same batch comes first. */
            if (toks[i].kind == WARD_JT_ERROR)
                return lex_error(p, st);
            if (step(p, &toks[i], &st) != 0)
                return -1;
            if (toks[i].kind == WARD_JT_EOF)
                return 0;
        }
    }
}

int ward_json_parse(ward_doc *doc, ward_sources *src, uint32_t file, const ward_json_opts *opts,
                    ward_diags *diags)
{
    doc->root = NULL;
    doc->file = file;
    const ward_source *f = ward_sources_get(src, file);
    if (!f) {
        ward_diag_add(diags, WARD_D_IO_READ, ward_span_none(), "no source file with id %u",
                      (unsigned)file);
        return -1;
    }
    parser p;
    memset(&p, 0, sizeof p);
    p.doc = doc;
    p.diags = diags;
    p.file = file;
    p.text = f->text;
    p.len = (uint32_t)f->len;
    p.max_depth = opts && opts->max_depth ? opts->max_depth : WARD_JSON_DEFAULT_DEPTH;
    if (f->len >= UINT32_MAX) {   /* spans are 32-bit offsets */
        report(&p, WARD_D_DOC_UNSUPPORTED, 0, 0, "file is larger than 4 GiB");
        return -1;
    }
    uint32_t skip = 0;
    int rc = settle_encoding(&p, src, &skip);
    if (rc == 0)
        rc = run(&p, skip, opts ? opts->allow_comments : 0);
    ward_free(p.vals);
    ward_free(p.frames);
    if (rc != 0)
        doc->root = NULL;
    return rc;
}
