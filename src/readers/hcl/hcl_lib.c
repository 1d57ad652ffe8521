/* hcl_lib.c: Terraform's built-in functions, as far as they can be decided
 * before deployment.
 *
 * Arguments are evaluated first (try() and can() evaluate theirs one by one
 * and watch the error counter); a call whose argument is UNKNOWN returns
 * that UNKNOWN, except coalesce-like functions that can decide anyway.
 * Functions that read files, the clock, random sources or hashes, and names
 * ward does not know, give an UNKNOWN "unsupported function" (never a
 * guess, never a crash).  Where Terraform's function is ARM's under another
 * name (jsondecode = json, base64encode = base64), the shared library in
 * src/eval is called. */
#include "hcl_eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct hargs {
    ward_hmod *m;
    ward_node **v;
    size_t n;
    ward_span at;
} hargs;

typedef ward_node *(*hfn)(hargs *a);

static ward_arena *A(hargs *a) { return a->m->r->arena; }

static ward_node *err(hargs *a, const char *what)
{
    return ward_hunknown(a->m, a->at, 1, "%s", what);
}

static const char *str_of(hargs *a, size_t i, size_t *len)
{
    return i < a->n ? ward_hto_string(a->m, a->v[i], len) : NULL;
}

static int num_of(hargs *a, size_t i, double *d)
{
    if (i >= a->n)
        return -1;
    if (a->v[i]->kind == WARD_N_NUMBER) {
        *d = a->v[i]->u.num;
        return 0;
    }
    size_t len;
    const char *s = str_of(a, i, &len);
    if (!s || !len || len > 60)
        return -1;
    char buf[64], *end;
    memcpy(buf, s, len);
    buf[len] = 0;
    *d = strtod(buf, &end);
    return *end ? -1 : 0;
}

static ward_node *str_res(hargs *a, const char *s, size_t n) { return ward_hstring(a->m, s, n, a->at); }

static ward_node *list_of(hargs *a, size_t n)
{
    return ward_harray(a->m, n, a->at);
}

static int push_item(hargs *a, ward_node **arr, size_t *cap, ward_node *v)
{
    ward_node *o = *arr;
    if (o->len == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        ward_node **p = ward_arena_zalloc(A(a), nc * sizeof *p);
        if (!p)
            return -1;
        if (o->len)
            memcpy(p, o->u.items, o->len * sizeof *p);
        o->u.items = p;
        *cap = nc;
    }
    o->u.items[o->len++] = v;
    return 0;
}

/* ---- strings -------------------------------------------------------------- */

static ward_node *case_map(hargs *a, int upper)
{
    size_t n;
    const char *s = str_of(a, 0, &n);
    if (!s)
        return err(a, "expected a string");
    char *o = ward_arena_strndup(A(a), s, n);
    for (size_t i = 0; o && i < n; i++)
        if (upper ? (o[i] >= 'a' && o[i] <= 'z') : (o[i] >= 'A' && o[i] <= 'Z'))
            o[i] = (char)(o[i] ^ 0x20);
    return o ? str_res(a, o, n) : NULL;
}

static ward_node *f_lower(hargs *a) { return case_map(a, 0); }
static ward_node *f_upper(hargs *a) { return case_map(a, 1); }

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static ward_node *f_trimspace(hargs *a)
{
    size_t n;
    const char *s = str_of(a, 0, &n);
    if (!s)
        return err(a, "expected a string");
    while (n && is_space(*s))
        s++, n--;
    while (n && is_space(s[n - 1]))
        n--;
    return str_res(a, s, n);
}

static ward_node *f_chomp(hargs *a)
{
    size_t n;
    const char *s = str_of(a, 0, &n);
    if (!s)
        return err(a, "expected a string");
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    return str_res(a, s, n);
}

static int has_char(const char *set, size_t n, char c)
{
    return memchr(set, c, n) != NULL;
}

static ward_node *f_trim(hargs *a)
{
    size_t n, cn;
    const char *s = str_of(a, 0, &n), *cs = str_of(a, 1, &cn);
    if (!s || !cs)
        return err(a, "expected strings");
    while (n && has_char(cs, cn, *s))
        s++, n--;
    while (n && has_char(cs, cn, s[n - 1]))
        n--;
    return str_res(a, s, n);
}

