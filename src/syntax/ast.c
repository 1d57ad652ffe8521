/* ast.c: AST builders called from grammar actions, and the S-expression dump. */
#include "ast.h"
#include "../base/writer.h"

#include <string.h>

static const char *kind_names[] = {
#define X(name, str) str,
#include "ast.def"
#undef X
};

const char *ward_ast_kind_name(ward_ast_kind k) { return k < WARD_AST__COUNT ? kind_names[k] : "?"; }

const char *ward_ast_op_name(ward_ast_op op)
{
    switch (op) {
    case WARD_BOP_OR: return "or";
    case WARD_BOP_AND: return "and";
    case WARD_BOP_EQ: return "==";
    case WARD_BOP_NE: return "!=";
    case WARD_BOP_LT: return "<";
    case WARD_BOP_LE: return "<=";
    case WARD_BOP_GT: return ">";
    case WARD_BOP_GE: return ">=";
    case WARD_BOP_IN: return "in";
    case WARD_BOP_NOTIN: return "not in";
    case WARD_BOP_DEFAULT: return "??";
    case WARD_BOP_ADD: return "+";
    case WARD_BOP_SUB: return "-";
    case WARD_BOP_MUL: return "*";
    case WARD_BOP_DIV: return "/";
    case WARD_BOP_MOD: return "%";
    case WARD_UOP_NOT: return "not";
    case WARD_UOP_NEG: return "neg";
    case WARD_Q_ANY: return "any";
    case WARD_Q_ALL: return "all";
    case WARD_Q_NONE: return "none";
    case WARD_Q_COUNT: return "count";
    case WARD_Q_FILTER: return "filter";
    default: return "";
    }
}

ward_ast *ward_ast_new(ward_ast_builder *b, ward_ast_kind kind, ward_span span)
{
    ward_ast *n = ward_arena_zalloc(b->arena, sizeof *n);
    if (!n) {
        b->oom = 1;
        return NULL;
    }
    n->kind = (uint8_t)kind;
    n->span = span;
    return n;
}

/* Builders run inside parser actions: after an out-of-memory they keep
 * returning NULL-tolerant results and the driver checks b->oom once. */
static ward_ast *tok_node(ward_ast_builder *b, ward_ast_kind kind, ward_token t)
{
    ward_ast *n = ward_ast_new(b, kind, t.span);
    if (n) {
        n->str = t.str;
        n->len = t.len;
        n->num = t.num;
    }
    return n;
}

ward_ast *ward_ast_num(ward_ast_builder *b, ward_token t) { return tok_node(b, WARD_AST_NUM, t); }
ward_ast *ward_ast_str(ward_ast_builder *b, ward_token t) { return tok_node(b, WARD_AST_STR, t); }
ward_ast *ward_ast_name(ward_ast_builder *b, ward_token t) { return tok_node(b, WARD_AST_NAME, t); }
ward_ast *ward_ast_null(ward_ast_builder *b, ward_token t) { return tok_node(b, WARD_AST_NULL, t); }

ward_ast *ward_ast_bool(ward_ast_builder *b, ward_token t, int v)
{
    ward_ast *n = tok_node(b, WARD_AST_BOOL, t);
    if (n)
        n->num = v;
    return n;
}

static ward_span span_of(ward_ast *n, ward_span fallback) { return n ? n->span : fallback; }

ward_ast *ward_ast_unary(ward_ast_builder *b, ward_ast_op op, ward_token t, ward_ast *a)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_UNARY, ward_span_join(t.span, span_of(a, t.span)));
    if (n) {
        n->op = (uint8_t)op;
        n->a = a;
    }
    return n;
}

ward_ast *ward_ast_binary(ward_ast_builder *b, ward_ast_op op, ward_ast *x, ward_ast *y)
{
    if (!x || !y)
        return NULL;
    ward_ast *n = ward_ast_new(b, WARD_AST_BINARY, ward_span_join(x->span, y->span));
    if (n) {
        n->op = (uint8_t)op;
        n->a = x;
        n->b = y;
    }
    return n;
}

ward_ast *ward_ast_member(ward_ast_builder *b, ward_ast *obj, ward_token name)
{
    if (!obj)
        return NULL;
    ward_ast *n = ward_ast_new(b, WARD_AST_MEMBER, ward_span_join(obj->span, name.span));
    if (n) {
        n->a = obj;
        n->str = name.str;
        n->len = name.len;
    }
    return n;
}

ward_ast *ward_ast_index(ward_ast_builder *b, ward_ast *obj, ward_ast *idx, ward_token close)
{
    if (!obj)
        return NULL;
    ward_ast *n = ward_ast_new(b, WARD_AST_INDEX, ward_span_join(obj->span, close.span));
    if (n) {
        n->a = obj;
        n->b = idx;
    }
    return n;
}

static void set_kids(ward_ast *n, ward_ast_list l)
{
    n->kids = l.head;
    n->nkids = l.n;
}

