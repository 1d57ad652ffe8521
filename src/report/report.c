/* report.c: the reporter registry (from reporters.def) and the helpers the
 * reporters share: locations, relative paths, counts, the rule table, URI
 * encoding and the streaming JSON emitter. */
#include "report_impl.h"
#include "../base/alloc.h"

#include <string.h>

typedef int (*report_fn)(ward_writer *w, const ward_report_ctx *ctx);

static const struct {
    const char *name;
    report_fn fn;
} reporters[] = {
#define X(name, fn) {#name, fn},
#include "reporters.def"
#undef X
};

enum { NREPORTERS = sizeof reporters / sizeof reporters[0] };

static report_fn find_reporter(const char *name)
{
    for (size_t i = 0; name && i < NREPORTERS; i++)
        if (strcmp(reporters[i].name, name) == 0)
            return reporters[i].fn;
    return NULL;
}

int ward_report_format_valid(const char *name) { return find_reporter(name) != NULL; }

const char *ward_report_format_name(size_t i) { return i < NREPORTERS ? reporters[i].name : NULL; }

int ward_report_write(ward_writer *w, const char *format, const ward_report_ctx *ctx)
{
    report_fn fn = find_reporter(format);
    if (!fn)
        return -1;
    int rc = fn(w, ctx);
    return rc != 0 || w->failed ? -1 : 0;
}

/* ---- paths and locations ---- */

static const char *skip_dot_slash(const char *p)
{
    while (p[0] == '.' && p[1] == '/') {
        p += 2;
        while (*p == '/')
            p++;
    }
    return p;
}

const char *ward_report_relpath(const ward_report_ctx *ctx, const char *path)
{
    if (!path)
        return NULL;
    const char *base = ctx->base_dir;
    if (base && *base) {
        size_t n = strlen(base);
        while (n > 1 && base[n - 1] == '/')   /* "/repo/" and "/repo" alike; "/" stays */
            n--;
        if (n == 1 && base[0] == '/' && path[0] == '/')
            return skip_dot_slash(path + 1);
        if (strncmp(path, base, n) == 0 && path[n] == '/')
            return skip_dot_slash(path + n + 1);
    }
    return skip_dot_slash(path);
}

int ward_report_locate(const ward_report_ctx *ctx, ward_span span, ward_report_loc *out)
{
    memset(out, 0, sizeof *out);
    const ward_source *f =
        ctx->sources && ward_span_valid(span) ? ward_sources_get(ctx->sources, span.file) : NULL;
    if (!f)
        return -1;
    ward_pos a = ward_source_pos(ctx->sources, span.file, span.start);
    if (a.line == 0)   /* the line table could not be built (out of memory) */
        return -1;
    ward_pos b = span.end > span.start ? ward_source_pos(ctx->sources, span.file, span.end) : a;
    out->path = f->path;
    out->rel = ward_report_relpath(ctx, f->path);
    out->line = a.line;
    out->col = a.col;
    out->end_line = b.line ? b.line : a.line;
    out->end_col = b.line ? b.col : a.col;
    out->empty = span.end <= span.start;
    return 0;
}

const char *ward_report_rule_id(const ward_finding *f)
{
    return f->rule && f->rule->id ? f->rule->id : "?";
}

void ward_report_instances_note(ward_writer *w, const ward_finding *f)
{
    enum { NAMED = 20 };
    if (f->ninstances < 2)
        return;
    ward_printf(w, "%zu instances: ", f->ninstances);
    for (size_t i = 0; i < f->ninstances && i < NAMED; i++)
        ward_printf(w, "%s%s", i ? ", " : "", f->instances[i]);
    if (f->ninstances > NAMED)
        ward_printf(w, " and %zu more", f->ninstances - NAMED);
}

void ward_report_count(const ward_report_ctx *ctx, ward_report_counts *c)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; ctx->findings && i < ctx->findings->n; i++) {
        const ward_finding *f = &ctx->findings->items[i];
        if (f->suppressed) {
            c->suppressed++;
            continue;
        }
        c->shown++;
        if ((unsigned)f->severity < WARD_SEV__COUNT)
            c->by_severity[f->severity]++;
        if ((unsigned)f->status < WARD_ST__COUNT)
            c->by_status[f->status]++;
    }
    for (size_t i = 0; ctx->errors && i < ctx->errors->n; i++) {
        if (ctx->errors->items[i].severity == WARD_DIAG_ERROR)
            c->input_errors++;
        else if (ctx->errors->items[i].severity == WARD_DIAG_WARNING)
            c->input_warnings++;
    }
}

/* ---- the rule table ---- */

