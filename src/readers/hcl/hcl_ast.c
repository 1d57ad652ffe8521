/* hcl_ast.c: the syntax-tree builders behind the HCL grammar actions.
 *
 * Node shapes (see ward_hnode in hcl_syntax.h):
 *   ATTR      str name (nspan its token), a value
 *   BLOCK     str type (nspan its token), list labels (LABEL, STR or TEMPLATE), a first body item
 *   STR       str the decoded text (a quoted literal spans its quotes)
 *   TEMPLATE  list of parts: STR, INTERP (a expr), TIF, TFOR
 *   TIF       a condition, b then-TEMPLATE, c else-TEMPLATE
 *   TFOR      str key variable or NULL, str2 value variable, a collection, b body TEMPLATE
 *   VAR       str the name;  GETATTR a object, str name;  INDEX a object, b key
 *   SPLAT     a source, b the per-element expression over a SELF node; flag FULL for [*]
 *   CALL      str name, list arguments; flag EXPAND for `args...`
 *   TUPLE     list items;  OBJECT list of ITEM (a key, b value)
 *   FOR       str key variable or NULL, str2 value variable, a collection, b key (object
 *             form) or NULL, c value, d condition or NULL; flags OBJFOR, GROUP
 *   UNARY a; BINARY a b; COND a b c; PAREN a */
#include "hcl_ast.h"

#include <string.h>

ward_hlist ward_hlist_empty(void)
{
    ward_hlist l = {NULL, NULL};
    return l;
}

ward_hlist ward_hlist_one(ward_hnode *n)
{
    ward_hlist l = {n, n};
    return l;
}

ward_hlist ward_hlist_add(ward_hlist l, ward_hnode *n)
{
    if (!n)
        return l;
    if (!l.head)
        return ward_hlist_one(n);
    l.tail->next = n;
    l.tail = n;
    return l;
}

static ward_hnode *alloc_node(ward_hparse_ctx *x, ward_hk kind, ward_span span)
{
    ward_hnode *n = ward_arena_zalloc(x->arena, sizeof *n);
    if (!n) {
        x->oom = 1;
        return NULL;
    }
    n->kind = (uint16_t)kind;
    n->span = span;
    n->nspan = span;
    n->str = "";
    return n;
}

ward_hnode *ward_hast_make(ward_hparse_ctx *x, ward_hk kind, ward_span start, ward_span end, ward_hnode *a,
                           ward_hnode *b, ward_hnode *c)
{
    ward_hnode *n = alloc_node(x, kind, ward_span_join(start, end));
    if (n) {
        n->a = a;
        n->b = b;
        n->c = c;
    }
    return n;
}

ward_hnode *ward_hast_tok(ward_hparse_ctx *x, ward_hk kind, const ward_htoken *t)
{
    ward_hnode *n = alloc_node(x, kind, t->span);
    if (n) {
        n->str = t->str ? t->str : "";
        n->len = t->len;
        n->num = t->num;
    }
    return n;
}

ward_hnode *ward_hast_bool(ward_hparse_ctx *x, const ward_htoken *t, int v)
{
    ward_hnode *n = alloc_node(x, WARD_HK_BOOL, t->span);
    if (n)
        n->num = v;
    return n;
}

ward_hnode *ward_hast_attr(ward_hparse_ctx *x, const ward_htoken *name, ward_hnode *value)
{
    ward_hnode *n = alloc_node(x, WARD_HK_ATTR, value ? ward_span_join(name->span, value->span) : name->span);
    if (n) {
        n->str = name->str;
        n->len = name->len;
        n->nspan = name->span;
        n->a = value;
    }
    return n;
}

ward_hnode *ward_hast_block(ward_hparse_ctx *x, const ward_htoken *type, ward_hlist labels, ward_hlist body,
                            ward_span end)
{
    ward_hnode *n = alloc_node(x, WARD_HK_BLOCK, ward_span_join(type->span, end));
    if (n) {
        n->str = type->str;
        n->len = type->len;
        n->nspan = type->span;
        n->list = labels.head;
        n->a = body.head;
    }
    return n;
}

ward_hnode *ward_hast_template(ward_hparse_ctx *x, ward_span open, ward_hlist parts, ward_span close)
{
    ward_span all = ward_span_join(open, close);
    if (!parts.head) {
        ward_hnode *n = alloc_node(x, WARD_HK_STR, all);
        return n;
    }
    if (parts.head == parts.tail && parts.head->kind == WARD_HK_STR) {
        parts.head->span = all;
        return parts.head;
    }
    ward_hnode *n = alloc_node(x, WARD_HK_TEMPLATE, all);
    if (n)
        n->list = parts.head;
    return n;
}

static ward_hnode *part_list(ward_hparse_ctx *x, ward_hlist l, ward_span at)
{
    ward_hnode *n = alloc_node(x, WARD_HK_TEMPLATE, at);
    if (n)
        n->list = l.head;
    return n;
}

ward_hnode *ward_hast_tif(ward_hparse_ctx *x, ward_span start, ward_hnode *cond, ward_hlist then, ward_hlist els,
                          ward_span end)
{
    ward_span all = ward_span_join(start, end);
    return ward_hast_make(x, WARD_HK_TIF, start, end, cond, part_list(x, then, all), part_list(x, els, all));
}

ward_hnode *ward_hast_forvars(ward_hparse_ctx *x, const ward_htoken *a, const ward_htoken *b)
{
    ward_hnode *n = alloc_node(x, WARD_HK_LABEL, b ? ward_span_join(a->span, b->span) : a->span);
    if (n) {
        n->str = a->str;
        n->len = a->len;
        if (b) {
            n->str2 = b->str;
            n->len2 = b->len;
        }
    }
    return n;
}

