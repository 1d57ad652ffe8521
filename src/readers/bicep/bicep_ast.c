/* bicep_ast.c: the syntax-tree builders behind the Bicep grammar actions.
 *
 * Node shapes (see ward_bnode in bicep_syntax.h):
 *   PARAM/VAR/OUTPUT   str name, a type (or NULL), b value (or NULL)
 *   RESOURCE           str symbolic name, a STR type@version, b body; flag EXISTING
 *   MODULE             str name, a STR path, b body
 *   FUNC               str name, list parameters (NAME: str, a type), a result type, b body
 *   IMPORT             a STR source; str alias with IMPORT_ALL, else list of NAME (b alias)
 *   EXTENSION          a what (STR or IDENT), b config or NULL, c alias IDENT or NULL
 *   TYPE/ASSERT/METADATA/TARGETSCOPE  a the type or value (TYPE: str name)
 *   USING/EXTENDS      a STR path (NULL for `using none`), b `with` value
 *   INTERP             list of the pieces in order: STR text and expressions
 *   OBJECT/ARRAY       list of MEMBER (a key NAME or INTERP, b value), SPREAD, RESOURCE / items
 *   DOT/CHILD          a object, str member name (nspan its token); flag SAFE for .?
 *   INDEX a[b] (flag SAFE for [?]), CALL a(list), NONNULL a!, PAREN (a)
 *   LAMBDA             list of IDENT parameters, a body
 *   FOR                a NAME item (b NAME index or NULL), b iterable, c body
 *   IF                 a condition, b body
 *   DECORATOR          a the call or name after @ */
#include "bicep_ast.h"

#include <string.h>

ward_blist ward_blist_empty(void)
{
    ward_blist l = {NULL, NULL};
    return l;
}

ward_blist ward_blist_one(ward_bnode *n)
{
    ward_blist l = {n, n};
    return l;
}

ward_blist ward_blist_add(ward_blist l, ward_bnode *n)
{
    if (!n)
        return l;
    if (!l.head)
        return ward_blist_one(n);
    l.tail->next = n;
    l.tail = n;
    return l;
}

ward_blist ward_blist_cons(ward_bnode *n, ward_blist l)
{
    if (!n)
        return l;
    n->next = l.head;
    l.head = n;
    if (!l.tail)
        l.tail = n;
    return l;
}

static ward_bnode *alloc_node(ward_bbuilder *b, ward_bk kind, ward_span span)
{
    ward_bnode *n = ward_arena_zalloc(b->arena, sizeof *n);
    if (!n) {
        b->oom = 1;
        return NULL;
    }
    n->kind = (uint16_t)kind;
    n->span = span;
    n->nspan = span;
    n->str = "";
    return n;
}

void ward_bast_add_stmt(ward_bbuilder *b, ward_bnode *s)
{
    b->stmts = ward_blist_add(b->stmts, s);
}

static ward_span join(ward_span a, ward_span b)
{
    return ward_span_join(a, b);
}

ward_bnode *ward_bast_make(ward_bbuilder *b, ward_bk kind, ward_span start, ward_span end, ward_bnode *a,
                           ward_bnode *c1, ward_bnode *c2)
{
    ward_bnode *n = alloc_node(b, kind, join(start, end));
    if (n) {
        n->a = a;
        n->b = c1;
        n->c = c2;
    }
    return n;
}

ward_bnode *ward_bast_named(ward_bbuilder *b, ward_bk kind, ward_span start, const ward_btoken *name,
                            ward_span end, ward_bnode *a, ward_bnode *c1, ward_bnode *c2)
{
    ward_bnode *n = ward_bast_make(b, kind, start, end, a, c1, c2);
    if (n) {
        n->str = name->str;
        n->len = name->len;
        n->nspan = name->span;
    }
    return n;
}

ward_bnode *ward_bast_tok(ward_bbuilder *b, ward_bk kind, const ward_btoken *t)
{
    ward_bnode *n = alloc_node(b, kind, t->span);
    if (n) {
        n->str = t->str ? t->str : "";
        n->len = t->len;
        n->num = t->num;
    }
    return n;
}

ward_bnode *ward_bast_bool(ward_bbuilder *b, const ward_btoken *t, int v)
{
    ward_bnode *n = alloc_node(b, WARD_BK_BOOL, t->span);
    if (n)
        n->num = v;
    return n;
}

ward_bnode *ward_bast_unary(ward_bbuilder *b, ward_bop op, ward_span optok, ward_bnode *a)
{
    ward_bnode *n = alloc_node(b, WARD_BK_UNARY, a ? join(optok, a->span) : optok);
    if (n) {
        n->op = (uint16_t)op;
        n->a = a;
    }
    return n;
}

ward_bnode *ward_bast_binary(ward_bbuilder *b, ward_bop op, ward_bnode *l, ward_bnode *r)
{
    if (!l || !r) {
        b->oom = 1;
        return NULL;
    }
    ward_bnode *n = alloc_node(b, WARD_BK_BINARY, join(l->span, r->span));
    if (n) {
        n->op = (uint16_t)op;
        n->a = l;
        n->b = r;
    }
    return n;
}

