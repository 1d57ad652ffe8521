/* lib_deploy.c: functions whose values come from the deployment: template
 * parameters and variables (through the context callbacks), copy loops,
 * resource ids, the scope objects (resourceGroup(), subscription(), ...) and
 * the runtime-only functions (reference(), deployer()).
 *
 * Resource ids are built as strings flagged WARD_NF_EXPR.  A deployment fact
 * the context does not know becomes a placeholder such as
 * "{subscriptionId}", so that a reader can still match the id's type and
 * name to a resource of the template (ward_eval_resource_id_parts); the
 * comparison and hash functions treat placeholders as unknown.  Scope objects
 * are flagged WARD_NF_EXPR too: a property they lack is unknown, not an
 * error, because Azure's real objects have more properties. */
#include "evalint.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* --- parameters and variables ---------------------------------------------- */

const ward_ev_frame *ward_ev_udf_frame(const ward_eval_ctx *ctx)
{
    for (const ward_ev_frame *f = ctx->frame; f; f = f->up)
        if (!f->is_lambda)
            return f;
    return NULL;
}

static const ward_node *frame_lookup(const ward_ev_frame *f, const char *s, size_t n)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->lens[i] == n && strncasecmp(f->names[i], s, n) == 0)
            return f->vals[i];
    return NULL;
}

static ward_node *lookup(ward_eval_ctx *ctx, const ward_ev_call *c, ward_eval_lookup_fn fn, const char *what)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    char label[96];
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    int shown = (int)(n > 60 ? 60 : n);
    const ward_ev_frame *udf = ward_ev_udf_frame(ctx);
    if (udf) {
        /* Inside a user-defined function only its own parameters exist. */
        const ward_node *v = what[0] == 'p' ? frame_lookup(udf, s, n) : NULL;
        if (!v)
            return ward_ev_error(ctx, c, "user-defined functions cannot use %s '%.*s'", what, shown, s);
        return (ward_node *)v;
    }
    if (!fn)
        return ward_ev_unknown(ctx, c->span, "%s '%.*s' has no known value", what, shown, s);
    const ward_node *v = fn(ctx, s, n);
    if (!v)
        return ward_ev_error(ctx, c, "%s '%.*s' is not declared", what, shown, s);
    snprintf(label, sizeof label, "%s '%.*s'", what, shown, s);
    return ward_ev_place(ctx, v, c->span, label);
}

ward_node *ward_evf_parameters(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return lookup(ctx, c, ctx->parameter, "parameter");
}

ward_node *ward_evf_variables(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return lookup(ctx, c, ctx->variable, "variable");
}

/* copyIndex(), copyIndex(offset), copyIndex('loop'), copyIndex('loop', offset). */
ward_node *ward_evf_copy_index(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *loop = "";
    size_t llen = 0, next = 0;
    int64_t offset = 0, index;
    ward_node *bad = NULL;
    if (c->nargs > 0 && c->args[0]->kind == WARD_N_STRING) {
        loop = c->args[0]->u.str;
        llen = c->args[0]->len;
        next = 1;
    }
    if (next < c->nargs && !ward_ev_arg_int(ctx, c, next, &offset, &bad))
        return bad;
    if (next + 1 < c->nargs)
        return ward_ev_arity(ctx, c, "a loop name and an offset at most");
    if (!ctx->copy_index || ctx->copy_index(ctx, loop, llen, &index) < 0)
        return ward_ev_unknown(ctx, c->span, "copyIndex() outside a known copy loop");
    return ward_ev_num(ctx, (double)(index + offset), c->span);
}

/* --- resource ids ------------------------------------------------------------ */

/* Appends "/providers/<ns>/<t1>/<n1>/<t2>/<n2>..." for type args[k] and the
 * names after it.  A name may itself hold "a/b" for two levels. */
