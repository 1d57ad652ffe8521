/* lib_string.c: the string functions of the ARM library.
 *
 * Positions and lengths count UTF-16 units, as .NET does.  Comparisons that
 * ARM documents as case-insensitive (startsWith, endsWith, indexOf,
 * lastIndexOf) fold ASCII only; case conversion of non-ASCII text is not
 * attempted (UNKNOWN) rather than done differently from .NET.  Every result
 * is size-checked before it is built. */
#include "evalint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Finishes a string built in a memory writer. */
static ward_node *finish(ward_eval_ctx *ctx, const ward_ev_call *c, ward_writer *w)
{
    ward_node *out;
    if (w->len > WARD_EVAL_MAX_STRING)
        out = ward_ev_unknown(ctx, c->span, "'%.*s' result too large", (int)(c->nlen > 40 ? 40 : c->nlen), c->name);
    else if (w->failed)
        out = NULL;
    else
        out = ward_ev_str(ctx, w->buf ? w->buf : "", w->len, c->span);
    ward_writer_free(w);
    return out;
}

static ward_node *too_large(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return ward_ev_unknown(ctx, c->span, "'%.*s' result too large", (int)(c->nlen > 40 ? 40 : c->nlen), c->name);
}

/* --- concat and format ----------------------------------------------------- */

static ward_node *concat_arrays(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    size_t total = 0;
    for (size_t i = 0; i < c->nargs; i++) {
        if (c->args[i]->kind == WARD_N_NULL)
            continue;
        if (c->args[i]->kind != WARD_N_ARRAY)
            return ward_ev_error(ctx, c, "cannot concatenate an array with %s", ward_ev_kind(c->args[i]));
        total += c->args[i]->len;
    }
    if (total > WARD_EVAL_MAX_ITEMS)
        return too_large(ctx, c);
    if (!ward_ev_spend(ctx, total))
        return ward_ev_exhausted(ctx, c->span);
    ward_node *out = ward_ev_array(ctx, total, c->span);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < c->nargs; i++)
        for (uint32_t j = 0; c->args[i]->kind == WARD_N_ARRAY && j < c->args[i]->len; j++)
            out->u.items[k++] = c->args[i]->u.items[j];
    return out;
}

ward_node *ward_evf_concat(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    if (c->args[0]->kind == WARD_N_ARRAY)
        return concat_arrays(ctx, c);
    ward_writer w;
    ward_writer_mem(&w);
    for (size_t i = 0; i < c->nargs; i++) {
        const ward_node *a = c->args[i], *unk = NULL;
        if (a->kind == WARD_N_ARRAY || a->kind == WARD_N_OBJECT) {
            ward_writer_free(&w);
            return ward_ev_error(ctx, c, "cannot concatenate a string with %s", ward_ev_kind(a));
        }
        if (ward_ev_to_text(&w, a, &unk) != 0)
            break;
    }
    return finish(ctx, c, &w);
}

/* Appends one formatted number for a .NET standard format specifier
 * (D, N, F, X, P, G without precision).  Returns -1 if unsupported. */