static ward_node *affix(hargs *a, int prefix, int test)
{
    size_t n, pn;
    const char *s = str_of(a, 0, &n), *p = str_of(a, 1, &pn);
    if (!s || !p)
        return err(a, "expected strings");
    int match = pn <= n && !memcmp(prefix ? s : s + n - pn, p, pn);
    if (test)
        return ward_node_bool(A(a), match, a->at);
    if (!match)
        return str_res(a, s, n);
    return str_res(a, prefix ? s + pn : s, n - pn);
}

static ward_node *f_trimprefix(hargs *a) { return affix(a, 1, 0); }
static ward_node *f_trimsuffix(hargs *a) { return affix(a, 0, 0); }
static ward_node *f_startswith(hargs *a) { return affix(a, 1, 1); }
static ward_node *f_endswith(hargs *a) { return affix(a, 0, 1); }

static const char *find_sub(const char *s, size_t n, const char *p, size_t pn)
{
    if (!pn || pn > n)
        return NULL;
    for (size_t i = 0; i + pn <= n; i++)
        if (!memcmp(s + i, p, pn))
            return s + i;
    return NULL;
}

static ward_node *f_strcontains(hargs *a)
{
    size_t n, pn;
    const char *s = str_of(a, 0, &n), *p = str_of(a, 1, &pn);
    if (!s || !p)
        return err(a, "expected strings");
    return ward_node_bool(A(a), pn == 0 || find_sub(s, n, p, pn) != NULL, a->at);
}

static ward_node *f_replace(hargs *a)
{
    size_t n, pn, rn;
    const char *s = str_of(a, 0, &n), *p = str_of(a, 1, &pn), *rep = str_of(a, 2, &rn);
    if (!s || !p || !rep)
        return err(a, "expected strings");
    if (pn >= 2 && p[0] == '/' && p[pn - 1] == '/')
        return ward_hunknown(a->m, a->at, 0, "replace() with a regular expression is not evaluated");
    ward_node *r = ward_eval_call(&a->m->r->ev, "replace", 7, a->v, 3, a->at);
    return r;
}

static ward_node *f_split(hargs *a)
{
    size_t n, sn;
    const char *sep = str_of(a, 0, &sn), *s = str_of(a, 1, &n);
    if (!sep || !s)
        return err(a, "expected strings");
    ward_node *out = list_of(a, 0);
    size_t cap = 0;
    if (!out)
        return NULL;
    for (;;) {
        const char *hit = find_sub(s, n, sep, sn);
        size_t len = hit ? (size_t)(hit - s) : n;
        if (push_item(a, &out, &cap, str_res(a, s, len)) != 0)
            return NULL;
        if (!hit)
            return out;
        n -= len + sn;
        s = hit + sn;
    }
}

static ward_node *f_join(hargs *a)
{
    size_t sn;
    const char *sep = str_of(a, 0, &sn);
    if (!sep)
        return err(a, "expected a separator");
    char *buf = NULL;
    size_t len = 0;
    int first = 1;
    for (size_t i = 1; i < a->n; i++) {
        const ward_node *l = a->v[i];
        if (l->kind != WARD_N_ARRAY)
            return err(a, "join() needs lists");
        for (uint32_t j = 0; j < l->len; j++) {
            size_t en;
            if (l->u.items[j]->kind == WARD_N_UNKNOWN)
                return ward_hplace(a->m, l->u.items[j], a->at, NULL);
            const char *e = ward_hto_string(a->m, l->u.items[j], &en);
            if (!e)
                return err(a, "join() needs strings");
            char *nb = ward_arena_printf(A(a), "%.*s%.*s%.*s", (int)len, buf ? buf : "", first ? 0 : (int)sn, sep,
                                         (int)en, e);
            if (!nb)
                return NULL;
            buf = nb;
            len = strlen(nb);
            first = 0;
        }
    }
    return str_res(a, buf ? buf : "", len);
}

static ward_node *f_substr(hargs *a)
{
    size_t n;
    double off, len;
    const char *s = str_of(a, 0, &n);
    if (!s || num_of(a, 1, &off) || num_of(a, 2, &len))
        return err(a, "substr(string, offset, length)");
    if (off < 0)
        off = n + off < 0 ? 0 : n + off;
    if (off > n)
        off = (double)n;
    size_t o = (size_t)off, l = len < 0 || o + (size_t)len > n ? n - o : (size_t)len;
    return str_res(a, s + o, l);
}

