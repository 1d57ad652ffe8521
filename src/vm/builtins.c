/* builtins.c: native functions of the policy language (bytecode/builtins.def).
 * Each returns absent for inputs of the wrong kind and propagates unknown. */
#include "../base/vec.h"
#include "../bytecode/verify.h"
#include "vm_impl.h"

#include <ctype.h>
#include <fnmatch.h>
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef ward_value (*builtin_fn)(ward_vm *vm, ward_value *a, unsigned n);

static ward_value mk_list(ward_vm *vm, uint32_t n, ward_value **items)
{
    ward_vlist *l = ward_vm_alloc(vm, sizeof *l);
    *items = ward_vm_alloc(vm, sizeof(ward_value) * (n ? n : 1));
    ward_value v = ward_v_absent();
    if (!l || !*items)
        return v;
    l->n = n;
    l->items = *items;
    v.kind = WARD_V_LIST;
    v.u.list = l;
    return v;
}

static ward_value with_loc(ward_value v, const ward_value *src)
{
    if (src && src->at) {
        v.at = src->at;
        v.kstart = src->kstart;
        v.flags = (uint8_t)((v.flags & ~WARD_VF_ABSENTLOC) | (src->flags & WARD_VF_ABSENTLOC));
    }
    return v;
}

static int any_unknown(ward_value *a, unsigned n, ward_value *out)
{
    for (unsigned i = 0; i < n; i++)
        if (a[i].kind == WARD_V_UNKNOWN) {
            *out = a[i];
            return 1;
        }
    return 0;
}