static ward_node *append_type(ward_eval_ctx *ctx, const ward_ev_call *c, ward_writer *w, size_t k)
{
    const char *t;
    size_t tn;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, k, &t, &tn, &bad))
        return bad;
    const char *slash = memchr(t, '/', tn);
    if (!slash || slash == t || t[tn - 1] == '/')
        return ward_ev_error(ctx, c, "'%.*s' is not a resource type", (int)(tn > 80 ? 80 : tn), t);
    size_t levels = 0, names = 0;
    for (size_t i = 0; i < tn; i++)
        levels += t[i] == '/';
    ward_writer nm;
    ward_writer_mem(&nm);
    for (size_t i = k + 1; i < c->nargs; i++) {
        const char *s;
        size_t n;
        if (!ward_ev_arg_str(ctx, c, i, &s, &n, &bad)) {
            ward_writer_free(&nm);
            return bad;
        }
        if (i > k + 1)
            ward_putc(&nm, '/');
        ward_write(&nm, s, n);
        for (size_t j = 0; j < n; j++)
            names += s[j] == '/';
        names++;
    }
    if (names != levels) {
        ward_writer_free(&nm);
        return ward_ev_error(ctx, c, "resource type '%.*s' needs %zu name%s, got %zu", (int)(tn > 80 ? 80 : tn), t,
                         levels, levels == 1 ? "" : "s", names);
    }
    /* Interleave: ns / t1 / n1 / t2 / n2 ... */
    ward_puts(w, "/providers/");
    ward_write(w, t, (size_t)(slash - t));
    const char *tp = slash, *np = nm.buf ? nm.buf : "";
    const char *tend = t + tn, *nend = np + nm.len;
    while (tp < tend) {
        const char *te = memchr(tp + 1, '/', (size_t)(tend - tp - 1));
        const char *ne = memchr(np, '/', (size_t)(nend - np));
        te = te ? te : tend;
        ne = ne ? ne : nend;
        ward_write(w, tp, (size_t)(te - tp));
        ward_putc(w, '/');
        ward_write(w, np, (size_t)(ne - np));
        tp = te;
        np = ne < nend ? ne + 1 : ne;
    }
    ward_writer_free(&nm);
    return NULL;
}

static void put_fact(ward_writer *w, const char *fact, const char *placeholder)
{
    ward_puts(w, fact ? fact : placeholder);
}

static ward_node *finish_id(ward_eval_ctx *ctx, const ward_ev_call *c, ward_writer *w)
{
    ward_node *out = NULL;
    if (w->len > WARD_EVAL_MAX_STRING)
        out = ward_ev_unknown(ctx, c->span, "resource id too long");
    else if (!w->failed)
        out = ward_ev_str(ctx, w->buf ? w->buf : "", w->len, c->span);
    if (out && out->kind == WARD_N_STRING)
        out->flags |= WARD_NF_EXPR;
    ward_writer_free(w);
    return out;
}

/* The index of the first argument that looks like a resource type (has a
 * '/'), among the first `upto`; -1 if none. */
static long type_arg(const ward_ev_call *c, size_t upto)
{
    for (size_t i = 0; i < c->nargs && i < upto; i++)
        if (c->args[i]->kind == WARD_N_STRING && memchr(c->args[i]->u.str, '/', c->args[i]->len))
            return (long)i;
    return -1;
}

static ward_node *build_id(ward_eval_ctx *ctx, const ward_ev_call *c, ward_writer *w, size_t k)
{
    ward_node *bad = append_type(ctx, c, w, k);
    if (bad || ctx->arena->failed) {
        ward_writer_free(w);
        return bad;
    }
    return finish_id(ctx, c, w);
}

static void put_arg(ward_writer *w, const ward_node *a) { ward_write(w, a->u.str, a->len); }

static ward_node *check_strings(ward_eval_ctx *ctx, const ward_ev_call *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c->args[i]->kind != WARD_N_STRING)
            return ward_ev_error(ctx, c, "argument %zu must be a string, not %s", i + 1, ward_ev_kind(c->args[i]));
    return NULL;
}