/* One format() verb with its flags, width and precision: %d %s %q %v %t %f
 * (Terraform's fmt-style verbs as configurations use them).  Returns 0, or
 * -1 when the argument has no form for the verb. */
static int format_one(hargs *a, ward_writer *w, char verb, const char *flags, int width, int prec,
                      const ward_node *v)
{
    char buf[64];
    const char *e = buf;
    size_t en;
    int left = strchr(flags, '-') != NULL, zero = strchr(flags, '0') != NULL && !left;
    if ((verb == 'd' || verb == 'f') && v->kind == WARD_N_NUMBER) {
        const char *sign = v->u.num < 0 ? "-" : strchr(flags, '+') ? "+" : strchr(flags, ' ') ? " " : "";
        double x = fabs(v->u.num);
        if (verb == 'd' && x > 9.2e18)
            return -1;
        int n = verb == 'd' ? snprintf(buf, sizeof buf, "%s%lld", sign, (long long)trunc(x))
                            : snprintf(buf, sizeof buf, "%s%.*f", sign, prec < 0 ? 6 : (prec > 30 ? 30 : prec), x);
        en = (size_t)(n < 0 ? 0 : n);
        if (zero && (int)en < width) {   /* zeros go between the sign and the digits */
            size_t s = *sign ? 1 : 0;
            ward_write(w, buf, s);
            for (int i = (int)en; i < width; i++)
                ward_putc(w, '0');
            ward_write(w, buf + s, en - s);
            return 0;
        }
    } else if (verb == 'd' || verb == 'f') {
        return -1;
    } else {
        e = ward_hto_string(a->m, v, &en);
        if (!e)
            return -1;
        if (verb == 's' && prec >= 0 && (size_t)prec < en)
            en = (size_t)prec;
    }
    int pad = width > (int)en + (verb == 'q' ? 2 : 0) ? width - (int)en - (verb == 'q' ? 2 : 0) : 0;
    for (int i = 0; !left && i < pad; i++)
        ward_putc(w, ' ');
    if (verb == 'q') {
        ward_putc(w, '"');
        ward_write_json_str(w, e, en);
        ward_putc(w, '"');
    } else {
        ward_write(w, e, en);
    }
    for (int i = 0; left && i < pad; i++)
        ward_putc(w, ' ');
    return 0;
}

static int spec_number(const char *f, size_t fn, size_t *i)
{
    int n = 0;
    while (*i < fn && f[*i] >= '0' && f[*i] <= '9' && n < 1000)
        n = n * 10 + (f[(*i)++] - '0');
    return n;
}

static ward_node *f_format(hargs *a)
{
    size_t fn;
    const char *f = str_of(a, 0, &fn);
    if (!f)
        return err(a, "format() needs a format string");
    ward_writer w;
    ward_writer_mem(&w);
    const char *bad = NULL;
    size_t arg = 1;
    for (size_t i = 0; i < fn && !bad && !w.failed; i++) {
        if (f[i] != '%') {
            ward_putc(&w, f[i]);
            continue;
        }
        char flags[8] = "";
        size_t nf = 0;
        for (i++; i < fn && strchr("-+# 0", f[i]) && nf < sizeof flags - 1; i++)
            flags[nf++] = f[i];
        int width = spec_number(f, fn, &i), prec = -1;
        if (i < fn && f[i] == '.') {
            i++;
            prec = spec_number(f, fn, &i);
        }
        char verb = i < fn ? f[i] : 0;
        if (verb == '%')
            ward_putc(&w, '%');
        else if (!verb || !strchr("dsqvtf", verb))
            bad = "format() has an unsupported verb";
        else if (arg >= a->n)
            bad = "format() has too few arguments";
        else if (format_one(a, &w, verb == 'v' || verb == 't' ? 's' : verb, flags, width, prec, a->v[arg++]) != 0)
            bad = "format() argument does not fit its verb";
    }
    ward_node *r = bad ? err(a, bad) : w.failed ? NULL : str_res(a, w.buf ? w.buf : "", w.len);
    ward_writer_free(&w);
    return r;
}

/* ---- collections ---------------------------------------------------------- */