ward_bnode *ward_bast_member(ward_bbuilder *b, ward_bk kind, ward_bnode *obj, ward_bnode *name, uint32_t flags)
{
    if (!obj || !name) {
        b->oom = 1;
        return NULL;
    }
    ward_bnode *n = alloc_node(b, kind, join(obj->span, name->span));
    if (n) {
        n->a = obj;
        n->str = name->str;
        n->len = name->len;
        n->nspan = name->span;
        n->flags = flags;
    }
    return n;
}

ward_bnode *ward_bast_keyed(ward_bbuilder *b, ward_bnode *key, ward_bnode *value)
{
    if (!key || !value) {
        b->oom = 1;
        return NULL;
    }
    ward_bnode *n = alloc_node(b, WARD_BK_MEMBER, join(key->span, value->span));
    if (n) {
        n->a = key;
        n->b = value;
        n->str = key->str;
        n->len = key->len;
        n->nspan = key->span;
    }
    return n;
}

ward_bnode *ward_bast_withlist(ward_bnode *n, ward_blist l)
{
    if (n)
        n->list = l.head;
    return n;
}

ward_bnode *ward_bast_decorate(ward_bnode *n, ward_blist decos)
{
    if (n)
        n->decos = decos.head;
    return n;
}

ward_bnode *ward_bast_flag(ward_bnode *n, uint32_t flags)
{
    if (n)
        n->flags |= flags;
    return n;
}

ward_bnode *ward_bast_alias(ward_bbuilder *b, const ward_btoken *a, const ward_btoken *alias)
{
    ward_bnode *n = ward_bast_tok(b, WARD_BK_NAME, a);
    if (n) {
        n->b = ward_bast_tok(b, WARD_BK_NAME, alias);
        n->span = join(a->span, alias->span);
    }
    return n;
}

ward_bnode *ward_bast_ext(ward_bbuilder *b, ward_bk kind, ward_span start, ward_bnode *what, ward_bnode *opts)
{
    if (!what)
        return NULL;
    ward_bnode *n = ward_bast_make(b, kind, start, opts ? opts->span : what->span, what, NULL, NULL);
    if (n && opts) {
        n->b = opts->a;
        n->c = opts->b;
    }
    return n;
}

ward_bnode *ward_bast_interp_start(ward_bbuilder *b, const ward_btoken *head, ward_bnode *e)
{
    ward_bnode *n = alloc_node(b, WARD_BK_INTERP, head->span);
    if (!n)
        return NULL;
    ward_blist l = ward_blist_one(ward_bast_tok(b, WARD_BK_STR, head));
    l = ward_blist_add(l, e);
    n->list = l.head;
    n->c = l.tail;    /* last piece, while building */
    return n;
}

ward_bnode *ward_bast_interp_add(ward_bbuilder *b, ward_bnode *s, const ward_btoken *mid, ward_bnode *e)
{
    if (!s || !s->c)
        return s;
    ward_blist l = {s->list, s->c};
    l = ward_blist_add(l, ward_bast_tok(b, WARD_BK_STR, mid));
    l = ward_blist_add(l, e);
    s->c = l.tail;
    return s;
}

ward_bnode *ward_bast_interp_end(ward_bbuilder *b, ward_bnode *s, const ward_btoken *tail)
{
    if (!s || !s->c)
        return s;
    ward_blist l = {s->list, s->c};
    l = ward_blist_add(l, ward_bast_tok(b, WARD_BK_STR, tail));
    s->c = NULL;
    s->span = join(s->span, tail->span);
    s->nspan = s->span;
    return s;
}

ward_bnode *ward_bast_lambda1(ward_bbuilder *b, const ward_btoken *param, ward_bnode *body)
{
    return ward_bast_lambda(b, param->span, ward_blist_one(ward_bast_tok(b, WARD_BK_IDENT, param)), body);
}

ward_bnode *ward_bast_lambda(ward_bbuilder *b, ward_span start, ward_blist params, ward_bnode *body)
{
    if (!body) {
        b->oom = 1;
        return NULL;
    }
    ward_bnode *n = ward_bast_make(b, WARD_BK_LAMBDA, start, body->span, body, NULL, NULL);
    if (n)
        n->list = params.head;
    return n;
}

ward_bnode *ward_bast_for(ward_bbuilder *b, ward_span start, ward_span end, ward_bnode *vars, ward_bnode *iter,
                          ward_bnode *body)
{
    return ward_bast_make(b, WARD_BK_FOR, start, end, vars, iter, body);
}

ward_bnode *ward_bast_type(ward_bbuilder *b, ward_span start, ward_span end)
{
    return ward_bast_make(b, WARD_BK_TYPEX, start, end, NULL, NULL, NULL);
}