static int format_number(ward_writer *w, double v, char spec, int prec)
{
    char buf[400];
    bool integral = ward_ev_is_int(v);
    switch (toupper((unsigned char)spec)) {
    case 'D':
        if (!integral)
            return -1;
        snprintf(buf, sizeof buf, "%s%0*.0f", v < 0 ? "-" : "", prec < 0 ? 1 : prec, v < 0 ? -v : v);
        break;
    case 'X':
        if (!integral)
            return -1;
        snprintf(buf, sizeof buf, spec == 'X' ? "%0*llX" : "%0*llx", prec < 0 ? 1 : prec,
                 (unsigned long long)(long long)v);
        break;
    case 'F':
        snprintf(buf, sizeof buf, "%.*f", prec < 0 ? 2 : prec, v);
        break;
    case 'N':
    case 'P': {
        double x = toupper((unsigned char)spec) == 'P' ? v * 100 : v;
        char raw[400];
        snprintf(raw, sizeof raw, "%.*f", prec < 0 ? 2 : prec, x < 0 ? -x : x);
        /* Group the integer digits by three with ',' (invariant culture). */
        size_t intlen = strcspn(raw, "."), k = 0;
        if (x < 0 && strspn(raw, "0.") != strlen(raw))
            buf[k++] = '-';
        for (size_t i = 0; raw[i] && k < sizeof buf - 4; i++) {
            if (i > 0 && i < intlen && (intlen - i) % 3 == 0)
                buf[k++] = ',';
            buf[k++] = raw[i];
        }
        buf[k] = '\0';
        if (toupper((unsigned char)spec) == 'P')
            strcat(buf, " %");
        break;
    }
    case 'G':
        if (prec >= 0)
            return -1;
        ward_ev_fmt_num(v, buf);
        break;
    default:
        return -1;
    }
    ward_puts(w, buf);
    return 0;
}

/* One placeholder value with its format string (may be empty). */
static int format_value(ward_writer *w, const ward_node *v, const char *spec, size_t slen, const ward_node **unk)
{
    if (v->kind == WARD_N_ARRAY || v->kind == WARD_N_OBJECT)
        return -1;   /* .NET prints indented JSON here; not reproduced */
    if (slen == 0 || v->kind != WARD_N_NUMBER)
        return ward_ev_to_text(w, v, unk) == 0 ? 0 : -2;   /* non-numbers ignore the specifier */
    int prec = -1;
    if (slen > 1) {
        if (slen > 3)
            return -1;
        prec = 0;
        for (size_t i = 1; i < slen; i++) {
            if (spec[i] < '0' || spec[i] > '9')
                return -1;
            prec = prec * 10 + (spec[i] - '0');
        }
    }
    return format_number(w, v->u.num, spec[0], prec);
}

/* Parses "{index[,align][:spec]}" at fmt[*i] (after the '{'). */
static int placeholder(const char *f, size_t n, size_t *i, long *index, long *align, const char **spec,
                       size_t *slen)
{
    char *end;
    char buf[32];
    size_t j = *i, k = 0;
    while (j < n && f[j] != '}' && f[j] != ':' && k < sizeof buf - 1)
        buf[k++] = f[j++];
    buf[k] = '\0';
    *index = strtol(buf, &end, 10);
    *align = 0;
    if (end == buf || *index < 0)
        return -1;
    if (*end == ',') {
        char *aend;
        *align = strtol(end + 1, &aend, 10);
        if (aend == end + 1 || *aend || *align > 10000 || *align < -10000)
            return -1;
    } else if (*end) {
        return -1;
    }
    *spec = f + j;
    *slen = 0;
    if (j < n && f[j] == ':') {
        *spec = f + ++j;
        while (j < n && f[j] != '}')
            j++;
        *slen = (size_t)(f + j - *spec);
    }
    if (j >= n)
        return -1;
    *i = j + 1;
    return 0;
}

/* Writes v padded to |align| UTF-16 units (right-aligned when positive). */
static int aligned(ward_writer *w, const ward_node *v, long align, const char *spec, size_t slen,
                   const ward_node **unk)
{
    ward_writer tmp;
    ward_writer_mem(&tmp);
    int r = format_value(&tmp, v, spec, slen, unk);
    size_t units = ward_ev_u16_len(tmp.buf ? tmp.buf : "", tmp.len);
    size_t width = (size_t)(align < 0 ? -align : align);
    if (r == 0 && align > 0)
        for (size_t i = units; i < width; i++)
            ward_putc(w, ' ');
    if (r == 0)
        ward_write(w, tmp.buf ? tmp.buf : "", tmp.len);
    if (r == 0 && align < 0)
        for (size_t i = units; i < width; i++)
            ward_putc(w, ' ');
    ward_writer_free(&tmp);
    return r;
}

