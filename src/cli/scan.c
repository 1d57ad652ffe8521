/* scan.c: per-file evaluation, worker threads and the ordered merge. */
#include "scan.h"
#include "../base/alloc.h"
#include "../base/vec.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct file_result {
    ward_sources src;
    ward_findings findings;
    ward_diags diags;
    int read;                  /* the file was read (whatever its family) */
    char *real;                /* the file's real path */
    char **deps;               /* modules / linked templates it read */
    size_t ndeps;
    int via_caller;            /* another file of the run reads this one: drop its own results */
} file_result;

typedef struct scan_ctx {
    ward_progs *progs;
    const ward_input_list *inputs;
    const ward_scan_opts *o;
    file_result *results;
    atomic_size_t next;
    atomic_size_t done;
    atomic_int oom;
} scan_ctx;

/* The main VM's descriptor of the rule a worker's finding names: same
 * program, same index. */
static const ward_rule_info *main_rule(ward_progs *progs, const ward_rule_info *r)
{
    for (size_t k = 0; k < progs->n; k++) {
        int i = ward_vm_find_rule(progs->items[k].vm, r->id);
        if (i >= 0)
            return ward_vm_rule(progs->items[k].vm, (uint32_t)i);
    }
    return r;
}

static void scan_one(scan_ctx *c, ward_vm **vms, size_t i)
{
    file_result *r = &c->results[i];
    const ward_input_file *f = &c->inputs->items[i];
    if (c->o->skip && c->o->skip(c->o->skip_ctx, f->path))
        return;
    ward_resource_set set;
    ward_resource_set_init(&set);
    int rc = ward_input_read(&r->src, f, c->o->read, &set, &r->diags);
    r->read = rc != 0;
    for (size_t k = 0; rc > 0 && k < c->progs->n; k++)
        if (ward_vm_run(vms[k], &set, &r->findings) != 0)
            r->diags.oom = 1;
    r->real = realpath(f->path, NULL);
    r->deps = set.ndeps ? ward_calloc(set.ndeps, sizeof *r->deps) : NULL;
    for (size_t j = 0; r->deps && j < set.ndeps; j++)
        r->deps[r->ndeps++] = strdup(set.deps[j]);
    /* Findings name rules of this worker's VMs, which end with the worker. */
    for (size_t j = 0; j < r->findings.n; j++)
        r->findings.items[j].rule = main_rule(c->progs, r->findings.items[j].rule);
    ward_resource_set_free(&set);
}

/* Each worker gets VMs of its own, configured like the main ones. */
static ward_vm **worker_vms(scan_ctx *c)
{
    ward_vm **vms = ward_calloc(c->progs->n ? c->progs->n : 1, sizeof *vms);
    for (size_t k = 0; vms && k < c->progs->n; k++) {
        vms[k] = ward_vm_new(&c->progs->items[k].img, NULL);
        if (!vms[k] || ward_vm_copy_config(vms[k], c->progs->items[k].vm) != 0) {
            atomic_store(&c->oom, 1);
            return vms;
        }
    }
    return vms;
}

static void progress(scan_ctx *c)
{
    size_t done = atomic_fetch_add(&c->done, 1) + 1, n = c->inputs->n;
    if (c->o->progress && (done % 50 == 0 || done == n))
        fprintf(stderr, "\rward: %zu/%zu files%s", done, n, done == n ? "\n" : "");
}

static void *worker(void *arg)
{
    scan_ctx *c = arg;
    ward_vm **vms = worker_vms(c);
    for (;;) {
        size_t i = atomic_fetch_add(&c->next, 1);
        if (i >= c->inputs->n || atomic_load(&c->oom) || !vms)
            break;
        scan_one(c, vms, i);
        progress(c);
    }
    for (size_t k = 0; vms && k < c->progs->n; k++)
        ward_vm_free(vms[k]);
    ward_free(vms);
    return NULL;
}

/* ---- merge ---------------------------------------------------------------------- */

static ward_span shift(ward_span s, uint32_t base)
{
    if (ward_span_valid(s))
        s.file += base;
    return s;
}

static const char *copy_str(ward_findings *out, const char *s)
{
    return s ? ward_arena_strdup(&out->arena, s) : NULL;
}

/* ---- one finding per place, whatever the number of callers ------------------ */

/* Findings in a shared module file, reached from several entry files, are
 * the same finding when rule, status, file, offset and message agree: keep
 * the first and list every call chain on it. */