ward_node *ward_evf_resource_id(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    long k = type_arg(c, 3);
    if (k < 0)
        return ward_ev_error(ctx, c, "no resource type among the first three arguments");
    ward_node *bad = check_strings(ctx, c, (size_t)k);
    if (bad)
        return bad;
    ward_writer w;
    ward_writer_mem(&w);
    ward_puts(&w, "/subscriptions/");
    if (k == 2)
        put_arg(&w, c->args[0]);
    else
        put_fact(&w, ctx->facts.subscription_id, "{subscriptionId}");
    ward_puts(&w, "/resourceGroups/");
    if (k >= 1)
        put_arg(&w, c->args[k - 1]);
    else
        put_fact(&w, ctx->facts.resource_group, "{resourceGroupName}");
    return build_id(ctx, c, &w, (size_t)k);
}

/* Ids at one scope level: an optional leading scope-name argument, else the
 * known fact, else a placeholder; then the type and names. */
static ward_node *scoped_id(ward_eval_ctx *ctx, const ward_ev_call *c, const char *prefix, const char *fact,
                            const char *placeholder)
{
    long k = type_arg(c, 2);
    if (k < 0)
        return ward_ev_error(ctx, c, "no resource type among the first two arguments");
    ward_node *bad = check_strings(ctx, c, (size_t)k);
    if (bad)
        return bad;
    ward_writer w;
    ward_writer_mem(&w);
    ward_puts(&w, prefix);
    if (k == 1)
        put_arg(&w, c->args[0]);
    else
        put_fact(&w, fact, placeholder);
    return build_id(ctx, c, &w, (size_t)k);
}

ward_node *ward_evf_subscription_resource_id(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return scoped_id(ctx, c, "/subscriptions/", ctx->facts.subscription_id, "{subscriptionId}");
}

ward_node *ward_evf_tenant_resource_id(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    ward_writer w;
    ward_writer_mem(&w);
    return build_id(ctx, c, &w, 0);
}

ward_node *ward_evf_management_group_resource_id(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return scoped_id(ctx, c, "/providers/Microsoft.Management/managementGroups/", ctx->facts.management_group,
                     "{managementGroupId}");
}

ward_node *ward_evf_extension_resource_id(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *base;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &base, &n, &bad))
        return bad;
    while (n > 0 && base[n - 1] == '/')
        n--;
    ward_writer w;
    ward_writer_mem(&w);
    ward_write(&w, base, n);
    return build_id(ctx, c, &w, 1);
}

/* "/.../providers/ns/t1/n1/t2/n2" -> scope, "ns/t1/t2", "n1/n2". */
static int split_provider_part(ward_arena *a, const char *s, size_t n, ward_resource_id *out)
{
    ward_writer type, name;
    size_t seg = 0, i = 0;
    ward_writer_mem(&type);
    ward_writer_mem(&name);
    while (i <= n) {
        const char *e = memchr(s + i, '/', n - i);
        size_t end = e ? (size_t)(e - s) : n;
        if (end == i) {
            seg = 0;   /* empty segment: not an id */
            break;
        }
        ward_writer *w = seg == 0 || seg % 2 == 1 ? &type : &name;
        if (w->len)
            ward_putc(w, '/');
        ward_write(w, s + i, end - i);
        seg++;
        i = end + 1;
    }
    int ok = seg >= 3 && seg % 2 == 1 && !type.failed && !name.failed;
    if (ok) {
        out->type = ward_arena_strndup(a, type.buf, type.len);
        out->name = ward_arena_strndup(a, name.buf, name.len);
        ok = out->type && out->name;
    }
    ward_writer_free(&type);
    ward_writer_free(&name);
    return ok ? 0 : -1;
}