static char *arena_copy(ward_vm *vm, const char *s, size_t n)
{
    char *p = ward_vm_alloc(vm, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

static const char *cstr(ward_vm *vm, const ward_value *v) { return arena_copy(vm, v->u.s, v->len); }

static ward_value bi_len(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm;
    (void)n;
    ward_value *x = &a[0];
    double len = 0;
    if (x->kind == WARD_V_UNKNOWN)
        return *x;
    if (x->kind == WARD_V_STR) {
        for (uint32_t i = 0; i < x->len; i++)
            len += ((unsigned char)x->u.s[i] & 0xC0) != 0x80;
    } else if (ward_v_is_list(x)) {
        len = ward_v_list_len(x);
    } else if (x->kind == WARD_V_NODE) {
        len = x->u.node->len;
    } else if (x->kind == WARD_V_OBJ) {
        len = x->u.obj->n;
    }
    return with_loc(ward_v_num(len), x);
}

static ward_value bi_case(ward_vm *vm, ward_value *a, int upper)
{
    if (a[0].kind != WARD_V_STR)
        return a[0].kind == WARD_V_UNKNOWN ? a[0] : with_loc(ward_v_absent(), &a[0]);
    char *p = ward_vm_alloc(vm, a[0].len + 1);
    if (!p)
        return ward_v_absent();
    for (uint32_t i = 0; i < a[0].len; i++)
        p[i] = (char)(upper ? toupper((unsigned char)a[0].u.s[i]) : tolower((unsigned char)a[0].u.s[i]));
    p[a[0].len] = 0;
    return with_loc(ward_v_str(p, a[0].len), &a[0]);
}
static ward_value bi_lower(ward_vm *vm, ward_value *a, unsigned n) { (void)n; return bi_case(vm, a, 0); }
static ward_value bi_upper(ward_vm *vm, ward_value *a, unsigned n) { (void)n; return bi_case(vm, a, 1); }

/* Two-string predicates share unknown/absent handling. */
static int str2(ward_value *a, ward_value *out)
{
    if (any_unknown(a, 2, out))
        return 0;
    if (a[0].kind != WARD_V_STR || a[1].kind != WARD_V_STR) {
        *out = with_loc(ward_v_bool(0), &a[0]);
        return 0;
    }
    return 1;
}

static ward_value bi_starts_with(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    ward_value out;
    if (!str2(a, &out))
        return out;
    return with_loc(ward_v_bool(a[1].len <= a[0].len && memcmp(a[0].u.s, a[1].u.s, a[1].len) == 0), &a[0]);
}

static ward_value bi_ends_with(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    ward_value out;
    if (!str2(a, &out))
        return out;
    return with_loc(ward_v_bool(a[1].len <= a[0].len &&
                                memcmp(a[0].u.s + a[0].len - a[1].len, a[1].u.s, a[1].len) == 0), &a[0]);
}

static ward_value bi_contains(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    ward_value out;
    if (any_unknown(a, 2, &out))
        return out;
    if (ward_v_is_list(&a[0])) {
        for (uint32_t i = 0; i < ward_v_list_len(&a[0]); i++) {
            ward_value x = ward_v_list_at(&a[0], i);
            if (ward_v_equal(&x, &a[1], 0) > 0)
                return with_loc(ward_v_bool(1), &a[0]);
        }
        return with_loc(ward_v_bool(0), &a[0]);
    }
    if (a[1].kind != WARD_V_STR)
        return with_loc(ward_v_bool(0), &a[0]);
    if (a[0].kind == WARD_V_NODE && a[0].u.node->kind == WARD_N_OBJECT)
        return with_loc(ward_v_bool(ward_node_member(a[0].u.node, a[1].u.s, a[1].len) != NULL), &a[0]);
    if (a[0].kind == WARD_V_STR) {
        for (uint32_t i = 0; i + a[1].len <= a[0].len; i++)
            if (memcmp(a[0].u.s + i, a[1].u.s, a[1].len) == 0)
                return with_loc(ward_v_bool(1), &a[0]);
    }
    return with_loc(ward_v_bool(0), &a[0]);
}

static ward_value bi_glob(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    ward_value out;
    if (!str2(a, &out))
        return out;
    /* Case-insensitive: fold both sides (FNM_CASEFOLD is a GNU extension). */
    char *pat = (char *)cstr(vm, &a[1]), *s = (char *)cstr(vm, &a[0]);
    if (!pat || !s)
        return ward_v_absent();
    for (char *p = pat; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return with_loc(ward_v_bool(fnmatch(pat, s, 0) == 0), &a[0]);
}

static ward_value bi_matches(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    ward_value out;
    if (!str2(a, &out))
        return out;
    regex_t re;
    const char *pat = cstr(vm, &a[1]), *s = cstr(vm, &a[0]);
    if (!pat || !s || regcomp(&re, pat, REG_EXTENDED | REG_NOSUB) != 0)
        return with_loc(ward_v_unknown("invalid regular expression", 26), &a[0]);
    int m = regexec(&re, s, 0, NULL, 0) == 0;
    regfree(&re);
    return with_loc(ward_v_bool(m), &a[0]);
}

static ward_value bi_ieq(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    int e = ward_v_equal(&a[0], &a[1], 1);
    if (e < 0)
        return a[0].kind == WARD_V_UNKNOWN ? a[0] : a[1];
    return with_loc(ward_v_bool(e), a[0].at ? &a[0] : &a[1]);
}

static ward_value bi_exists(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    return with_loc(ward_v_bool(a[0].kind != WARD_V_ABSENT), &a[0]);
}

static ward_value bi_is_unknown(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    return with_loc(ward_v_bool(a[0].kind == WARD_V_UNKNOWN), &a[0]);
}

static ward_value bi_type(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    static const char *names[] = {"absent", "null", "bool", "number", "string", "", "list", "object", "resource", "unknown"};
    const char *t = names[a[0].kind];
    if (a[0].kind == WARD_V_NODE)
        t = a[0].u.node->kind == WARD_N_ARRAY ? "list" : "object";
    return ward_v_str(t, (uint32_t)strlen(t));
}

static ward_value bi_string(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind == WARD_V_UNKNOWN || a[0].kind == WARD_V_ABSENT)
        return a[0];
    uint32_t len;
    const char *s = ward_v_text(&vm->eval, &a[0], ward_vm_res_name, vm, &len);
    return with_loc(ward_v_str(s, len), &a[0]);
}

static ward_value bi_number(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind == WARD_V_NUM || a[0].kind == WARD_V_UNKNOWN)
        return a[0];
    if (a[0].kind != WARD_V_STR || a[0].len == 0)
        return with_loc(ward_v_absent(), &a[0]);
    const char *s = cstr(vm, &a[0]);
    char *end;
    double d = s ? strtod(s, &end) : 0;
    if (!s || *end || !isfinite(d))
        return with_loc(ward_v_absent(), &a[0]);
    return with_loc(ward_v_num(d), &a[0]);
}

static ward_value bi_split(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    ward_value out;
    if (!str2(a, &out))
        return a[0].kind == WARD_V_UNKNOWN || a[1].kind == WARD_V_UNKNOWN ? out : with_loc(ward_v_absent(), &a[0]);
    uint32_t parts = 1;
    const char *s = a[0].u.s, *sep = a[1].u.s;
    uint32_t sl = a[0].len, pl = a[1].len;
    if (pl)
        for (uint32_t i = 0; i + pl <= sl; i++)
            if (memcmp(s + i, sep, pl) == 0) {
                parts++;
                i += pl - 1;
            }
    ward_value *items;
    ward_value l = mk_list(vm, parts, &items);
    if (l.kind != WARD_V_LIST)
        return l;
    uint32_t k = 0, start = 0;
    if (pl)
        for (uint32_t i = 0; i + pl <= sl; i++)
            if (memcmp(s + i, sep, pl) == 0) {
                items[k++] = ward_v_str(s + start, i - start);
                i += pl - 1;
                start = i + 1;
            }
    items[k] = ward_v_str(s + start, sl - start);
    return with_loc(l, &a[0]);
}

static ward_value bi_join(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    ward_value out;
    if (any_unknown(a, 2, &out))
        return out;
    if (!ward_v_is_list(&a[0]))
        return with_loc(ward_v_absent(), &a[0]);
    size_t total = 0;
    uint32_t cnt = ward_v_list_len(&a[0]);
    const char *sep = a[1].kind == WARD_V_STR ? a[1].u.s : "";
    uint32_t sepl = a[1].kind == WARD_V_STR ? a[1].len : 0;
    const char **parts = ward_vm_alloc(vm, sizeof(char *) * (cnt ? cnt : 1));
    uint32_t *lens = ward_vm_alloc(vm, sizeof(uint32_t) * (cnt ? cnt : 1));
    if (!parts || !lens)
        return ward_v_absent();
    for (uint32_t i = 0; i < cnt; i++) {
        ward_value x = ward_v_list_at(&a[0], i);
        parts[i] = ward_v_text(&vm->eval, &x, ward_vm_res_name, vm, &lens[i]);
        total += lens[i] + sepl;
    }
    char *p = ward_vm_alloc(vm, total + 1);
    if (!p)
        return ward_v_absent();
    size_t off = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        if (i) {
            memcpy(p + off, sep, sepl);
            off += sepl;
        }
        memcpy(p + off, parts[i], lens[i]);
        off += lens[i];
    }
    p[off] = 0;
    return with_loc(ward_v_str(p, (uint32_t)off), &a[0]);
}