ward_node *ward_evf_format(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *f;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &f, &n, &bad))
        return bad;
    ward_writer w;
    ward_writer_mem(&w);
    for (size_t i = 0; i < n && w.len <= WARD_EVAL_MAX_STRING;) {
        if ((f[i] == '{' || f[i] == '}') && i + 1 < n && f[i + 1] == f[i]) {
            ward_putc(&w, f[i]);
            i += 2;
            continue;
        }
        if (f[i] == '}') {
            ward_writer_free(&w);
            return ward_ev_error(ctx, c, "invalid format string: unmatched '}'");
        }
        if (f[i] != '{') {
            ward_putc(&w, f[i++]);
            continue;
        }
        long index, align;
        const char *spec;
        size_t slen;
        i++;
        if (placeholder(f, n, &i, &index, &align, &spec, &slen) < 0 || (size_t)index + 1 >= c->nargs) {
            ward_writer_free(&w);
            return ward_ev_error(ctx, c, "invalid format item at offset %zu", i);
        }
        const ward_node *unk = NULL;
        int r = aligned(&w, c->args[index + 1], align, spec, slen, &unk);
        if (r != 0) {
            ward_writer_free(&w);
            if (unk)
                return (ward_node *)unk;
            return ward_ev_unknown(ctx, c->span, "format item {%ld} with this value or specifier is not evaluated",
                               index);
        }
    }
    return finish(ctx, c, &w);
}

/* --- case and whitespace ----------------------------------------------------- */

static ward_node *change_case(ward_eval_ctx *ctx, const ward_ev_call *c, int upper)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    if (!ward_ev_is_ascii(s, n))
        return ward_ev_unknown(ctx, c->span, "case conversion of non-ASCII text is not evaluated");
    ward_node *out = ward_ev_str(ctx, s, n, c->span);
    if (!out)
        return NULL;
    char *p = (char *)out->u.str;
    for (size_t i = 0; i < n; i++)
        p[i] = (char)(upper ? toupper((unsigned char)p[i]) : tolower((unsigned char)p[i]));
    return out;
}

ward_node *ward_evf_to_lower(ward_eval_ctx *ctx, const ward_ev_call *c) { return change_case(ctx, c, 0); }
ward_node *ward_evf_to_upper(ward_eval_ctx *ctx, const ward_ev_call *c) { return change_case(ctx, c, 1); }