static ward_node *f_length(hargs *a)
{
    const ward_node *v = a->v[0];
    if (v->kind == WARD_N_STRING) {
        size_t cps = 0;
        for (uint32_t i = 0; i < v->len; i++)
            cps += ((unsigned char)v->u.str[i] & 0xC0) != 0x80;
        return ward_node_number(A(a), (double)cps, a->at);
    }
    if (v->kind != WARD_N_ARRAY && v->kind != WARD_N_OBJECT)
        return err(a, "length() needs a collection or a string");
    return ward_node_number(A(a), v->len, a->at);
}

static ward_node *f_concat(hargs *a)
{
    ward_node *out = list_of(a, 0);
    size_t cap = 0;
    for (size_t i = 0; out && i < a->n; i++) {
        if (a->v[i]->kind != WARD_N_ARRAY)
            return err(a, "concat() needs lists");
        for (uint32_t j = 0; j < a->v[i]->len; j++)
            if (push_item(a, &out, &cap, a->v[i]->u.items[j]) != 0)
                return NULL;
    }
    return out;
}

static int obj_put(hargs *a, ward_node *o, size_t *cap, const ward_member *src)
{
    for (uint32_t i = 0; i < o->len; i++)
        if (o->u.members[i].klen == src->klen && !memcmp(o->u.members[i].key, src->key, src->klen)) {
            o->u.members[i] = *src;
            return 0;
        }
    if (o->len == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        ward_member *p = ward_arena_zalloc(A(a), nc * sizeof *p);
        if (!p)
            return -1;
        if (o->len)
            memcpy(p, o->u.members, o->len * sizeof *p);
        o->u.members = p;
        *cap = nc;
    }
    o->u.members[o->len++] = *src;
    return 0;
}

static ward_node *f_merge(hargs *a)
{
    ward_node *out = ward_hobject(a->m, 0, a->at);
    size_t cap = 0;
    for (size_t i = 0; out && i < a->n; i++) {
        if (a->v[i]->kind == WARD_N_NULL)
            continue;
        if (a->v[i]->kind != WARD_N_OBJECT)
            return err(a, "merge() needs maps or objects");
        for (uint32_t j = 0; j < a->v[i]->len; j++)
            if (obj_put(a, out, &cap, &a->v[i]->u.members[j]) != 0)
                return NULL;
    }
    return out;
}

static ward_node *f_lookup(hargs *a)
{
    size_t kn;
    const char *k = str_of(a, 1, &kn);
    if (a->v[0]->kind != WARD_N_OBJECT || !k)
        return err(a, "lookup(map, key, default)");
    const ward_member *mb = ward_node_member(a->v[0], k, kn);
    if (mb)
        return mb->value;
    return a->n > 2 ? a->v[2] : err(a, "lookup() key not found");
}

static ward_node *keys_values(hargs *a, int values)
{
    const ward_node *o = a->v[0];
    if (o->kind != WARD_N_OBJECT)
        return err(a, values ? "values() needs a map" : "keys() needs a map");
    ward_node *out = list_of(a, o->len);
    for (uint32_t i = 0; out && i < o->len; i++)
        out->u.items[out->len++] = values ? o->u.members[i].value
                                          : ward_hstring(a->m, o->u.members[i].key, o->u.members[i].klen, a->at);
    return out;
}

static ward_node *f_keys(hargs *a) { return keys_values(a, 0); }
static ward_node *f_values(hargs *a) { return keys_values(a, 1); }

static ward_node *f_element(hargs *a)
{
    double d;
    const ward_node *l = a->v[0];
    if (l->kind != WARD_N_ARRAY || num_of(a, 1, &d) || !l->len)
        return err(a, "element(list, index)");
    return l->u.items[(size_t)fabs(d) % l->len];
}

static ward_node *f_contains(hargs *a)
{
    const ward_node *l = a->v[0];
    if (l->kind != WARD_N_ARRAY)
        return err(a, "contains() needs a list");
    int unk = 0;
    for (uint32_t i = 0; i < l->len; i++) {
        int e = ward_hequal(l->u.items[i], a->v[1]);
        if (e == 1)
            return ward_node_bool(A(a), 1, a->at);
        unk |= e < 0;
    }
    return unk ? ward_hunknown(a->m, a->at, 0, "contains() over unknown items") : ward_node_bool(A(a), 0, a->at);
}