static ward_value bi_trim(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    if (a[0].kind != WARD_V_STR)
        return a[0];
    ward_value v = a[0];
    while (v.len && isspace((unsigned char)v.u.s[0])) {
        v.u.s++;
        v.len--;
    }
    while (v.len && isspace((unsigned char)v.u.s[v.len - 1]))
        v.len--;
    return v;
}

static ward_value bi_replace(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    ward_value out;
    if (any_unknown(a, 3, &out))
        return out;
    if (a[0].kind != WARD_V_STR || a[1].kind != WARD_V_STR || a[2].kind != WARD_V_STR || a[1].len == 0)
        return a[0];
    size_t cap = (size_t)a[0].len * (a[2].len + 1) + 1;
    char *p = ward_vm_alloc(vm, cap);
    if (!p)
        return ward_v_absent();
    size_t off = 0;
    for (uint32_t i = 0; i < a[0].len;) {
        if (i + a[1].len <= a[0].len && memcmp(a[0].u.s + i, a[1].u.s, a[1].len) == 0) {
            memcpy(p + off, a[2].u.s, a[2].len);
            off += a[2].len;
            i += a[1].len;
        } else {
            p[off++] = a[0].u.s[i++];
        }
    }
    p[off] = 0;
    return with_loc(ward_v_str(p, (uint32_t)off), &a[0]);
}