/* Length of a Unicode white-space sequence at s (0 if none), for Trim(). */
static size_t space_at(const unsigned char *s, size_t left)
{
    if (left >= 1 && (s[0] == ' ' || (s[0] >= 0x09 && s[0] <= 0x0d)))
        return 1;
    if (left >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
        return 2;
    if (left >= 3 && s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
        return 3;
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3;
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;
    if (left >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    return 0;
}

ward_node *ward_evf_trim(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n, k;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    const unsigned char *u = (const unsigned char *)s;
    size_t a = 0, b = n;
    while (a < b && (k = space_at(u + a, b - a)) > 0)
        a += k;
    for (;;) {
        size_t before = b;
        for (size_t back = 1; back <= 3 && back <= b - a; back++)
            if (space_at(u + b - back, back) == back) {
                b -= back;
                break;
            }
        if (b == before)
            break;
    }
    return ward_ev_str(ctx, s + a, b - a, c->span);
}

/* --- search and replace ---------------------------------------------------- */

ward_node *ward_evf_replace(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s, *old, *rep;
    size_t n, on, rn;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad) || !ward_ev_arg_str(ctx, c, 1, &old, &on, &bad) ||
        !ward_ev_arg_str(ctx, c, 2, &rep, &rn, &bad))
        return bad;
    if (on == 0)
        return ward_ev_error(ctx, c, "the string to replace is empty");
    if (!ward_ev_spend(ctx, n / 16))
        return ward_ev_exhausted(ctx, c->span);
    ward_writer w;
    ward_writer_mem(&w);
    for (size_t i = 0; i < n && w.len <= WARD_EVAL_MAX_STRING;) {
        if (i + on <= n && memcmp(s + i, old, on) == 0) {
            ward_write(&w, rep, rn);
            i += on;
        } else {
            ward_putc(&w, s[i++]);
        }
    }
    return finish(ctx, c, &w);
}

/* Index of the first delimiter matching at s[i], or -1 (.NET checks the
 * separators in order and skips empty ones). */
static long delimiter_at(const char *s, size_t n, size_t i, ward_node *const *d, size_t nd)
{
    for (size_t k = 0; k < nd; k++)
        if (d[k]->len && i + d[k]->len <= n && memcmp(s + i, d[k]->u.str, d[k]->len) == 0)
            return (long)k;
    return -1;
}

ward_node *ward_evf_split(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    ward_node *const *d = &c->args[1];
    size_t nd = 1;
    if (c->args[1]->kind == WARD_N_ARRAY) {
        d = c->args[1]->u.items;
        nd = c->args[1]->len;
    }
    for (size_t k = 0; k < nd; k++) {
        if (d[k]->kind == WARD_N_UNKNOWN)
            return d[k];
        if (d[k]->kind != WARD_N_STRING)
            return ward_ev_error(ctx, c, "delimiters must be strings");
    }
    if (!ward_ev_spend(ctx, n * (nd ? nd : 1) / 8))
        return ward_ev_exhausted(ctx, c->span);
    /* Two passes: count the pieces, then fill. */
    size_t pieces = 1;
    for (size_t i = 0; i < n;) {
        long k = delimiter_at(s, n, i, d, nd);
        i += k >= 0 ? d[k]->len : 1;
        pieces += k >= 0;
    }
    if (pieces > WARD_EVAL_MAX_ITEMS)
        return too_large(ctx, c);
    ward_node *out = ward_ev_array(ctx, pieces, c->span);
    if (!out)
        return NULL;
    size_t start = 0, p = 0;
    for (size_t i = 0; i <= n;) {
        long k = i < n ? delimiter_at(s, n, i, d, nd) : -2;
        if (k == -1) {
            i++;
            continue;
        }
        if (!(out->u.items[p++] = ward_ev_str(ctx, s + start, i - start, c->span)))
            return NULL;
        if (k == -2)
            break;
        i += d[k]->len;
        start = i;
    }
    return out;
}

ward_node *ward_evf_substring(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n, a, b;
    int64_t start, len;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad) || !ward_ev_arg_int(ctx, c, 1, &start, &bad))
        return bad;
    size_t units = ward_ev_u16_len(s, n);
    if (c->nargs == 3) {
        if (!ward_ev_arg_int(ctx, c, 2, &len, &bad))
            return bad;
    } else {
        len = start >= 0 && (size_t)start <= units ? (int64_t)units - start : 0;
    }
    if (start < 0 || (size_t)start > units)
        return ward_ev_error(ctx, c, "start index %lld is out of range", (long long)start);
    if (len < 0 || (size_t)len > units - (size_t)start)
        return ward_ev_error(ctx, c, "length %lld is out of range", (long long)len);
    if (ward_ev_u16_offset(s, n, (size_t)start, &a) < 0 || ward_ev_u16_offset(s, n, (size_t)(start + len), &b) < 0)
        return ward_ev_unknown(ctx, c->span, "substring() splitting a surrogate pair is not evaluated");
    return ward_ev_str(ctx, s + a, b - a, c->span);
}