typedef struct dedup {
    size_t *slots;            /* finding index + 1, 0 = empty */
    size_t cap;
} dedup;

static uint64_t fnv(const char *s, uint64_t h)
{
    for (; s && *s; s++)
        h = (h ^ (uint8_t)*s) * 1099511628211ull;
    return h;
}

static const char *span_path(const ward_sources *src, ward_span sp)
{
    const ward_source *f = ward_span_valid(sp) ? ward_sources_get(src, sp.file) : NULL;
    return f ? f->path : "";
}

static uint64_t finding_key(const ward_sources *src, const ward_finding *x)
{
    uint64_t h = fnv(span_path(src, x->span), 1469598103934665603ull);
    h = fnv(x->rule ? x->rule->id : "", h);
    h = fnv(x->message, h);
    return (h ^ x->span.start ^ ((uint64_t)x->status << 40)) * 1099511628211ull;
}

static int same_place(const ward_sources *src, const ward_finding *a, const ward_finding *b)
{
    return a->rule == b->rule && a->status == b->status && a->span.start == b->span.start &&
           strcmp(a->message ? a->message : "", b->message ? b->message : "") == 0 &&
           strcmp(span_path(src, a->span), span_path(src, b->span)) == 0;
}

/* Returns the index of an equal finding already in out, or (size_t)-1 after
 * recording x (which the caller appends as index out->n). */
static size_t dedup_find(dedup *d, const ward_sources *src, const ward_findings *out, const ward_finding *x)
{
    if ((out->n + 1) * 2 > d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 1024;
        size_t *t = ward_calloc(cap, sizeof *t);
        if (!t)
            return (size_t)-1;
        for (size_t i = 0; i < d->cap; i++)
            if (d->slots[i]) {
                size_t h = finding_key(src, &out->items[d->slots[i] - 1]) & (cap - 1);
                while (t[h])
                    h = (h + 1) & (cap - 1);
                t[h] = d->slots[i];
            }
        ward_free(d->slots);
        d->slots = t;
        d->cap = cap;
    }
    size_t h = finding_key(src, x) & (d->cap - 1);
    while (d->slots[h]) {
        if (same_place(src, &out->items[d->slots[h] - 1], x))
            return d->slots[h] - 1;
        h = (h + 1) & (d->cap - 1);
    }
    d->slots[h] = out->n + 1;
    return (size_t)-1;
}

static void add_chain(ward_findings *out, ward_finding *kept, const char *chain)
{
    if (!chain || (kept->chain && strstr(kept->chain, chain)))
        return;
    kept->chain = kept->chain ? ward_arena_printf(&out->arena, "%s; %s", kept->chain, chain)
                              : ward_arena_strdup(&out->arena, chain);
}

static int merge_findings(file_result *r, uint32_t base, ward_findings *out, const ward_sources *src, dedup *d)
{
    for (size_t j = 0; j < r->findings.n; j++) {
        ward_finding x = r->findings.items[j];
        x.span = shift(x.span, base);
        size_t same = dedup_find(d, src, out, &x);
        if (same != (size_t)-1) {
            add_chain(out, &out->items[same], x.chain);
            continue;
        }
        x.resource_span = shift(x.resource_span, base);
        x.message = copy_str(out, x.message);
        x.path = copy_str(out, x.path);
        x.resource_type = copy_str(out, x.resource_type);
        x.resource_name = copy_str(out, x.resource_name);
        x.resource_address = copy_str(out, x.resource_address);
        x.chain = copy_str(out, x.chain);
        x.suppress_reason = copy_str(out, x.suppress_reason);
        ward_related *rel = x.nrelated ? ward_arena_alloc(&out->arena, x.nrelated * sizeof *rel) : NULL;
        for (size_t k = 0; rel && k < x.nrelated; k++) {
            rel[k].span = shift(x.related[k].span, base);
            rel[k].label = copy_str(out, x.related[k].label);
        }
        x.related = rel;
        if (!ward_findings_add(out, &x))
            return -1;
    }
    return 0;
}

/* A diagnostic in a shared module file is reported once, not per caller. */
static int seen_diag(const ward_diags *out, const ward_sources *src, const ward_diag *g)
{
    for (size_t i = 0; i < out->n; i++) {
        const ward_diag *o = &out->items[i];
        if (o->code == g->code && o->span.start == g->span.start && strcmp(o->message, g->message) == 0 &&
            strcmp(span_path(src, o->span), span_path(src, g->span)) == 0)
            return 1;
    }
    return 0;
}