static ward_value keys_or_values(ward_vm *vm, ward_value *a, int want_keys)
{
    ward_value *items;
    if (a[0].kind == WARD_V_UNKNOWN)
        return a[0];
    uint32_t cnt = a[0].kind == WARD_V_NODE && a[0].u.node->kind == WARD_N_OBJECT ? a[0].u.node->len
                   : a[0].kind == WARD_V_OBJ                                     ? a[0].u.obj->n
                                                                                 : 0;
    ward_value l = mk_list(vm, cnt, &items);
    if (l.kind != WARD_V_LIST)
        return l;
    for (uint32_t i = 0; i < cnt; i++) {
        if (a[0].kind == WARD_V_OBJ) {
            items[i] = want_keys ? ward_v_str(a[0].u.obj->keys[i], a[0].u.obj->klens[i]) : a[0].u.obj->vals[i];
        } else {
            const ward_member *m = &a[0].u.node->u.members[i];
            items[i] = want_keys ? ward_v_str(m->key, m->klen) : ward_v_from_node(m->value, m->kstart);
        }
    }
    return with_loc(l, &a[0]);
}
static ward_value bi_keys(ward_vm *vm, ward_value *a, unsigned n) { (void)n; return keys_or_values(vm, a, 1); }
static ward_value bi_values(ward_vm *vm, ward_value *a, unsigned n) { (void)n; return keys_or_values(vm, a, 0); }

/* ---- resource queries ---------------------------------------------------------- */

static int type_match(const ward_resource *r, const char *t, uint32_t tl)
{
    size_t l = strlen(r->type);
    return l == tl && (r->family == WARD_FAM_TERRAFORM ? memcmp(r->type, t, tl) == 0 : strncasecmp(r->type, t, tl) == 0);
}

static ward_value res_value(const ward_vm *vm, uint32_t i)
{
    ward_value v = ward_v_absent();
    v.kind = WARD_V_RES;
    v.u.res = i;
    v.at = vm->set->items[i].body;
    return v;
}

static ward_value collect(ward_vm *vm, const ward_value *t, int parent)
{
    const ward_resource *cur = &vm->set->items[vm->cur_res];
    uint32_t cnt = 0;
    for (uint32_t pass = 0; pass < 2; pass++) {
        ward_value *items = NULL;
        ward_value l = ward_v_absent();
        if (pass) {
            l = mk_list(vm, cnt, &items);
            if (l.kind != WARD_V_LIST)
                return l;
        }
        uint32_t k = 0;
        for (uint32_t i = 0; i < vm->set->n; i++) {
            const ward_resource *r = &vm->set->items[i];
            /* cheap tests first: the parent index, then the family, then the type text */
            if ((parent >= 0 && r->parent != parent) || r->family != cur->family || !type_match(r, t->u.s, t->len))
                continue;
            if (pass)
                items[k] = res_value(vm, i);
            k++;
        }
        if (pass)
            return l;
        cnt = k;
    }
    return ward_v_absent();
}

/* resources(type): the same answer for every resource of a set, so it is
 * computed once per (family, type) and kept for the run. */
static ward_value bi_resources(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_STR)
        return ward_v_absent();
    uint8_t fam = (uint8_t)vm->set->items[vm->cur_res].family;
    ward_value v = ward_v_absent();
    for (size_t i = 0; i < vm->nmemo; i++) {
        const struct ward_vm_memo *m = &vm->memo[i];
        if (m->family == fam && m->len == a[0].len && memcmp(m->type, a[0].u.s, m->len) == 0) {
            v.kind = WARD_V_LIST;
            v.u.list = m->list;
            return v;
        }
    }
    v = collect(vm, &a[0], -1);
    if (v.kind != WARD_V_LIST)
        return v;
    /* Copy into the run arena: the evaluation arena is reset per rule. */
    ward_vlist *l = ward_arena_alloc(&vm->run, sizeof *l);
    ward_value *items = ward_arena_alloc(&vm->run, sizeof *items * (v.u.list->n ? v.u.list->n : 1));
    char *type = ward_arena_strndup(&vm->run, a[0].u.s, a[0].len);
    struct ward_vm_memo m = {type, a[0].len, fam, l};
    if (l && items && type && WARD_VEC_PUSH(vm->memo, vm->nmemo, vm->capmemo, m) == 0) {
        memcpy(items, v.u.list->items, sizeof *items * v.u.list->n);
        l->n = v.u.list->n;
        l->items = items;
    }
    return v;
}

