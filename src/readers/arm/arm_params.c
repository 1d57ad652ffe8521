/* arm_params.c: parameter files of the entry template.
 *
 * Values come from the files given with --parameters (in order, later ones
 * win), or else from the file paired with the template by name:
 * `x.json` -> `x.parameters.json` (also azd's `main.parameters.json` beside
 * `main.json`), and the portal export pair `template.json` ->
 * `parameters.json`.  A value is placed where the parameter file wrote it
 * and carries an origin label "value from parameter 'sku' in FILE"; the
 * evaluator then places it at the template property that uses it, keeping
 * that origin.
 *
 * azd parameter files hold `${VAR}` and `${VAR=default}` placeholders that
 * azd fills from its environment: ward reads the process environment, uses
 * the default when VAR is unset, and makes the value UNKNOWN when there is
 * neither.  Key Vault references ("reference": {...}) are secret UNKNOWNs. */
#include "armint.h"
#include "../../base/alloc.h"
#include "../json/json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The parameter file paired with template `path`, or NULL. */
static const char *paired_path(arm_reader *r, const char *path)
{
    size_t n = strlen(path);
    if (n < 5 || strcasecmp(path + n - 5, ".json") != 0)
        return NULL;
    const char *base = base_name(path);
    if (strcasecmp(base, "template.json") == 0) {
        char *p = ward_arena_printf(r->arena, "%.*sparameters.json", (int)(base - path), path);
        if (p && file_exists(p))
            return p;
    }
    if (n > 16 && strcasecmp(path + n - 16, ".parameters.json") == 0)
        return NULL;   /* a parameter file itself */
    char *p = ward_arena_printf(r->arena, "%.*s.parameters.json", (int)(n - 5), path);
    return p && file_exists(p) ? p : NULL;
}

/* --- azd placeholders ------------------------------------------------------ */

/* Substitutes ${VAR} / ${VAR=default} in s.  Returns the new text (arena),
 * or NULL with *missing set to the name of an unset variable without default. */
static char *azd_substitute(arm_reader *r, const char *s, size_t n, const char **missing)
{
    ward_writer w;
    ward_writer_mem(&w);
    size_t i = 0;
    *missing = NULL;
    while (i < n) {
        const char *close = i + 1 < n && s[i] == '$' && s[i + 1] == '{' ? memchr(s + i, '}', n - i) : NULL;
        if (!close) {
            ward_putc(&w, s[i++]);
            continue;
        }
        size_t start = i + 2, end = (size_t)(close - s);
        const char *eq = memchr(s + start, '=', end - start);
        size_t nlen = (eq ? (size_t)(eq - s) : end) - start;
        char *name = ward_arena_strndup(r->arena, s + start, nlen);
        const char *val = name ? getenv(name) : NULL;
        if (val)
            ward_puts(&w, val);
        else if (eq)
            ward_write(&w, eq + 1, (size_t)(close - eq - 1));
        else {
            *missing = name ? name : "?";
            break;
        }
        i = end + 1;
    }
    char *out = (!*missing && !w.failed) ? ward_arena_strndup(r->arena, w.buf ? w.buf : "", w.len) : NULL;
    ward_writer_free(&w);
    return out;
}

static bool has_placeholder(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '$' && s[i + 1] == '{')
            return true;
    return false;
}

static const ward_node *declared(const arm_scope *s, const char *name, size_t len)
{
    for (size_t i = s->nparams; i-- > 0;)
        if (s->params[i].len == len && strncasecmp(s->params[i].name, name, len) == 0)
            return s->params[i].decl;
    return NULL;
}

/* azd writes placeholders inside JSON strings; Azure converts "true" or
 * "3" to the declared bool/int type, so ward does too. */
static ward_node *typed(arm_reader *r, const ward_node *decl, const char *text, ward_span span)
{
    const ward_node *t = ward_node_get_ci(decl, "type");
    if (t && t->kind == WARD_N_STRING && arm_ieq(t->u.str, t->len, "bool") &&
        (!strcasecmp(text, "true") || !strcasecmp(text, "false")))
        return ward_node_bool(r->arena, !strcasecmp(text, "true"), span);
    if (t && t->kind == WARD_N_STRING && arm_ieq(t->u.str, t->len, "int") && text[0]) {
        char *end;
        errno = 0;
        long long v = strtoll(text, &end, 10);
        if (!*end && errno == 0)
            return ward_node_number(r->arena, (double)v, span);
    }
    return ward_node_string(r->arena, text, strlen(text), span);
}