size_t ward_report_rule_index(const ward_rule_info *const *rules, size_t n, const ward_rule_info *r)
{
    if (!r)
        return (size_t)-1;
    for (size_t i = 0; i < n; i++)
        if (rules[i] == r)
            return i;
    /* A rule may reach the findings as a copy of the descriptor (bundle
     * loading): fall back to the id, which is unique per run. */
    for (size_t i = 0; r->id && i < n; i++)
        if (rules[i]->id && strcmp(rules[i]->id, r->id) == 0)
            return i;
    return (size_t)-1;
}

int ward_report_rules(const ward_report_ctx *ctx, const ward_rule_info ***out, size_t *n)
{
    size_t nf = ctx->findings ? ctx->findings->n : 0;
    *out = NULL;
    *n = 0;
    if (ctx->nrules + nf == 0)
        return 0;
    const ward_rule_info **t = ward_malloc((ctx->nrules + nf) * sizeof *t);
    if (!t)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < ctx->nrules; i++)
        if (ctx->rules[i])
            t[k++] = ctx->rules[i];
    for (size_t i = 0; i < nf; i++) {
        const ward_rule_info *r = ctx->findings->items[i].rule;
        if (r && ward_report_rule_index(t, k, r) == (size_t)-1)
            t[k++] = r;
    }
    *out = t;
    *n = k;
    return 0;
}

void ward_report_write_uri_path(ward_writer *w, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        int plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (plain) {
            ward_putc(w, (char)c);
        } else {
            char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
            ward_write(w, esc, 3);
        }
    }
}

/* ---- text encoding ---- */

/* Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), or 0 if the byte starts none. */
static size_t utf8_seq_len(const unsigned char *p, size_t avail)
{
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || len > avail)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||   /* overlong, surrogate */
        (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))      /* overlong, > U+10FFFF */
        return 0;
    return len;
}

void ward_report_write_utf8(ward_writer *w, const char *s, size_t n, ward_report_escape_fn escape)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0, i = 0;
    while (i < n) {
        size_t len = utf8_seq_len(p + i, n - i);
        if (len) {
            i += len;
            run += len;
            continue;
        }
        escape(w, s + i - run, run);
        run = 0;
        ward_write(w, "\xEF\xBF\xBD", 3);   /* U+FFFD REPLACEMENT CHARACTER */
        i++;
    }
    escape(w, s + n - run, run);
}

/* ---- streaming JSON ---- */

void ward_jw_init(ward_jw *j, ward_writer *w)
{
    memset(j, 0, sizeof *j);
    j->w = w;
}

static void jw_indent(ward_jw *j, unsigned depth)
{
    ward_putc(j->w, '\n');
    for (unsigned i = 0; i < depth; i++)
        ward_write(j->w, "  ", 2);
}

void ward_jw_key(ward_jw *j, const char *key)
{
    if (j->depth > 0) {
        if (j->nonempty[j->depth])
            ward_putc(j->w, ',');
        jw_indent(j, j->depth);
    }
    j->nonempty[j->depth] = 1;
    if (key) {
        ward_putc(j->w, '"');
        ward_write_json_str(j->w, key, strlen(key));
        ward_write(j->w, "\": ", 3);
    }
}

void ward_jw_open(ward_jw *j, const char *key, char bracket)
{
    ward_jw_key(j, key);
    ward_putc(j->w, bracket);
    if (j->depth + 1 >= WARD_JW_MAX_DEPTH) {   /* reports are shallow: this is a bug */
        j->w->failed = 1;
        return;
    }
    j->depth++;
    j->nonempty[j->depth] = 0;
}

void ward_jw_close(ward_jw *j, char bracket)
{
    if (j->depth == 0) {
        j->w->failed = 1;
        return;
    }
    if (j->nonempty[j->depth])
        jw_indent(j, j->depth - 1);
    j->depth--;
    ward_putc(j->w, bracket);
}

void ward_jw_str(ward_jw *j, const char *key, const char *s)
{
    ward_jw_key(j, key);
    if (!s) {
        ward_puts(j->w, "null");
        return;
    }
    ward_putc(j->w, '"');
    ward_report_write_utf8(j->w, s, strlen(s), ward_write_json_str);
    ward_putc(j->w, '"');
}

void ward_jw_uint(ward_jw *j, const char *key, unsigned long long v)
{
    ward_jw_key(j, key);
    ward_printf(j->w, "%llu", v);
}

void ward_jw_bool(ward_jw *j, const char *key, int v)
{
    ward_jw_key(j, key);
    ward_puts(j->w, v ? "true" : "false");
}

void ward_jw_null(ward_jw *j, const char *key)
{
    ward_jw_key(j, key);
    ward_puts(j->w, "null");
}

void ward_jw_finish(ward_jw *j)
{
    if (j->depth != 0)
        j->w->failed = 1;
    ward_putc(j->w, '\n');
}