static ward_value bi_parent(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_RES)
        return a[0].kind == WARD_V_UNKNOWN ? a[0] : ward_v_absent();
    int32_t p = vm->set->items[a[0].u.res].parent;
    return p >= 0 && (uint32_t)p < vm->set->n ? res_value(vm, (uint32_t)p) : ward_v_absent();
}

static ward_value bi_children(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_RES || a[1].kind != WARD_V_STR)
        return ward_v_absent();
    return collect(vm, &a[1], (int)a[0].u.res);
}

/* Does `ref` (an id, address or name) name resource r?  ARM ids end with
 * ".../providers/<type>/<name>" where name segments interleave with the
 * child types, so compare the trailing name and the type's provider. */
static int ref_matches(const ward_resource *r, const char *s, uint32_t len)
{
    if (r->address && strlen(r->address) == len && memcmp(r->address, s, len) == 0)
        return 1;
    if (r->name && r->family != WARD_FAM_TERRAFORM && strlen(r->name) == len && strncasecmp(r->name, s, len) == 0)
        return 1;
    /* A Terraform reference without an instance key names the counted or
     * for_each instances too ("azurerm_x.y" for "azurerm_x.y[0]"). */
    if (r->family == WARD_FAM_TERRAFORM && r->address && strlen(r->address) > len &&
        memcmp(r->address, s, len) == 0 && r->address[len] == '[')
        return 1;
    if (r->family == WARD_FAM_TERRAFORM || !r->name)
        return 0;
    /* "/subscriptions/.../providers/Microsoft.X/a/n1/b/n2": rebuild the expected tail. */
    char tail[1024];
    const char *type = r->type, *name = r->name;
    const char *slash = strchr(type, '/');
    if (!slash)
        return 0;
    size_t off = (size_t)snprintf(tail, sizeof tail, "providers/%.*s", (int)(slash - type), type);
    const char *tp = slash + 1, *np = name;
    while (*tp && off < sizeof tail) {
        const char *te = strchr(tp, '/'), *ne = strchr(np, '/');
        size_t tl = te ? (size_t)(te - tp) : strlen(tp), nl = ne ? (size_t)(ne - np) : strlen(np);
        off += (size_t)snprintf(tail + off, sizeof tail - off, "/%.*s/%.*s", (int)tl, tp, (int)nl, np);
        if (!te || !ne)
            break;
        tp = te + 1;
        np = ne + 1;
    }
    if (off >= sizeof tail)
        return 0;
    /* The relative form ARM accepts in `scope` ("Microsoft.X/a/n1"): the tail
     * without "providers/". */
    const size_t pl = 10;   /* strlen("providers/") */
    if (s[0] != '/' && len == off - pl && strncasecmp(s, tail + pl, len) == 0)
        return 1;
    return len >= off && strncasecmp(s + len - off, tail, off) == 0 && (len == off || s[len - off - 1] == '/');
}

static ward_value bi_ref(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind == WARD_V_RES)
        return a[0];
    /* reference(<id>).x or listKeys(<id>): the resource it reads */
    const char *rid, *path;
    size_t ridlen, pathlen;
    if (a[0].kind == WARD_V_UNKNOWN && (a[0].flags & WARD_VF_REFERENCE) &&
        ward_doc_reference_target(a[0].u.s, a[0].len, &rid, &ridlen, &path, &pathlen) == 0) {
        ward_value target = ward_v_str(rid, (uint32_t)ridlen);
        ward_value r = bi_ref(vm, &target, 1);
        return r.kind == WARD_V_RES ? r : a[0];
    }
    if (a[0].kind == WARD_V_NODE || a[0].kind == WARD_V_OBJ) {   /* {id: ...} objects */
        ward_value id = ward_vm_get_member(vm, &a[0], "id", 2);
        if (id.kind == WARD_V_STR || id.kind == WARD_V_UNKNOWN)
            a[0] = id;
    }
    if (a[0].kind == WARD_V_UNKNOWN)
        return a[0];
    if (a[0].kind != WARD_V_STR)
        return with_loc(ward_v_absent(), &a[0]);
    const ward_resource *cur = &vm->set->items[vm->cur_res];
    for (uint32_t i = 0; i < vm->set->n; i++) {
        const ward_resource *r = &vm->set->items[i];
        if (r->family == cur->family && ref_matches(r, a[0].u.s, a[0].len))
            return res_value(vm, i);
    }
    return with_loc(ward_v_absent(), &a[0]);
}