static ward_node *f_index(hargs *a)
{
    const ward_node *l = a->v[0];
    if (l->kind != WARD_N_ARRAY)
        return err(a, "index() needs a list");
    for (uint32_t i = 0; i < l->len; i++)
        if (ward_hequal(l->u.items[i], a->v[1]) == 1)
            return ward_node_number(A(a), i, a->at);
    return err(a, "index(): item not found");
}

static ward_node *distinct_of(hargs *a, const ward_node *l, int drop_empty)
{
    if (l->kind != WARD_N_ARRAY)
        return err(a, "expected a list");
    ward_node *out = list_of(a, l->len);
    for (uint32_t i = 0; out && i < l->len; i++) {
        ward_node *v = l->u.items[i];
        if (drop_empty && (v->kind == WARD_N_NULL || (v->kind == WARD_N_STRING && v->len == 0)))
            continue;
        int dup = 0;
        for (uint32_t j = 0; !drop_empty && j < out->len && !dup; j++)
            dup = ward_hequal(out->u.items[j], v) == 1;
        if (!dup)
            out->u.items[out->len++] = v;
    }
    return out;
}

static ward_node *f_distinct(hargs *a) { return distinct_of(a, a->v[0], 0); }
static ward_node *f_compact(hargs *a) { return distinct_of(a, a->v[0], 1); }

static ward_node *f_toset(hargs *a)
{
    if (a->v[0]->kind == WARD_N_NULL)
        return a->v[0];
    return distinct_of(a, a->v[0], 0);
}

static int flatten_into(hargs *a, const ward_node *l, ward_node **out, size_t *cap, int depth)
{
    if (depth > 64)
        return -1;
    for (uint32_t i = 0; i < l->len; i++) {
        ward_node *v = l->u.items[i];
        if (v->kind == WARD_N_ARRAY) {
            if (flatten_into(a, v, out, cap, depth + 1) != 0)
                return -1;
        } else if (push_item(a, out, cap, v) != 0)
            return -1;
    }
    return 0;
}

static ward_node *f_flatten(hargs *a)
{
    if (a->v[0]->kind != WARD_N_ARRAY)
        return err(a, "flatten() needs a list");
    ward_node *out = list_of(a, 0);
    size_t cap = 0;
    return out && flatten_into(a, a->v[0], &out, &cap, 0) == 0 ? out : err(a, "flatten() failed");
}

static ward_node *f_coalesce(hargs *a)
{
    for (size_t i = 0; i < a->n; i++) {
        ward_node *v = a->v[i];
        if (v->kind == WARD_N_UNKNOWN)
            return v;   /* it might be null or empty at deployment */
        if (v->kind != WARD_N_NULL && !(v->kind == WARD_N_STRING && v->len == 0))
            return v;
    }
    return err(a, "coalesce(): no non-null argument");
}

static ward_node *f_coalescelist(hargs *a)
{
    for (size_t i = 0; i < a->n; i++) {
        ward_node *v = a->v[i];
        if (v->kind == WARD_N_UNKNOWN || (v->kind == WARD_N_ARRAY && v->len))
            return v;
    }
    return a->n ? a->v[a->n - 1] : err(a, "coalescelist() needs arguments");
}

static ward_node *f_zipmap(hargs *a)
{
    const ward_node *k = a->v[0], *v = a->v[1];
    if (k->kind != WARD_N_ARRAY || v->kind != WARD_N_ARRAY || k->len != v->len)
        return err(a, "zipmap(keys, values) needs two lists of one length");
    ward_node *out = ward_hobject(a->m, 0, a->at);
    size_t cap = 0;
    for (uint32_t i = 0; out && i < k->len; i++) {
        size_t kn;
        if (k->u.items[i]->kind == WARD_N_UNKNOWN)
            return k->u.items[i];
        const char *ks = ward_hto_string(a->m, k->u.items[i], &kn);
        ward_member mb = {ks, (uint32_t)kn, k->u.items[i]->span.start, v->u.items[i]};
        if (!ks || obj_put(a, out, &cap, &mb) != 0)
            return err(a, "zipmap() keys must be strings");
    }
    return out;
}