ward_ast *ward_ast_call(ward_ast_builder *b, ward_ast *callee, ward_ast_list args, ward_token close)
{
    if (!callee)
        return NULL;
    ward_ast *n = ward_ast_new(b, WARD_AST_CALL, ward_span_join(callee->span, close.span));
    if (!n)
        return NULL;
    set_kids(n, args);
    if (callee->kind == WARD_AST_NAME) {
        n->str = callee->str;
        n->len = callee->len;
    } else if (callee->kind == WARD_AST_MEMBER && callee->a && callee->a->kind == WARD_AST_NAME) {
        n->str = callee->str;        /* module.function(...) */
        n->len = callee->len;
        n->a = callee->a;
    } else {
        n->a = callee;               /* not callable: the checker reports it */
        n->str = "";
    }
    return n;
}

ward_ast *ward_ast_list_expr(ward_ast_builder *b, ward_token open, ward_ast_list items, ward_token close)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_LIST, ward_span_join(open.span, close.span));
    if (n)
        set_kids(n, items);
    return n;
}

ward_ast *ward_ast_object(ward_ast_builder *b, ward_token open, ward_ast_list pairs, ward_token close)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_OBJECT, ward_span_join(open.span, close.span));
    if (n)
        set_kids(n, pairs);
    return n;
}

ward_ast *ward_ast_pair(ward_ast_builder *b, ward_token key, ward_ast *value)
{
    ward_ast *n = tok_node(b, WARD_AST_PAIR, key);
    if (n) {
        n->a = value;
        n->span = ward_span_join(key.span, span_of(value, key.span));
    }
    return n;
}

ward_ast *ward_ast_quant(ward_ast_builder *b, ward_ast_op q, ward_token kw, ward_token var, ward_ast *coll,
                         ward_ast *body)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_QUANT, ward_span_join(kw.span, span_of(body, kw.span)));
    if (n) {
        n->op = (uint8_t)q;
        n->str = var.str;
        n->len = var.len;
        n->a = coll;
        n->b = body;
    }
    return n;
}

ward_ast *ward_ast_paren(ward_ast_builder *b, ward_token open, ward_ast *e, ward_token close)
{
    (void)b;
    (void)open;
    (void)close;
    return e;   /* parentheses only group; spans stay those of the inner expression */
}

ward_ast_list ward_ast_tmpl_start(ward_ast_builder *b, ward_token head)
{
    return ward_ast_list_one(ward_ast_str(b, head));
}

ward_ast_list ward_ast_tmpl_add(ward_ast_builder *b, ward_ast_list l, ward_ast *expr, ward_token piece)
{
    l = ward_ast_list_append(l, expr);
    return ward_ast_list_append(l, ward_ast_str(b, piece));
}

ward_ast *ward_ast_tmpl_end(ward_ast_builder *b, ward_ast_list l)
{
    if (!l.head || !l.tail)
        return NULL;
    ward_ast *n = ward_ast_new(b, WARD_AST_TMPL, ward_span_join(l.head->span, l.tail->span));
    if (n)
        set_kids(n, l);
    return n;
}

ward_ast *ward_ast_stmt(ward_ast_builder *b, ward_ast_kind kind, ward_token kw, ward_ast *a, ward_ast *m, ward_ast *at)
{
    ward_span end = at ? at->span : m ? m->span : a ? a->span : kw.span;
    ward_ast *n = ward_ast_new(b, kind, ward_span_join(kw.span, end));
    if (n) {
        n->a = a;
        n->b = m;
        n->c = at;
    }
    return n;
}

ward_ast *ward_ast_with_severity(ward_ast_builder *b, ward_ast *stmt, ward_token sev)
{
    (void)b;
    if (stmt && sev.kind) {
        stmt->str = sev.str;    /* checked and encoded by the checker */
        stmt->len = sev.len;
    }
    return stmt;
}

ward_ast *ward_ast_cond(ward_ast_builder *b, ward_token kw, ward_ast *c, ward_ast *then, ward_ast *els)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_COND, ward_span_join(kw.span, els ? els->span : kw.span));
    if (n) {
        n->a = c;
        n->b = then;
        n->c = els;
    }
    return n;
}

ward_ast *ward_ast_let(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast *value)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_LET, ward_span_join(kw.span, name.span));
    if (n) {
        n->str = name.str;
        n->len = name.len;
        n->a = value;
    }
    return n;
}

ward_ast *ward_ast_if(ward_ast_builder *b, ward_token kw, ward_ast *cond, ward_ast_list then, ward_ast *els)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_IF, kw.span);
    if (n) {
        n->a = cond;
        set_kids(n, then);
        n->c = els;
    }
    return n;
}

ward_ast *ward_ast_else(ward_ast_builder *b, ward_token kw, ward_ast_list stmts)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_ELSE, kw.span);
    if (n)
        set_kids(n, stmts);
    return n;
}