static ward_value bi_is_keycall(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    return with_loc(ward_v_bool((a[0].flags & WARD_VF_KEYCALL) != 0), &a[0]);
}

static ward_value bi_cidr_prefix(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_STR)
        return a[0].kind == WARD_V_UNKNOWN ? a[0] : with_loc(ward_v_absent(), &a[0]);
    const char *s = cstr(vm, &a[0]);
    unsigned o[4], p = 32;
    char tail = 0;
    int k = s ? sscanf(s, "%u.%u.%u.%u/%u%c", &o[0], &o[1], &o[2], &o[3], &p, &tail) : 0;
    if ((k != 4 && k != 5) || o[0] > 255 || o[1] > 255 || o[2] > 255 || o[3] > 255 || p > 32)
        return with_loc(ward_v_absent(), &a[0]);
    return with_loc(ward_v_num(p), &a[0]);
}

static ward_value bi_api_version(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_RES)
        return ward_v_absent();
    const ward_resource *r = &vm->set->items[a[0].u.res];
    const ward_node *v = ward_node_get(r->body, "apiVersion");
    if (v && v->kind == WARD_N_STRING)
        return ward_v_from_node(v, WARD_NO_KEY);
    const ward_node *t = ward_node_get(r->body, "type");
    if (t && t->kind == WARD_N_STRING) {
        const char *at = memchr(t->u.str, '@', t->len);
        if (at)
            return ward_v_str(at + 1, (uint32_t)(t->len - (uint32_t)(at + 1 - t->u.str)));
    }
    return ward_v_absent();
}

static ward_value bi_version_ge(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    ward_value out;
    if (!str2(a, &out))
        return out;
    /* Compare the yyyy-mm-dd part; on a tie a preview is older than the release. */
    uint32_t la = a[0].len < 10 ? a[0].len : 10, lb = a[1].len < 10 ? a[1].len : 10;
    int c = memcmp(a[0].u.s, a[1].u.s, la < lb ? la : lb);
    if (c == 0) {
        int pa = a[0].len > 10, pb = a[1].len > 10;
        c = pa == pb ? 0 : pa ? -1 : 1;
    }
    return with_loc(ward_v_bool(c >= 0), &a[0]);
}

static ward_value bi_first(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    if (a[0].kind == WARD_V_UNKNOWN)
        return a[0];
    return ward_v_list_len(&a[0]) ? ward_v_list_at(&a[0], 0) : with_loc(ward_v_absent(), &a[0]);
}

static ward_value bi_unique(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (!ward_v_is_list(&a[0]))
        return a[0];
    uint32_t cnt = ward_v_list_len(&a[0]);
    ward_value *items;
    ward_value l = mk_list(vm, cnt, &items);
    if (l.kind != WARD_V_LIST)
        return l;
    uint32_t k = 0;
    for (uint32_t i = 0; i < cnt; i++) {
        ward_value x = ward_v_list_at(&a[0], i);
        int dup = 0;
        for (uint32_t j = 0; j < k && !dup; j++)
            dup = ward_v_equal(&items[j], &x, 0) > 0;
        if (!dup)
            items[k++] = x;
    }
    l.u.list->n = k;
    return l;
}

static ward_value bi_flatten(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (!ward_v_is_list(&a[0]))
        return a[0];
    uint32_t cnt = 0;
    for (uint32_t i = 0; i < ward_v_list_len(&a[0]); i++) {
        ward_value x = ward_v_list_at(&a[0], i);
        cnt += ward_v_is_list(&x) ? ward_v_list_len(&x) : 1;
    }
    ward_value *items;
    ward_value l = mk_list(vm, cnt, &items);
    if (l.kind != WARD_V_LIST)
        return l;
    uint32_t k = 0;
    for (uint32_t i = 0; i < ward_v_list_len(&a[0]); i++) {
        ward_value x = ward_v_list_at(&a[0], i);
        if (ward_v_is_list(&x))
            for (uint32_t j = 0; j < ward_v_list_len(&x); j++)
                items[k++] = ward_v_list_at(&x, j);
        else
            items[k++] = x;
    }
    return l;
}

