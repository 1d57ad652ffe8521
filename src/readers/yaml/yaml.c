/* yaml.c: libyaml events -> located document nodes (see yaml.h). */
#include "yaml.h"
#include "../../base/alloc.h"
#include "../../base/vec.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

enum { MAX_DEPTH = 256 };

typedef struct frame {
    ward_node *node;          /* ARRAY or OBJECT being filled */
    ward_node **items;        /* heap, moved into the arena when the collection ends */
    ward_member *members;
    size_t n, cap;
    ward_node *key;           /* pending key of a mapping */
    uint32_t kstart;
} frame;

typedef struct anchor {
    char *name;
    ward_node *node;
} anchor;

typedef struct yctx {
    ward_doc *doc;
    const ward_sources *src;
    uint32_t file;
    frame stack[MAX_DEPTH];
    int depth;
    anchor *anchors;
    size_t nanchors, capanchors;
    ward_node *root;
} yctx;

/* libyaml marks count characters; turn line/column into a byte offset with
 * our own line table so spans stay byte ranges. */
static uint32_t mark_offset(const yctx *y, yaml_mark_t m)
{
    size_t len;
    const char *line = ward_source_line(y->src, y->file, (uint32_t)m.line + 1, &len);
    const ward_source *f = ward_sources_get(y->src, y->file);
    if (!line)
        return (uint32_t)(f ? f->len : 0);
    size_t i = 0, col = 0;
    while (i < len && col < m.column) {
        i++;
        while (i < len && ((unsigned char)line[i] & 0xC0) == 0x80)
            i++;
        col++;
    }
    return (uint32_t)(line - f->text + i);
}

static ward_span mark_span(const yctx *y, yaml_mark_t a, yaml_mark_t b)
{
    uint32_t s = mark_offset(y, a), e = mark_offset(y, b);
    return ward_span_make(y->file, s, e > s ? e : s);
}