/* The value of one entry of a parameter file's "parameters" object, placed
 * where the file wrote it, with its origin. */
static ward_node *file_value(arm_reader *r, const arm_scope *s, const ward_member *m, const char *file)
{
    int shown = (int)(m->klen > 60 ? 60 : m->klen);
    const char *label = ward_arena_printf(r->arena, "value from parameter '%.*s' in %s", shown, m->key, file);
    const ward_node *v = ward_node_get(m->value, "value");
    ward_node *out;
    if (v && v->kind == WARD_N_STRING && has_placeholder(v->u.str, v->len)) {
        const char *missing = NULL;
        char *text = azd_substitute(r, v->u.str, v->len, &missing);
        const ward_node *decl = declared(s, m->key, m->klen);
        if (text)
            out = decl ? typed(r, decl, text, v->span) : ward_node_string(r->arena, text, strlen(text), v->span);
        else
            out = arm_unknown(r, v->span, "environment variable '%s' is not set", missing ? missing : "?");
    } else if (v) {
        out = (ward_node *)v;
    } else if (ward_node_get(m->value, "reference")) {
        v = ward_node_get(m->value, "reference");
        out = arm_unknown(r, v->span, "parameter '%.*s' is a Key Vault reference", shown, m->key);
        if (out)
            out->flags |= WARD_NF_SECRET;
    } else {
        arm_warn(r, m->value->span, "parameter '%.*s' has neither \"value\" nor \"reference\"; ignored", shown, m->key);
        return NULL;
    }
    if (!out || !label)
        return NULL;
    ward_node *placed = ward_node_relocate(r->arena, out, out->span, out->span, label);
    if (placed && (out->flags & WARD_NF_SECRET))
        placed->flags |= WARD_NF_SECRET;
    return placed;
}

static void give_all(arm_reader *r, arm_scope *s, const ward_node *params, const char *file)
{
    for (uint32_t i = 0; i < params->len; i++) {
        const ward_member *m = &params->u.members[i];
        if (m->value->kind != WARD_N_OBJECT) {
            arm_warn(r, m->value->span, "parameter file entry '%.*s' is not an object; ignored",
                     (int)(m->klen > 60 ? 60 : m->klen), m->key);
            continue;
        }
        ward_node *v = file_value(r, s, m, file);
        if (v && !arm_scope_give(s, m->key, m->klen, v))
            arm_warn(r, ward_span_make(m->value->span.file, m->kstart, m->kstart + m->klen + 2),
                     "the template declares no parameter '%.*s'", (int)(m->klen > 60 ? 60 : m->klen), m->key);
    }
}

/* Loads one parameter file and gives its values to the scope. */
static void apply_file(arm_reader *r, arm_scope *s, const char *path)
{
    uint32_t id = ward_sources_load(r->src, path);
    if (id == WARD_NO_FILE) {
        ward_diag_add(r->diags, WARD_D_IO_READ, ward_span_none(), "cannot read parameter file '%s': %s", path,
                      strerror(errno));
        return;
    }
    ward_doc *doc = ward_malloc(sizeof *doc);
    if (!doc) {
        r->diags->oom = 1;
        return;
    }
    ward_doc_init(doc, id);
    ward_json_opts jo = {1, 0};
    if (ward_json_parse(doc, r->src, id, &jo, r->diags) != 0) {
        ward_doc_free(doc);
        ward_free(doc);
        return;
    }
    if (ward_resource_set_adopt(r->set, doc) != 0) {
        r->diags->oom = 1;
        return;
    }
    const ward_node *params = doc->root->kind == WARD_N_OBJECT ? ward_node_get(doc->root, "parameters") : NULL;
    if (!params || params->kind != WARD_N_OBJECT) {
        ward_diag_add(r->diags, WARD_D_DOC_SHAPE, ward_span_make(id, doc->root->span.start, doc->root->span.start + 1),
                      "not a parameter file: expected an object with a \"parameters\" object");
        return;
    }
    give_all(r, s, params, base_name(path));
}

void arm_params_apply(arm_reader *r, arm_scope *s, const char *path)
{
    if (r->opts && r->opts->nparam_files) {
        for (size_t i = 0; i < r->opts->nparam_files; i++)
            apply_file(r, s, r->opts->param_files[i]);
        return;
    }
    const char *paired = path ? paired_path(r, path) : NULL;
    if (paired)
        apply_file(r, s, paired);
}