static ward_value bi_family(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_RES)
        return ward_v_absent();
    const char *f = ward_family_name(vm->set->items[a[0].u.res].family);
    return ward_v_str(f, (uint32_t)strlen(f));
}

static ward_value bi_in_ci(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    ward_value out;
    if (any_unknown(a, 2, &out))
        return out;
    if (!ward_v_is_list(&a[1]))
        return with_loc(ward_v_bool(0), &a[0]);
    int unknown = 0;
    for (uint32_t i = 0; i < ward_v_list_len(&a[1]); i++) {
        ward_value x = ward_v_list_at(&a[1], i);
        int e = ward_v_equal(&a[0], &x, 1);
        if (e > 0)
            return with_loc(ward_v_bool(1), &a[0]);
        unknown |= e < 0;
    }
    return unknown ? with_loc(ward_v_unknown("", 0), &a[0]) : with_loc(ward_v_bool(0), &a[0]);
}

/* Parses "a.b.c.d[/n]" into a 32-bit address and prefix length. */
static int parse_cidr(ward_vm *vm, const ward_value *v, uint32_t *addr, unsigned *prefix)
{
    const char *s = v->kind == WARD_V_STR ? cstr(vm, v) : NULL;
    unsigned o[4], p = 32;
    char tail = 0;
    int k = s ? sscanf(s, "%u.%u.%u.%u/%u%c", &o[0], &o[1], &o[2], &o[3], &p, &tail) : 0;
    if ((k != 4 && k != 5) || o[0] > 255 || o[1] > 255 || o[2] > 255 || o[3] > 255 || p > 32)
        return -1;
    *addr = (o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3];
    *prefix = p;
    return 0;
}

static ward_value bi_cidr_contains(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    ward_value out;
    if (any_unknown(a, 2, &out))
        return out;
    uint32_t outer, inner;
    unsigned po, pi;
    if (parse_cidr(vm, &a[0], &outer, &po) != 0 || parse_cidr(vm, &a[1], &inner, &pi) != 0)
        return with_loc(ward_v_bool(0), &a[1]);
    uint32_t mask = po ? 0xFFFFFFFFu << (32 - po) : 0;
    return with_loc(ward_v_bool(pi >= po && (outer & mask) == (inner & mask)), &a[1]);
}

static ward_value bi_is_secret(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    return with_loc(ward_v_bool((a[0].flags & WARD_VF_SECRET) != 0), &a[0]);
}

static ward_value bi_xml_elements(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    return ward_vm_xml_elements(vm, a);
}

static ward_value bi_referenced_property(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)vm; (void)n;
    const char *id, *path;
    size_t idlen, pathlen;
    if (a[0].kind != WARD_V_UNKNOWN || !(a[0].flags & WARD_VF_REFERENCE) ||
        ward_doc_reference_target(a[0].u.s, a[0].len, &id, &idlen, &path, &pathlen) != 0)
        return with_loc(ward_v_absent(), &a[0]);
    if (pathlen && *path == '.') {
        path++;
        pathlen--;
    }
    return with_loc(ward_v_str(path, (uint32_t)pathlen), &a[0]);
}

/* r.type reads the body first, and some bodies have a `type` of their own
 * (an azapi_resource's ARM type, an Azure ML compute's `type: amlcompute`). */
static ward_value bi_resource_type(ward_vm *vm, ward_value *a, unsigned n)
{
    (void)n;
    if (a[0].kind != WARD_V_RES)
        return ward_v_absent();
    const char *t = vm->set->items[a[0].u.res].type;
    return t ? ward_v_str(t, (uint32_t)strlen(t)) : ward_v_absent();
}

static const builtin_fn table[WARD_BI__COUNT] = {
#define X(name, mn, mx, args, res, doc) bi_##name,
#include "../bytecode/builtins.def"
#undef X
};

ward_value ward_vm_builtin(ward_vm *vm, unsigned id, ward_value *args, unsigned nargs)
{
    return id < WARD_BI__COUNT ? table[id](vm, args, nargs) : ward_v_absent();
}
