/* xml.c: the xml_elements() builtin: API Management policies and other XML
 * documents embedded in templates, parsed with expat (never by string
 * matching) and exposed to policies as lists of element objects. */
#include "../bytecode/verify.h"
#include "vm_impl.h"

#include <expat.h>
#include <stdio.h>
#include <string.h>

enum { XML_MAX_DEPTH = 256, XML_MAX_ELEMENTS = 20000 };

typedef struct xml_elem {
    ward_value obj;            /* the element object handed to the policy */
    char *text;                /* text collected while the element is open */
    size_t tlen, tcap;
} xml_elem;

typedef struct xml_ctx {
    ward_vm *vm;
    const char *want;          /* element name, or "*" */
    ward_value *out;           /* matched elements, in document order */
    size_t n, cap;
    int open[XML_MAX_DEPTH];   /* index in out of each open matched element, -1 if not matched */
    char path[1024];
    size_t pathlen[XML_MAX_DEPTH];
    int depth;
    int failed;
    xml_elem *texts;           /* text buffers parallel to out */
} xml_ctx;

static ward_value str_value(ward_vm *vm, const char *s, size_t n)
{
    char *p = ward_vm_alloc(vm, n + 1);
    if (!p)
        return ward_v_absent();
    memcpy(p, s, n);
    p[n] = 0;
    return ward_v_str(p, (uint32_t)n);
}

static ward_value make_obj(ward_vm *vm, uint32_t n, const char **keys, ward_value *vals)
{
    ward_vobj *o = ward_vm_alloc(vm, sizeof *o);
    const char **k = ward_vm_alloc(vm, sizeof(char *) * (n ? n : 1));
    uint32_t *kl = ward_vm_alloc(vm, sizeof(uint32_t) * (n ? n : 1));
    ward_value *v = ward_vm_alloc(vm, sizeof(ward_value) * (n ? n : 1));
    ward_value r = ward_v_absent();
    if (!o || !k || !kl || !v)
        return r;
    for (uint32_t i = 0; i < n; i++) {
        k[i] = keys[i];
        kl[i] = (uint32_t)strlen(keys[i]);
        v[i] = vals[i];
    }
    o->n = n;
    o->keys = k;
    o->klens = kl;
    o->vals = v;
    r.kind = WARD_V_OBJ;
    r.u.obj = o;
    return r;
}

static ward_value attrs_obj(ward_vm *vm, const XML_Char **atts)
{
    uint32_t n = 0;
    while (atts[2 * n])
        n++;
    const char **keys = ward_vm_alloc(vm, sizeof(char *) * (n ? n : 1));
    ward_value *vals = ward_vm_alloc(vm, sizeof(ward_value) * (n ? n : 1));
    if (!keys || !vals)
        return ward_v_absent();
    for (uint32_t i = 0; i < n; i++) {
        keys[i] = str_value(vm, atts[2 * i], strlen(atts[2 * i])).u.s;
        vals[i] = str_value(vm, atts[2 * i + 1], strlen(atts[2 * i + 1]));
        if (!keys[i])
            keys[i] = "";
    }
    return make_obj(vm, n, keys, vals);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    xml_ctx *x = ud;
    if (x->failed || x->depth >= XML_MAX_DEPTH) {
        x->failed = 1;
        return;
    }
    size_t pl = strlen(x->path);
    x->pathlen[x->depth] = pl;
    snprintf(x->path + pl, sizeof x->path - pl, "%s%s", pl ? "/" : "", name);
    x->open[x->depth] = -1;
    if (strcmp(x->want, "*") == 0 || strcmp(x->want, name) == 0) {
        if (x->n >= XML_MAX_ELEMENTS) {
            x->failed = 1;
            return;
        }
        if (x->n == x->cap) {
            size_t cap = x->cap ? x->cap * 2 : 16;
            ward_value *nv = ward_vm_alloc(x->vm, cap * sizeof *nv);
            xml_elem *nt = ward_vm_alloc(x->vm, cap * sizeof *nt);
            if (!nv || !nt) {
                x->failed = 1;
                return;
            }
            if (x->n) {
                memcpy(nv, x->out, x->n * sizeof *nv);
                memcpy(nt, x->texts, x->n * sizeof *nt);
            }
            x->out = nv;
            x->texts = nt;
            x->cap = cap;
        }
        memset(&x->texts[x->n], 0, sizeof x->texts[x->n]);
        const char *keys[] = {"name", "attrs", "text", "path"};
        ward_value vals[4] = {str_value(x->vm, name, strlen(name)), attrs_obj(x->vm, atts), ward_v_str("", 0),
                              str_value(x->vm, x->path, strlen(x->path))};
        x->out[x->n] = make_obj(x->vm, 4, keys, vals);
        x->open[x->depth] = (int)x->n++;
    }
    x->depth++;
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    xml_ctx *x = ud;
    (void)name;
    if (x->failed || x->depth == 0)
        return;
    x->depth--;
    int i = x->open[x->depth];
    if (i >= 0 && x->out[i].kind == WARD_V_OBJ)
        x->out[i].u.obj->vals[2] = str_value(x->vm, x->texts[i].text ? x->texts[i].text : "", x->texts[i].tlen);
    x->path[x->pathlen[x->depth]] = 0;
}