int ward_eval_resource_id_parts(ward_arena *a, const char *id, size_t len, ward_resource_id *out)
{
    static const char prov[] = "/providers/";
    const size_t pl = sizeof prov - 1;
    size_t at = len + 1;
    for (size_t i = 0; i + pl <= len; i++)
        if (strncasecmp(id + i, prov, pl) == 0)
            at = i;   /* the last one: extension resources nest */
    memset(out, 0, sizeof *out);
    if (at > len) {
        /* Scopes without a provider part: resource groups and subscriptions. */
        static const char rg[] = "/resourceGroups/";
        const char *g = NULL;
        for (size_t i = 0; i + sizeof rg - 1 <= len && !g; i++)
            if (strncasecmp(id + i, rg, sizeof rg - 1) == 0)
                g = id + i;
        if (len > 15 && strncasecmp(id, "/subscriptions/", 15) == 0) {
            const char *nm = g ? g + sizeof rg - 1 : id + 15;
            out->scope = ward_arena_strndup(a, id, g ? (size_t)(g - id) : 0);
            out->type = g ? "Microsoft.Resources/resourceGroups" : "Microsoft.Resources/subscriptions";
            out->name = ward_arena_strndup(a, nm, (size_t)(id + len - nm));
            return out->scope && out->name && !memchr(nm, '/', (size_t)(id + len - nm)) && *out->name ? 0 : -1;
        }
        return -1;
    }
    out->scope = ward_arena_strndup(a, id, at);
    if (!out->scope)
        return -1;
    return split_provider_part(a, id + at + pl, len - at - pl, out);
}

/* --- scope objects ----------------------------------------------------------- */

typedef struct field {
    const char *key;
    const char *value;          /* NULL: unknown */
    int is_id;                  /* built from facts with placeholders */
} field;

static ward_node *scope_object(ward_eval_ctx *ctx, const ward_ev_call *c, const field *f, size_t n, const char *what)
{
    ward_node *o = ward_ev_object(ctx, n, c->span);
    if (!o)
        return NULL;
    o->flags |= WARD_NF_EXPR;
    for (size_t i = 0; i < n; i++) {
        ward_node *v = f[i].value ? ward_ev_str(ctx, f[i].value, strlen(f[i].value), c->span)
                                  : ward_ev_unknown(ctx, c->span, "%s.%s is not known before deployment", what, f[i].key);
        if (!v)
            return NULL;
        if (f[i].is_id && v->kind == WARD_N_STRING)
            v->flags |= WARD_NF_EXPR;
        o->u.members[i] = (ward_member){f[i].key, (uint32_t)strlen(f[i].key), c->span.start, v};
    }
    return o;
}

static const char *fact_or(ward_eval_ctx *ctx, const char *fact, const char *placeholder)
{
    (void)ctx;
    return fact ? fact : placeholder;
}

ward_node *ward_evf_resource_group(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_eval_facts *k = &ctx->facts;
    const char *id = ward_arena_printf(ctx->arena, "/subscriptions/%s/resourceGroups/%s",
                                       fact_or(ctx, k->subscription_id, "{subscriptionId}"),
                                       fact_or(ctx, k->resource_group, "{resourceGroupName}"));
    if (!id)
        return NULL;
    field f[] = {{"id", id, 1},
                 {"name", k->resource_group, 0},
                 {"type", "Microsoft.Resources/resourceGroups", 0},
                 {"location", k->location, 0}};
    return scope_object(ctx, c, f, 4, "resourceGroup()");
}

ward_node *ward_evf_subscription(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_eval_facts *k = &ctx->facts;
    const char *id = ward_arena_printf(ctx->arena, "/subscriptions/%s", fact_or(ctx, k->subscription_id, "{subscriptionId}"));
    if (!id)
        return NULL;
    field f[] = {{"id", id, 1}, {"subscriptionId", k->subscription_id, 0}, {"tenantId", k->tenant_id, 0},
                 {"displayName", NULL, 0}};
    return scope_object(ctx, c, f, 4, "subscription()");
}

ward_node *ward_evf_tenant(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_eval_facts *k = &ctx->facts;
    const char *id = ward_arena_printf(ctx->arena, "/tenants/%s", fact_or(ctx, k->tenant_id, "{tenantId}"));
    if (!id)
        return NULL;
    field f[] = {{"id", id, 1}, {"tenantId", k->tenant_id, 0}, {"displayName", NULL, 0}};
    return scope_object(ctx, c, f, 3, "tenant()");
}