static int is_int(const char *s)
{
    if (*s == '-' || *s == '+')
        s++;
    if (!*s)
        return 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o'))
        return s[2] != 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

static int is_float(const char *s, double *out)
{
    char *end;
    if (!*s || strchr("0123456789+-.", *s) == NULL)
        return 0;
    double d = strtod(s, &end);
    if (*end || !isfinite(d))
        return 0;
    *out = d;
    return 1;
}

static ward_node *scalar(yctx *y, const yaml_event_t *e)
{
    ward_arena *a = &y->doc->arena;
    ward_span sp = mark_span(y, e->start_mark, e->end_mark);
    const char *v = (const char *)e->data.scalar.value;
    size_t n = e->data.scalar.length;
    const char *tag = (const char *)e->data.scalar.tag;
    int plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !(tag && strstr(tag, ":str"));
    if (plain) {
        if (n == 0 || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null") || !strcmp(v, "NULL"))
            return ward_node_new(a, WARD_N_NULL, sp);
        if (!strcmp(v, "true") || !strcmp(v, "True") || !strcmp(v, "TRUE"))
            return ward_node_bool(a, 1, sp);
        if (!strcmp(v, "false") || !strcmp(v, "False") || !strcmp(v, "FALSE"))
            return ward_node_bool(a, 0, sp);
        double d;
        if (is_int(v))
            return ward_node_number(a, (double)strtoll(v, NULL, 0), sp);
        if (is_float(v, &d))
            return ward_node_number(a, d, sp);
    }
    return ward_node_string(a, v, n, sp);
}

static int remember_anchor(yctx *y, const yaml_char_t *name, ward_node *n)
{
    if (!name)
        return 0;
    size_t l = strlen((const char *)name);
    anchor an = {ward_malloc(l + 1), n};
    if (!an.name || WARD_VEC_PUSH(y->anchors, y->nanchors, y->capanchors, an) != 0) {
        ward_free(an.name);
        return -1;
    }
    memcpy(an.name, name, l + 1);
    return 0;
}

static ward_node *find_anchor(yctx *y, const yaml_char_t *name)
{
    for (size_t i = y->nanchors; i-- > 0;)
        if (!strcmp(y->anchors[i].name, (const char *)name))
            return y->anchors[i].node;
    return NULL;
}

/* Adds a finished value to the open collection (or makes it the root). */
static int add_value(yctx *y, ward_node *v, uint32_t start)
{
    if (y->depth == 0) {
        if (!y->root)
            y->root = v;
        return 0;
    }
    frame *f = &y->stack[y->depth - 1];
    if (f->node->kind == WARD_N_ARRAY)
        return WARD_VEC_PUSH(f->items, f->n, f->cap, v);
    if (!f->key) {
        f->key = v;
        f->kstart = start;
        return 0;
    }
    const ward_node *k = f->key;
    ward_member m = {k->kind == WARD_N_STRING ? k->u.str : "", k->kind == WARD_N_STRING ? k->len : 0, f->kstart, v};
    if (k->kind != WARD_N_STRING && k->kind != WARD_N_NULL) {
        /* non-string keys (numbers, booleans) keep their text form */
        const ward_source *s = ward_sources_get(y->src, y->file);
        m.key = s->text + k->span.start;
        m.klen = k->span.end - k->span.start;
    }
    f->key = NULL;
    return WARD_VEC_PUSH(f->members, f->n, f->cap, m);
}

static int open_collection(yctx *y, ward_node_kind kind, const yaml_event_t *e)
{
    if (y->depth >= MAX_DEPTH)
        return -2;
    ward_node *n = ward_node_new(&y->doc->arena, kind, mark_span(y, e->start_mark, e->end_mark));
    if (!n)
        return -1;
    const yaml_char_t *anc = kind == WARD_N_ARRAY ? e->data.sequence_start.anchor : e->data.mapping_start.anchor;
    if (remember_anchor(y, anc, n) != 0)
        return -1;
    frame *f = &y->stack[y->depth++];
    memset(f, 0, sizeof *f);
    f->node = n;
    return 0;
}

static int close_collection(yctx *y, const yaml_event_t *e)
{
    frame *f = &y->stack[--y->depth];
    ward_node *n = f->node;
    n->span.end = mark_offset(y, e->end_mark);
    size_t size = n->kind == WARD_N_ARRAY ? sizeof(ward_node *) : sizeof(ward_member);
    void *dst = ward_arena_alloc(&y->doc->arena, size * (f->n ? f->n : 1));
    if (!dst)
        return -1;
    if (f->n)
        memcpy(dst, n->kind == WARD_N_ARRAY ? (void *)f->items : (void *)f->members, size * f->n);
    if (n->kind == WARD_N_ARRAY)
        n->u.items = dst;
    else
        n->u.members = dst;
    n->len = (uint32_t)f->n;
    ward_free(f->items);
    ward_free(f->members);
    return add_value(y, n, n->span.start);
}

static void cleanup(yctx *y)
{
    while (y->depth > 0) {
        frame *f = &y->stack[--y->depth];
        ward_free(f->items);
        ward_free(f->members);
    }
    for (size_t i = 0; i < y->nanchors; i++)
        ward_free(y->anchors[i].name);
    ward_free(y->anchors);
}

/* Handles one event; returns 1 to continue, 0 at the end, -1 no memory, -2 too deep. */
static int on_event(yctx *y, const yaml_event_t *e)
{
    switch (e->type) {
    case YAML_SCALAR_EVENT: {
        ward_node *n = scalar(y, e);
        if (!n || remember_anchor(y, e->data.scalar.anchor, n) != 0)
            return -1;
        return add_value(y, n, n->span.start) == 0 ? 1 : -1;
    }
    case YAML_ALIAS_EVENT: {
        ward_node *n = find_anchor(y, e->data.alias.anchor);
        if (!n)
            return -3;
        return add_value(y, n, mark_offset(y, e->start_mark)) == 0 ? 1 : -1;
    }
    case YAML_SEQUENCE_START_EVENT: return open_collection(y, WARD_N_ARRAY, e) == 0 ? 1 : -2;
    case YAML_MAPPING_START_EVENT: return open_collection(y, WARD_N_OBJECT, e) == 0 ? 1 : -2;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: return close_collection(y, e) == 0 ? 1 : -1;
    case YAML_DOCUMENT_END_EVENT: return y->root ? 0 : 1;   /* first document only */
    case YAML_STREAM_END_EVENT: return 0;
    default: return 1;
    }
}

int ward_yaml_parse(ward_doc *doc, ward_sources *src, uint32_t file, ward_diags *diags)
{
    const ward_source *f = ward_sources_get(src, file);
    yaml_parser_t parser;
    if (!f || !yaml_parser_initialize(&parser)) {
        diags->oom = 1;
        return -1;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)f->text, f->len);
    yctx y;
    memset(&y, 0, sizeof y);
    y.doc = doc;
    y.src = src;
    y.file = file;
    doc->file = file;
    int rc = 1;
    while (rc > 0) {
        yaml_event_t e;
        if (!yaml_parser_parse(&parser, &e)) {
            uint32_t off = mark_offset(&y, parser.problem_mark);
            ward_diag_add(diags, WARD_D_DOC_SYNTAX, ward_span_make(file, off, off + 1), "invalid YAML: %s%s%s",
                          parser.problem ? parser.problem : "syntax error", parser.context ? " " : "",
                          parser.context ? parser.context : "");
            rc = -4;
            break;
        }
        rc = on_event(&y, &e);
        if (rc == -2 || rc == -3) {
            uint32_t off = mark_offset(&y, e.start_mark);
            if (rc == -2)
                ward_diag_add(diags, WARD_D_DOC_DEPTH, ward_span_make(file, off, off + 1),
                              "YAML nested deeper than %d levels", MAX_DEPTH);
            else
                ward_diag_add(diags, WARD_D_DOC_SYNTAX, ward_span_make(file, off, off + 1), "alias to an unknown anchor");
        }
        yaml_event_delete(&e);
    }
    yaml_parser_delete(&parser);
    cleanup(&y);
    if (rc == -1) {
        ward_diag_add(diags, WARD_D_NO_MEMORY, ward_span_make(file, 0, 0), "out of memory reading YAML");
        diags->oom = 1;
    }
    if (rc < 0)
        return -1;
    doc->root = y.root ? y.root : ward_node_new(&doc->arena, WARD_N_NULL, ward_span_make(file, 0, 0));
    return doc->root ? 0 : -1;
}