ward_node *ward_evf_pad_left(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *v = c->args[0];
    const char *pad = " ";
    size_t padn = 1;
    int64_t total;
    ward_node *bad = NULL;
    if (v->kind != WARD_N_STRING && !(v->kind == WARD_N_NUMBER && ward_ev_is_int(v->u.num)))
        return ward_ev_error(ctx, c, "the value must be a string or an integer, not %s", ward_ev_kind(v));
    if (!ward_ev_arg_int(ctx, c, 1, &total, &bad))
        return bad;
    if (c->nargs == 3 && !ward_ev_arg_str(ctx, c, 2, &pad, &padn, &bad))
        return bad;
    if (ward_ev_u16_len(pad, padn) != 1)
        return ward_ev_error(ctx, c, "the padding must be one character");
    if (total < 0)
        return ward_ev_error(ctx, c, "the total length must not be negative");
    if ((uint64_t)total > WARD_EVAL_MAX_STRING / padn)
        return too_large(ctx, c);
    ward_writer text, w;
    const ward_node *unk = NULL;
    ward_writer_mem(&text);
    ward_ev_to_text(&text, v, &unk);
    size_t units = ward_ev_u16_len(text.buf ? text.buf : "", text.len);
    ward_writer_mem(&w);
    for (size_t i = units; i < (size_t)total; i++)
        ward_write(&w, pad, padn);
    ward_write(&w, text.buf ? text.buf : "", text.len);
    ward_writer_free(&text);
    return finish(ctx, c, &w);
}

/* ASCII case-insensitive comparison of n bytes. */
static bool ieq(const char *a, const char *b, size_t n) { return n == 0 || strncasecmp(a, b, n) == 0; }

static ward_node *affix(ward_eval_ctx *ctx, const ward_ev_call *c, int at_end)
{
    const char *s, *x;
    size_t n, xn;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad) || !ward_ev_arg_str(ctx, c, 1, &x, &xn, &bad))
        return bad;
    bool r = xn <= n && ieq(at_end ? s + n - xn : s, x, xn);
    return ward_ev_bool(ctx, r, c->span);
}

ward_node *ward_evf_starts_with(ward_eval_ctx *ctx, const ward_ev_call *c) { return affix(ctx, c, 0); }
ward_node *ward_evf_ends_with(ward_eval_ctx *ctx, const ward_ev_call *c) { return affix(ctx, c, 1); }

static ward_node *array_index_of(ward_eval_ctx *ctx, const ward_ev_call *c, int last)
{
    const ward_node *arr = c->args[0];
    if (!ward_ev_spend(ctx, arr->len))
        return ward_ev_exhausted(ctx, c->span);
    for (uint32_t k = 0; k < arr->len; k++) {
        uint32_t i = last ? arr->len - 1 - k : k;
        int r = ward_ev_eq3(arr->u.items[i], c->args[1], 0);
        if (r < 0)
            return ward_ev_unknown(ctx, c->span, "indexOf() over unknown items");
        if (r == 1)
            return ward_ev_num(ctx, i, c->span);
    }
    return ward_ev_num(ctx, -1, c->span);
}

static ward_node *index_of(ward_eval_ctx *ctx, const ward_ev_call *c, int last)
{
    if (c->args[0]->kind == WARD_N_ARRAY)
        return array_index_of(ctx, c, last);
    const char *s, *x;
    size_t n, xn;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad) || !ward_ev_arg_str(ctx, c, 1, &x, &xn, &bad))
        return bad;
    if (xn == 0) {
        if (last)   /* .NET versions disagree on LastIndexOf(""): do not guess */
            return ward_ev_unknown(ctx, c->span, "lastIndexOf() of an empty string is not evaluated");
        return ward_ev_num(ctx, 0, c->span);
    }
    if (!ward_ev_spend(ctx, n / 16))
        return ward_ev_exhausted(ctx, c->span);
    long found = -1;
    for (size_t k = 0; xn <= n && k <= n - xn; k++) {
        size_t i = last ? n - xn - k : k;
        if (ieq(s + i, x, xn)) {
            found = (long)i;
            break;
        }
    }
    return ward_ev_num(ctx, found < 0 ? -1.0 : (double)ward_ev_u16_len(s, (size_t)found), c->span);
}

ward_node *ward_evf_index_of(ward_eval_ctx *ctx, const ward_ev_call *c) { return index_of(ctx, c, 0); }
ward_node *ward_evf_last_index_of(ward_eval_ctx *ctx, const ward_ev_call *c) { return index_of(ctx, c, 1); }