static ward_node *f_one(hargs *a)
{
    const ward_node *l = a->v[0];
    if (l->kind == WARD_N_NULL)
        return a->v[0];
    if (l->kind != WARD_N_ARRAY || l->len > 1)
        return err(a, "one() needs a list of at most one item");
    return l->len ? l->u.items[0] : ward_node_new(A(a), WARD_N_NULL, a->at);
}

static ward_node *f_range(hargs *a)
{
    double s = 0, e, st = 1;
    if (a->n == 1 ? num_of(a, 0, &e) : (num_of(a, 0, &s) || num_of(a, 1, &e) || (a->n > 2 && num_of(a, 2, &st))))
        return err(a, "range() needs numbers");
    if (st == 0 || fabs((e - s) / st) > WARD_EVAL_MAX_ITEMS)
        return err(a, "range() too large");
    ward_node *out = list_of(a, (size_t)fabs(ceil((e - s) / st)) + 1);
    for (double x = s; out && (st > 0 ? x < e : x > e); x += st)
        out->u.items[out->len++] = ward_node_number(A(a), x, a->at);
    return out;
}

static ward_node *f_slice(hargs *a)
{
    double s, e;
    const ward_node *l = a->v[0];
    if (l->kind != WARD_N_ARRAY || num_of(a, 1, &s) || num_of(a, 2, &e) || s < 0 || e > l->len || s > e)
        return err(a, "slice(list, start, end)");
    ward_node *out = list_of(a, (size_t)(e - s));
    for (size_t i = (size_t)s; out && i < (size_t)e; i++)
        out->u.items[out->len++] = l->u.items[i];
    return out;
}

static ward_node *f_reverse(hargs *a)
{
    const ward_node *l = a->v[0];
    if (l->kind != WARD_N_ARRAY)
        return err(a, "reverse() needs a list");
    ward_node *out = list_of(a, l->len);
    for (uint32_t i = l->len; out && i-- > 0;)
        out->u.items[out->len++] = l->u.items[i];
    return out;
}

static ward_node *bool_fold(hargs *a, int all)
{
    const ward_node *l = a->v[0];
    if (l->kind != WARD_N_ARRAY)
        return err(a, "expected a list");
    int unk = 0;
    for (uint32_t i = 0; i < l->len; i++) {
        int t = ward_htruth(l->u.items[i]);
        if (t == !all)
            return ward_node_bool(A(a), !all, a->at);
        unk |= t < 0;
    }
    return unk ? ward_hunknown(a->m, a->at, 0, "unknown items") : ward_node_bool(A(a), all, a->at);
}

static ward_node *f_alltrue(hargs *a) { return bool_fold(a, 1); }
static ward_node *f_anytrue(hargs *a) { return bool_fold(a, 0); }

static ward_node *num_fold(hargs *a, int kind)
{
    ward_node **v = a->v;
    size_t n = a->n;
    if (kind == 2) {   /* sum(list) */
        if (v[0]->kind != WARD_N_ARRAY || !v[0]->len)
            return err(a, "sum() needs a non-empty list");
        n = v[0]->len;
        v = v[0]->u.items;
    }
    double acc = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i]->kind == WARD_N_UNKNOWN)
            return v[i];
        if (v[i]->kind != WARD_N_NUMBER)
            return err(a, "expected numbers");
        double d = v[i]->u.num;
        acc = i == 0 ? d : kind == 0 ? fmin(acc, d) : kind == 1 ? fmax(acc, d) : acc + d;
    }
    return ward_node_number(A(a), acc, a->at);
}

static ward_node *f_min(hargs *a) { return a->n ? num_fold(a, 0) : err(a, "min() needs arguments"); }
static ward_node *f_max(hargs *a) { return a->n ? num_fold(a, 1) : err(a, "max() needs arguments"); }
static ward_node *f_sum(hargs *a) { return num_fold(a, 2); }

static ward_node *math1(hargs *a, double (*fn)(double))
{
    double d;
    return num_of(a, 0, &d) ? err(a, "expected a number") : ward_node_number(A(a), fn(d), a->at);
}

static ward_node *f_abs(hargs *a) { return math1(a, fabs); }
static ward_node *f_ceil(hargs *a) { return math1(a, ceil); }
static ward_node *f_floor(hargs *a) { return math1(a, floor); }

/* ---- conversions ---------------------------------------------------------- */