ward_node *ward_evf_management_group(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *name = ctx->facts.management_group;
    if (c->nargs == 1) {
        ward_node *bad = NULL;
        size_t n;
        const char *s;
        if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
            return bad;
        name = ward_arena_strndup(ctx->arena, s, n);
        if (!name)
            return NULL;
    }
    const char *id = ward_arena_printf(ctx->arena, "/providers/Microsoft.Management/managementGroups/%s",
                                       fact_or(ctx, name, "{managementGroupId}"));
    if (!id)
        return NULL;
    field f[] = {{"id", id, 1}, {"name", name, 0}, {"type", "Microsoft.Management/managementGroups", 0}};
    return scope_object(ctx, c, f, 3, "managementGroup()");
}

ward_node *ward_evf_deployment(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    field f[] = {{"name", ctx->facts.deployment_name, 0}};
    return scope_object(ctx, c, f, 1, "deployment()");
}

ward_node *ward_evf_environment(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    /* Public-cloud endpoints only when the caller says the cloud. */
    int pub = ctx->facts.cloud && strcmp(ctx->facts.cloud, "AzureCloud") == 0;
    field f[] = {{"name", ctx->facts.cloud, 0},
                 {"resourceManager", pub ? "https://management.azure.com/" : NULL, 0},
                 {"portal", pub ? "https://portal.azure.com" : NULL, 0}};
    ward_node *env = scope_object(ctx, c, f, 3, "environment()");
    if (!env || !pub)
        return env;
    field s[] = {{"storage", "core.windows.net", 0},
                 {"keyvaultDns", ".vault.azure.net", 0},
                 {"sqlServerHostname", ".database.windows.net", 0},
                 {"acrLoginServer", ".azurecr.io", 0}};
    ward_node *suffixes = scope_object(ctx, c, s, 4, "environment().suffixes");
    ward_node *out = ward_ev_object(ctx, env->len + 1, c->span);
    if (!suffixes || !out)
        return NULL;
    memcpy(out->u.members, env->u.members, env->len * sizeof *out->u.members);
    out->u.members[env->len] = (ward_member){"suffixes", 8, c->span.start, suffixes};
    out->flags |= WARD_NF_EXPR;
    return out;
}

/* --- runtime-only ------------------------------------------------------------ */

/* reference(id, ...): unknown, but it says which resource it reads
 * ("reference(<id>)"), so policies can join on it (ward_doc_reference_target). */
ward_node *ward_evf_reference(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const ward_node *target = c->nargs ? c->args[0] : NULL;
    if (!target || target->kind != WARD_N_STRING)
        return ward_ev_unknown(ctx, c->span, "reference() is evaluated at deployment");
    ward_node *u = ward_ev_unknown(ctx, c->span, "reference(%.*s)", (int)(target->len > 180 ? 180 : target->len),
                                   target->u.str);
    if (u)
        u->flags |= WARD_NF_REFERENCE;
    return u;
}

ward_node *ward_evf_references(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return ward_ev_unknown(ctx, c->span, "references() is evaluated at deployment");
}

ward_node *ward_evf_deployer(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return ward_ev_unknown(ctx, c->span, "deployer() is evaluated at deployment");
}

/* Lambdas need the unevaluated body: eval.c handles filter/map/reduce/sort/
 * toObject in expressions; with evaluated arguments they cannot run. */
ward_node *ward_evf_lambda_only(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    return ward_ev_unknown(ctx, c->span, "'%.*s' with lambdas is only evaluated inside an expression",
                       (int)(c->nlen > 40 ? 40 : c->nlen), c->name);
}

ward_node *ward_evf_lambda_variables(ward_eval_ctx *ctx, const ward_ev_call *c)
{
    const char *s;
    size_t n;
    ward_node *bad = NULL;
    if (!ward_ev_arg_str(ctx, c, 0, &s, &n, &bad))
        return bad;
    /* Search enclosing lambdas, but not across a user-function boundary. */
    for (const ward_ev_frame *f = ctx->frame; f && f->is_lambda; f = f->up) {
        const ward_node *v = frame_lookup(f, s, n);
        if (v)
            return (ward_node *)v;
    }
    return ward_ev_error(ctx, c, "no lambda variable '%.*s'", (int)(n > 60 ? 60 : n), s);
}