ward_node *ward_evf_join(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *d;
    size_t dn;
    ward_node *bad = NULL;
    if (c->args[0]->kind != WARD_N_ARRAY)
        return ward_ev_error(ctx, c, "the first argument must be an array, not %s", ward_ev_kind(c->args[0]));
    if (!ward_ev_arg_str(ctx, c, 1, &d, &dn, &bad))
        return bad;
    const ward_node *arr = c->args[0];
    ward_writer w;
    ward_writer_mem(&w);
    for (uint32_t i = 0; i < arr->len && w.len <= WARD_EVAL_MAX_STRING; i++) {
        const ward_node *it = arr->u.items[i];
        if (it->kind != WARD_N_STRING) {
            ward_writer_free(&w);
            if (it->kind == WARD_N_UNKNOWN)
                return (ward_node *)it;
            return ward_ev_error(ctx, c, "items must be strings, not %s", ward_ev_kind(it));
        }
        if (i)
            ward_write(&w, d, dn);
        ward_write(&w, it->u.str, it->len);
    }
    return finish(ctx, c, &w);
}

/* --- base64 and data URIs ---------------------------------------------------- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_encode(ward_writer *w, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16 | (i + 1 < n ? (unsigned)s[i + 1] << 8 : 0) | (i + 2 < n ? s[i + 2] : 0);
        char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=',
                     i + 2 < n ? b64[v & 63] : '='};
        ward_write(w, q, 4);
    }
}

/* Decodes base64 (blanks ignored, padding checked); -1 on bad input. */
static int b64_decode(ward_writer *w, const char *s, size_t n)
{
    unsigned v = 0;
    int bits = 0, pad = 0;
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
            continue;
        count++;
        if (ch == '=') {
            pad++;
            continue;
        }
        const char *p = ch ? strchr(b64, ch) : NULL;
        if (!p || pad)
            return -1;
        v = (v << 6) | (unsigned)(p - b64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            ward_putc(w, (char)((v >> bits) & 0xFF));
        }
    }
    return count % 4 == 0 && pad <= 2 ? 0 : -1;
}

ward_node *ward_evf_base64(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    if (n > WARD_EVAL_MAX_STRING / 4 * 3)
        return too_large(ctx, c);
    ward_writer w;
    ward_writer_mem(&w);
    b64_encode(&w, (const unsigned char *)s, n);
    return finish(ctx, c, &w);
}

static ward_node *decode_arg(ward_eval_ctx *ctx, const ward_ev_call *c, ward_writer *w)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    ward_writer_mem(w);
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    if (b64_decode(w, s, n) < 0) {
        ward_writer_free(w);
        return ward_ev_error(ctx, c, "invalid base64 text");
    }
    return NULL;
}

ward_node *ward_evf_base64_to_string(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    ward_writer w;
    ward_node *bad = decode_arg(ctx, c, &w);
    if (bad)
        return bad;
    return finish(ctx, c, &w);
}

ward_node *ward_evf_base64_to_json(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    ward_writer w;
    const char *err = NULL;
    ward_node *bad = decode_arg(ctx, c, &w);
    if (bad)
        return bad;
    ward_node *v = w.failed ? NULL : ward_ev_parse_json(ctx, w.buf ? w.buf : "", w.len, c->span, &err);
    ward_writer_free(&w);
    if (!v && err)
        return ward_ev_error(ctx, c, "invalid JSON: %s", err);
    return v;
}

ward_node *ward_evf_data_uri(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    if (n > WARD_EVAL_MAX_STRING / 4 * 3 - 64)
        return too_large(ctx, c);
    ward_writer w;
    ward_writer_mem(&w);
    ward_puts(&w, "data:text/plain;charset=utf8;base64,");
    b64_encode(&w, (const unsigned char *)s, n);
    return finish(ctx, c, &w);
}