static void merge_diags(file_result *r, uint32_t base, ward_diags *out, const ward_sources *src)
{
    ward_diags keep;
    ward_diags_init(&keep);
    for (size_t j = 0; j < r->diags.n; j++) {
        ward_diag *g = &r->diags.items[j];
        g->span = shift(g->span, base);
        for (size_t k = 0; k < g->nnotes; k++)
            g->notes[k].span = shift(g->notes[k].span, base);
        if (ward_span_valid(g->span) && g->severity != WARD_DIAG_ERROR && seen_diag(out, src, g)) {
            ward_free(g->message);
            for (size_t k = 0; k < g->nnotes; k++)
                ward_free(g->notes[k].message);
            ward_free(g->notes);
            if (g->severity == WARD_DIAG_ERROR)
                r->diags.errors--;
            continue;
        }
        if (WARD_VEC_PUSH(keep.items, keep.n, keep.cap, *g) != 0)
            out->oom = 1;
        else if (g->severity == WARD_DIAG_ERROR)
            keep.errors++;
    }
    ward_free(r->diags.items);
    keep.oom = r->diags.oom;
    memset(&r->diags, 0, sizeof r->diags);
    ward_diags_move(out, &keep);
}

/* A module or linked template that an entry file of this run reads is
 * evaluated through its caller, with the caller's inputs; checking it alone
 * as well would report its findings twice, once with unknown inputs. */
static void mark_via_caller(scan_ctx *c)
{
    for (size_t i = 0; i < c->inputs->n; i++) {
        file_result *r = &c->results[i];
        for (size_t j = 0; r->real && j < c->inputs->n && !r->via_caller; j++)
            for (size_t k = 0; j != i && k < c->results[j].ndeps; k++)
                if (strcmp(c->results[j].deps[k], r->real) == 0)
                    r->via_caller = 1;
    }
}

static int merge(scan_ctx *c, ward_sources *src, ward_findings *out, ward_diags *diags, long *read)
{
    int rc = 0;
    dedup d = {NULL, 0};
    mark_via_caller(c);
    for (size_t i = 0; i < c->inputs->n; i++) {
        file_result *r = &c->results[i];
        if (r->via_caller) {
            *read += r->read;
            continue;
        }
        uint32_t base = (uint32_t)src->n;
        if (ward_sources_take(src, &r->src) != 0 || merge_findings(r, base, out, src, &d) != 0)
            rc = -1;
        merge_diags(r, base, diags, src);
        *read += r->read;
    }
    ward_free(d.slots);
    return rc;
}

long ward_scan(ward_progs *progs, const ward_input_list *inputs, const ward_scan_opts *o, ward_sources *src,
               ward_findings *out, ward_diags *diags)
{
    scan_ctx c;
    memset(&c, 0, sizeof c);
    c.progs = progs;
    c.inputs = inputs;
    c.o = o;
    c.results = ward_calloc(inputs->n ? inputs->n : 1, sizeof *c.results);
    if (!c.results)
        return -1;
    for (size_t i = 0; i < inputs->n; i++) {
        ward_sources_init(&c.results[i].src);
        ward_findings_init(&c.results[i].findings);
        ward_diags_init(&c.results[i].diags);
    }
    unsigned jobs = o->jobs > 1 ? o->jobs : 1;
    if (jobs > inputs->n)
        jobs = inputs->n ? (unsigned)inputs->n : 1;
    pthread_t *th = ward_calloc(jobs, sizeof *th);
    unsigned started = 0;
    for (unsigned t = 1; th && t < jobs; t++)
        if (pthread_create(&th[t], NULL, worker, &c) == 0)
            started = t;
    worker(&c);   /* this thread works too */
    for (unsigned t = 1; t <= started; t++)
        pthread_join(th[t], NULL);
    ward_free(th);
    long read = 0;
    int rc = merge(&c, src, out, diags, &read);
    for (size_t i = 0; i < inputs->n; i++) {
        for (size_t k = 0; k < c.results[i].ndeps; k++)
            free(c.results[i].deps[k]);
        ward_free(c.results[i].deps);
        free(c.results[i].real);
        ward_sources_free(&c.results[i].src);
        ward_findings_free(&c.results[i].findings);
        ward_diags_free(&c.results[i].diags);
    }
    ward_free(c.results);
    return rc || atomic_load(&c.oom) ? -1 : read;
}