ward_ast *ward_ast_for(ward_ast_builder *b, ward_token kw, ward_token var, ward_ast *coll, ward_ast_list body)
{
    ward_ast *n = ward_ast_new(b, WARD_AST_FOR, ward_span_join(kw.span, var.span));
    if (n) {
        n->str = var.str;
        n->len = var.len;
        n->a = coll;
        set_kids(n, body);
    }
    return n;
}

ward_ast *ward_ast_import(ward_ast_builder *b, ward_token kw, ward_token name)
{
    ward_ast *n = tok_node(b, WARD_AST_IMPORT, name);
    if (n)
        n->span = ward_span_join(kw.span, name.span);
    return n;
}

ward_ast *ward_ast_param(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast *type, ward_ast *def)
{
    ward_ast *n = tok_node(b, WARD_AST_PARAM, name);
    if (n) {
        n->b = type;
        n->a = def;
    }
    return n;
}

ward_ast *ward_ast_global(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast *value)
{
    ward_ast *n = tok_node(b, WARD_AST_GLOBAL, name);
    if (n)
        n->a = value;
    return n;
}

ward_ast *ward_ast_func(ward_ast_builder *b, ward_token kw, ward_token name, ward_ast_list params, ward_ast *body)
{
    ward_ast *n = tok_node(b, WARD_AST_FUNC, name);
    if (n) {
        set_kids(n, params);
        n->a = body;
    }
    return n;
}

ward_ast *ward_ast_rule(ward_ast_builder *b, ward_token kw, ward_token id, ward_ast_list items, ward_token close)
{
    ward_ast *n = tok_node(b, WARD_AST_RULE, id);
    if (n) {
        n->span = id.span;
        set_kids(n, items);
    }
    return n;
}

ward_ast *ward_ast_meta(ward_ast_builder *b, ward_token key, ward_ast *value)
{
    ward_ast *n = tok_node(b, WARD_AST_META, key);
    if (n)
        n->a = value;
    return n;
}

ward_ast *ward_ast_selector(ward_ast_builder *b, ward_token kw, ward_token family, ward_ast_list types,
                            ward_token alias, ward_ast_list stmts, ward_token close)
{
    ward_ast *n = tok_node(b, WARD_AST_SELECTOR, family);
    if (!n)
        return NULL;
    n->span = ward_span_join(kw.span, family.span);
    set_kids(n, types);
    n->b = ward_ast_name(b, alias);
    n->c = ward_ast_new(b, WARD_AST_BLOCK, ward_span_join(kw.span, close.span));
    if (n->c)
        set_kids(n->c, stmts);
    return n;
}

void ward_ast_add_item(ward_ast_builder *b, ward_ast *item)
{
    if (item)
        b->items = ward_ast_list_append(b->items, item);
}

ward_ast_list ward_ast_list_empty(void)
{
    ward_ast_list l = {NULL, NULL, 0};
    return l;
}

ward_ast_list ward_ast_list_one(ward_ast *n) { return ward_ast_list_append(ward_ast_list_empty(), n); }

ward_ast_list ward_ast_list_append(ward_ast_list l, ward_ast *n)
{
    if (!n)
        return l;
    n->next = NULL;
    if (l.tail)
        l.tail->next = n;
    else
        l.head = n;
    l.tail = n;
    l.n++;
    return l;
}

/* ---- dump ---------------------------------------------------------------- */

static void dump(ward_writer *w, const ward_ast *n, int depth);

static void dump_list(ward_writer *w, const ward_ast *n, int depth)
{
    for (; n; n = n->next)
        dump(w, n, depth);
}

static void dump_str(ward_writer *w, const char *s, uint32_t len)
{
    ward_putc(w, '"');
    ward_write_json_str(w, s ? s : "", s ? len : 0);
    ward_putc(w, '"');
}

static void dump(ward_writer *w, const ward_ast *n, int depth)
{
    if (!n)
        return;
    ward_putc(w, '\n');
    for (int i = 0; i < depth; i++)
        ward_puts(w, "  ");
    ward_printf(w, "(%s", ward_ast_kind_name((ward_ast_kind)n->kind));
    if (n->op)
        ward_printf(w, " %s", ward_ast_op_name((ward_ast_op)n->op));
    switch (n->kind) {
    case WARD_AST_NUM: ward_printf(w, " %g", n->num); break;
    case WARD_AST_BOOL: ward_puts(w, n->num ? " true" : " false"); break;
    case WARD_AST_STR: ward_putc(w, ' '); dump_str(w, n->str, n->len); break;
    default:
        if (n->str && *n->str) {
            ward_putc(w, ' ');
            ward_puts(w, n->str);
        }
    }
    dump(w, n->a, depth + 1);
    dump(w, n->b, depth + 1);
    dump_list(w, n->kids, depth + 1);
    dump(w, n->c, depth + 1);
    ward_putc(w, ')');
}

void ward_ast_dump(ward_writer *w, const ward_ast *items)
{
    for (const ward_ast *n = items; n; n = n->next) {
        dump(w, n, 0);
    }
    ward_putc(w, '\n');
}