ward_node *ward_evf_data_uri_to_string(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    const char *comma = memchr(s, ',', n);
    if (n < 5 || strncasecmp(s, "data:", 5) != 0 || !comma)
        return ward_ev_error(ctx, c, "not a data URI");
    size_t head = (size_t)(comma - s);
    if (head < 7 || strncasecmp(comma - 7, ";base64", 7) != 0)
        return ward_ev_unknown(ctx, c->span, "dataUriToString() of a data URI without base64 is not evaluated");
    ward_writer w;
    ward_writer_mem(&w);
    if (b64_decode(&w, comma + 1, n - head - 1) < 0) {
        ward_writer_free(&w);
        return ward_ev_error(ctx, c, "invalid base64 text");
    }
    return finish(ctx, c, &w);
}

/* --- deterministic and non-deterministic names ------------------------------ */

/* Collects the string arguments of uniqueString()/guid(); an id holding a
 * placeholder for an unknown fact would hash to a wrong value, so it makes
 * the result unknown. */
/* uniqueString()/guid() of an input that depends on the deployment (a
 * subscription or resource group id): the real value is not known, but it is
 * a function of its input.  The result names that input
 * ("{uniqueString(/subscriptions/{subscriptionId}/...)}"), so names built
 * from it match across the resources of a template, and, carrying a
 * placeholder, it still compares as unknown with equals(). */
static ward_node *symbolic_hash(ward_eval_ctx *ctx, const ward_ev_call *c, const char **parts, const size_t *lens)
{
    ward_writer w;
    ward_writer_mem(&w);
    ward_printf(&w, "{%.*s(", (int)(c->nlen > 40 ? 40 : c->nlen), c->name);
    for (size_t i = 0; i < c->nargs; i++) {
        if (i)
            ward_putc(&w, ',');
        ward_write(&w, parts[i] ? parts[i] : "", parts[i] ? lens[i] : 0);
    }
    ward_puts(&w, ")}");
    ward_node *n = w.failed ? NULL : ward_ev_str(ctx, w.buf, w.len, c->span);
    ward_writer_free(&w);
    if (n)
        n->flags |= WARD_NF_EXPR;
    return n;
}

static ward_node *hash_inputs(ward_eval_ctx *ctx, const ward_ev_call *c, const char ***parts, size_t **lens)
{
    *parts = ward_arena_alloc(ctx->arena, c->nargs * sizeof **parts);
    *lens = ward_arena_alloc(ctx->arena, c->nargs * sizeof **lens);
    if (!*parts || !*lens)
        return NULL;
    for (size_t i = 0; i < c->nargs; i++) {
        ward_node *bad = NULL;
        if (!ward_ev_arg_str(ctx, c, i, &(*parts)[i], &(*lens)[i], &bad))
            return bad;
    }
    for (size_t i = 0; i < c->nargs; i++)   /* every part is read first: the symbol names them all */
        if (ward_ev_has_placeholder((*parts)[i], (*lens)[i]))
            return symbolic_hash(ctx, c, *parts, *lens);
    return NULL;
}

ward_node *ward_evf_unique_string(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char **parts = NULL;
    size_t *lens = NULL;
    char out[14];
    ward_node *bad = hash_inputs(ctx, c, &parts, &lens);
    if (bad || !parts || !lens)
        return bad;
    if (ward_eval_unique_string(parts, lens, c->nargs, out) < 0)
        return NULL;
    return ward_ev_str(ctx, out, 13, c->span);
}

ward_node *ward_evf_guid(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char **parts = NULL;
    size_t *lens = NULL;
    char out[37];
    ward_node *bad = hash_inputs(ctx, c, &parts, &lens);
    if (bad || !parts || !lens)
        return bad;
    if (ward_eval_guid(parts, lens, c->nargs, out) < 0)
        return ward_ev_unknown(ctx, c->span, "guid() digest failed");
    return ward_ev_str(ctx, out, 36, c->span);
}

ward_node *ward_evf_new_guid(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return ward_ev_unknown(ctx, c->span, "newGuid() is random at deployment");
}

ward_node *ward_evf_utc_now(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return ward_ev_unknown(ctx, c->span, "utcNow() is the time of deployment");
}