static ward_node *f_tostring(hargs *a)
{
    size_t n;
    if (a->v[0]->kind == WARD_N_NULL)
        return a->v[0];
    const char *s = str_of(a, 0, &n);
    return s ? str_res(a, s, n) : err(a, "tostring() needs a primitive value");
}

static ward_node *f_tonumber(hargs *a)
{
    double d;
    if (a->v[0]->kind == WARD_N_NULL)
        return a->v[0];
    return num_of(a, 0, &d) ? err(a, "tonumber(): not a number") : ward_node_number(A(a), d, a->at);
}

static ward_node *f_tobool(hargs *a)
{
    int t = ward_htruth(a->v[0]);
    if (a->v[0]->kind == WARD_N_NULL)
        return a->v[0];
    return t < 0 ? err(a, "tobool(): not a bool") : ward_node_bool(A(a), t, a->at);
}

static ward_node *f_identity(hargs *a) { return a->v[0]; }

static ward_node *f_sensitive(hargs *a)
{
    ward_node *v = ward_hplace(a->m, a->v[0], a->at, NULL);
    if (v)
        v->flags |= WARD_NF_SECRET;
    return v;
}

/* jsonencode: compact JSON, members in order (the ARM evaluator's writer). */
static ward_node *f_jsonencode(hargs *a)
{
    ward_writer w;
    ward_writer_mem(&w);
    int rc = ward_eval_to_json(&w, a->v[0]);
    ward_node *r = rc == 1   ? ward_hunknown(a->m, a->at, 0, "jsonencode() of values known at deployment")
                   : rc || w.failed ? err(a, "jsonencode(): value too large or nested too deeply")
                                    : str_res(a, w.buf ? w.buf : "", w.len);
    ward_writer_free(&w);
    return r;
}

static ward_node *via_arm(hargs *a, const char *name)
{
    return ward_eval_call(&a->m->r->ev, name, strlen(name), a->v, a->n, a->at);
}

static ward_node *f_jsondecode(hargs *a) { return via_arm(a, "json"); }
static ward_node *f_base64encode(hargs *a) { return via_arm(a, "base64"); }
static ward_node *f_base64decode(hargs *a) { return via_arm(a, "base64ToString"); }

/* ---- table ---------------------------------------------------------------- */

typedef struct hfunc {
    const char *name;
    hfn fn;
    int min, max;            /* max -1: any */
    int sees_unknown;        /* decides on its own when an argument is unknown */
} hfunc;

static const hfunc FUNCS[] = {
    {"lower", f_lower, 1, 1, 0},           {"upper", f_upper, 1, 1, 0},
    {"trimspace", f_trimspace, 1, 1, 0},   {"chomp", f_chomp, 1, 1, 0},
    {"trim", f_trim, 2, 2, 0},             {"trimprefix", f_trimprefix, 2, 2, 0},
    {"trimsuffix", f_trimsuffix, 2, 2, 0}, {"startswith", f_startswith, 2, 2, 0},
    {"endswith", f_endswith, 2, 2, 0},     {"strcontains", f_strcontains, 2, 2, 0},
    {"replace", f_replace, 3, 3, 0},       {"split", f_split, 2, 2, 0},
    {"join", f_join, 2, -1, 0},            {"substr", f_substr, 3, 3, 0},
    {"format", f_format, 1, -1, 0},        {"length", f_length, 1, 1, 0},
    {"concat", f_concat, 0, -1, 0},        {"merge", f_merge, 0, -1, 0},
    {"lookup", f_lookup, 2, 3, 0},         {"keys", f_keys, 1, 1, 0},
    {"values", f_values, 1, 1, 0},         {"element", f_element, 2, 2, 0},
    {"contains", f_contains, 2, 2, 0},     {"index", f_index, 2, 2, 0},
    {"distinct", f_distinct, 1, 1, 0},     {"compact", f_compact, 1, 1, 0},
    {"toset", f_toset, 1, 1, 0},           {"tolist", f_identity, 1, 1, 0},
    {"tomap", f_identity, 1, 1, 0},        {"flatten", f_flatten, 1, 1, 0},
    {"coalesce", f_coalesce, 1, -1, 1},    {"coalescelist", f_coalescelist, 1, -1, 1},
    {"zipmap", f_zipmap, 2, 2, 0},         {"one", f_one, 1, 1, 0},
    {"range", f_range, 1, 3, 0},           {"slice", f_slice, 3, 3, 0},
    {"reverse", f_reverse, 1, 1, 0},       {"alltrue", f_alltrue, 1, 1, 0},
    {"anytrue", f_anytrue, 1, 1, 0},       {"min", f_min, 1, -1, 0},
    {"max", f_max, 1, -1, 0},              {"sum", f_sum, 1, 1, 0},
    {"abs", f_abs, 1, 1, 0},               {"ceil", f_ceil, 1, 1, 0},
    {"floor", f_floor, 1, 1, 0},           {"tostring", f_tostring, 1, 1, 0},
    {"tonumber", f_tonumber, 1, 1, 0},     {"tobool", f_tobool, 1, 1, 0},
    {"nonsensitive", f_identity, 1, 1, 1}, {"sensitive", f_sensitive, 1, 1, 1},
    {"jsonencode", f_jsonencode, 1, 1, 1}, {"jsondecode", f_jsondecode, 1, 1, 0},
    {"base64encode", f_base64encode, 1, 1, 0}, {"base64decode", f_base64decode, 1, 1, 0},
};