/* Text goes to every open matched element (so a parent sees its children's text too). */
static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    xml_ctx *x = ud;
    for (int d = 0; !x->failed && d < x->depth; d++) {
        int i = x->open[d];
        if (i < 0)
            continue;
        xml_elem *t = &x->texts[i];
        if (t->tlen + (size_t)len + 1 > t->tcap) {
            size_t cap = (t->tcap ? t->tcap * 2 : 64) + (size_t)len;
            char *nb = ward_vm_alloc(x->vm, cap);
            if (!nb) {
                x->failed = 1;
                return;
            }
            if (t->tlen)
                memcpy(nb, t->text, t->tlen);
            t->text = nb;
            t->tcap = cap;
        }
        memcpy(t->text + t->tlen, s, (size_t)len);
        t->tlen += (size_t)len;
    }
}

ward_value ward_vm_xml_elements(ward_vm *vm, ward_value *a)
{
    if (a[0].kind == WARD_V_UNKNOWN)
        return a[0];
    if (a[0].kind != WARD_V_STR || a[1].kind != WARD_V_STR)
        return ward_v_absent();
    xml_ctx x;
    memset(&x, 0, sizeof x);
    x.vm = vm;
    char want[256];
    snprintf(want, sizeof want, "%.*s", (int)a[1].len, a[1].u.s);
    x.want = want;
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (!p)
        return ward_v_unknown("out of memory parsing XML", 25);
    XML_SetUserData(p, &x);
    XML_SetElementHandler(p, on_start, on_end);
    XML_SetCharacterDataHandler(p, on_text);
    int ok = XML_Parse(p, a[0].u.s, (int)a[0].len, 1) == XML_STATUS_OK;
    ward_value r;
    if (!ok || x.failed) {
        const char *why = ok ? "XML too large or nested too deeply" : XML_ErrorString(XML_GetErrorCode(p));
        char *msg = ward_arena_printf(&vm->eval, "invalid XML (%s at line %lu)", why,
                                      (unsigned long)XML_GetCurrentLineNumber(p));
        r = msg ? ward_v_unknown(msg, (uint32_t)strlen(msg)) : ward_v_unknown("invalid XML", 11);
    } else {
        ward_vlist *l = ward_vm_alloc(vm, sizeof *l);
        r = ward_v_absent();
        if (l) {
            l->n = (uint32_t)x.n;
            l->items = x.out;
            r.kind = WARD_V_LIST;
            r.u.list = l;
        }
    }
    XML_ParserFree(p);
    r.at = a[0].at;
    r.kstart = a[0].kstart;
    return r;
}