/* Single variable: it is the value; two: key then value. */
static void set_vars(ward_hnode *n, const ward_hnode *vars)
{
    if (!vars)
        return;
    if (vars->str2) {
        n->str = vars->str;
        n->len = vars->len;
        n->str2 = vars->str2;
        n->len2 = vars->len2;
    } else {
        n->str = NULL;
        n->str2 = vars->str;
        n->len2 = vars->len;
    }
}

ward_hnode *ward_hast_tfor(ward_hparse_ctx *x, ward_span start, ward_hnode *vars, ward_hnode *coll, ward_hlist body,
                           ward_span end)
{
    ward_span all = ward_span_join(start, end);
    ward_hnode *n = ward_hast_make(x, WARD_HK_TFOR, start, end, coll, part_list(x, body, all), NULL);
    if (n)
        set_vars(n, vars);
    return n;
}

ward_hnode *ward_hast_unary(ward_hparse_ctx *x, ward_hop op, ward_span optok, ward_hnode *a)
{
    ward_hnode *n = ward_hast_make(x, WARD_HK_UNARY, optok, a ? a->span : optok, a, NULL, NULL);
    if (n)
        n->op = (uint16_t)op;
    return n;
}

ward_hnode *ward_hast_binary(ward_hparse_ctx *x, ward_hop op, ward_hnode *l, ward_hnode *r)
{
    if (!l || !r)
        return NULL;
    ward_hnode *n = ward_hast_make(x, WARD_HK_BINARY, l->span, r->span, l, r, NULL);
    if (n)
        n->op = (uint16_t)op;
    return n;
}

static int open_splat(const ward_hnode *n, int full_only)
{
    return n && n->kind == WARD_HK_SPLAT && (!full_only || (n->flags & WARD_HF_FULL));
}

ward_hnode *ward_hast_getattr(ward_hparse_ctx *x, ward_hnode *obj, const ward_htoken *name)
{
    if (!obj)
        return NULL;
    if (open_splat(obj, 0)) {
        obj->b = ward_hast_getattr(x, obj->b, name);
        obj->span = ward_span_join(obj->span, name->span);
        return obj;
    }
    ward_hnode *n = ward_hast_make(x, WARD_HK_GETATTR, obj->span, name->span, obj, NULL, NULL);
    if (n) {
        n->str = name->str;
        n->len = name->len;
        n->nspan = name->span;
    }
    return n;
}

ward_hnode *ward_hast_index(ward_hparse_ctx *x, ward_hnode *obj, ward_hnode *index, ward_span end)
{
    if (!obj)
        return NULL;
    if (open_splat(obj, 1)) {
        obj->b = ward_hast_index(x, obj->b, index, end);
        obj->span = ward_span_join(obj->span, end);
        return obj;
    }
    return ward_hast_make(x, WARD_HK_INDEX, obj->span, end, obj, index, NULL);
}

ward_hnode *ward_hast_splat(ward_hparse_ctx *x, ward_hnode *obj, int full, ward_span end)
{
    if (!obj)
        return NULL;
    if (open_splat(obj, !full ? 0 : 1) || open_splat(obj, 1)) {
        /* a[*].b[*]: the inner splat runs on each element */
        obj->b = ward_hast_splat(x, obj->b, full, end);
        obj->span = ward_span_join(obj->span, end);
        return obj;
    }
    ward_hnode *self = alloc_node(x, WARD_HK_SELF, obj->span);
    ward_hnode *n = ward_hast_make(x, WARD_HK_SPLAT, obj->span, end, obj, self, NULL);
    if (n && full)
        n->flags |= WARD_HF_FULL;
    return n;
}

ward_hnode *ward_hast_paren(ward_hparse_ctx *x, ward_span open, ward_hnode *e, ward_span close)
{
    return ward_hast_make(x, WARD_HK_PAREN, open, close, e, NULL, NULL);
}

ward_hnode *ward_hast_call(ward_hparse_ctx *x, const ward_htoken *name, ward_span nsend, ward_hlist args, int expand,
                           ward_span end)
{
    ward_hnode *n = alloc_node(x, WARD_HK_CALL, ward_span_join(name->span, end));
    if (n) {
        n->str = name->str;
        n->len = name->len;
        n->nspan = ward_span_join(name->span, nsend);
        n->list = args.head;
        if (expand)
            n->flags |= WARD_HF_EXPAND;
    }
    return n;
}

ward_hnode *ward_hast_list(ward_hparse_ctx *x, ward_hk kind, ward_span start, ward_hlist items, ward_span end)
{
    ward_hnode *n = alloc_node(x, kind, ward_span_join(start, end));
    if (n)
        n->list = items.head;
    return n;
}

ward_hnode *ward_hast_item(ward_hparse_ctx *x, ward_hnode *key, ward_hnode *value)
{
    if (!key || !value)
        return NULL;
    return ward_hast_make(x, WARD_HK_ITEM, key->span, value->span, key, value, NULL);
}

ward_hnode *ward_hast_for(ward_hparse_ctx *x, ward_span start, ward_hnode *vars, ward_hnode *coll, ward_hnode *key,
                          ward_hnode *val, int group, ward_hnode *cond, ward_span end)
{
    ward_hnode *n = alloc_node(x, WARD_HK_FOR, ward_span_join(start, end));
    if (!n)
        return NULL;
    set_vars(n, vars);
    n->a = coll;
    n->b = key;
    n->c = val;
    n->d = cond;
    if (key)
        n->flags |= WARD_HF_OBJFOR;
    if (group)
        n->flags |= WARD_HF_GROUP;
    return n;
}