static const hfunc *find_func(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof FUNCS / sizeof *FUNCS; i++)
        if (strlen(FUNCS[i].name) == n && !memcmp(FUNCS[i].name, name, n))
            return &FUNCS[i];
    return NULL;
}

/* try(a, b, ...): the first argument that evaluates without a definite
 * error; can(x): whether x does.  An unknown argument makes them unknown. */
static ward_node *try_can(ward_hmod *m, const ward_henv *env, const ward_hnode *call, int is_can)
{
    for (const ward_hnode *p = call->list; p; p = p->next) {
        long before = m->r->errors;
        ward_node *v = ward_heval(m, env, p);
        if (!v)
            return NULL;
        if (m->r->errors == before) {
            if (is_can)
                return v->kind == WARD_N_UNKNOWN ? v : ward_node_bool(m->r->arena, 1, call->span);
            return v;
        }
        m->r->errors = before;
        if (is_can)
            return ward_node_bool(m->r->arena, 0, call->span);
    }
    return ward_hunknown(m, call->span, 1, "try(): no argument evaluated");
}

static size_t eval_args(ward_hmod *m, const ward_henv *env, const ward_hnode *call, ward_node **v, size_t cap)
{
    size_t n = 0;
    for (const ward_hnode *p = call->list; p && n < cap; p = p->next) {
        ward_node *x = ward_heval(m, env, p);
        if (!x)
            return SIZE_MAX;
        if (!p->next && (call->flags & WARD_HF_EXPAND) && x->kind == WARD_N_ARRAY) {
            for (uint32_t i = 0; i < x->len && n < cap; i++)
                v[n++] = x->u.items[i];
            continue;
        }
        v[n++] = x;
    }
    return n;
}

ward_node *ward_hcall(ward_hmod *m, const ward_henv *env, const ward_hnode *call)
{
    const char *name = call->str;
    size_t nlen = call->len;
    const char *ns = memchr(name, ':', nlen);
    if (ns)   /* provider::x::f: provider functions run in the provider */
        return ward_hunknown(m, call->span, 0, "provider function '%.*s' is not evaluated", (int)nlen, name);
    if (nlen == 3 && !memcmp(name, "try", 3))
        return try_can(m, env, call, 0);
    if (nlen == 3 && !memcmp(name, "can", 3))
        return try_can(m, env, call, 1);
    const hfunc *f = find_func(name, nlen);
    if (!f)
        return ward_hunknown(m, call->span, 0, "unsupported function '%.*s'", (int)(nlen > 60 ? 60 : nlen), name);
    ward_node *v[64];
    size_t n = eval_args(m, env, call, v, 64);
    if (n == SIZE_MAX)
        return NULL;
    if ((int)n < f->min || (f->max >= 0 && (int)n > f->max))
        return ward_hunknown(m, call->span, 1, "%s() takes %d to %d arguments", f->name, f->min, f->max);
    for (size_t i = 0; i < n && !f->sees_unknown; i++)
        if (v[i]->kind == WARD_N_UNKNOWN)
            return ward_hplace(m, v[i], call->span, NULL);
    hargs a = {m, v, n, call->span};
    return f->fn(&a);
}
