/* check_arm.c: the ARM template reader (src/readers/arm): detection,
 * parameters (defaults, paired and given parameter files, azd
 * placeholders) with the exact line:col of the property and of the origin,
 * child resources, copy loops, conditions, languageVersion 2.0 symbolic
 * resources and `existing`, extension resources, parent links, nested
 * deployments (inner/outer scope, relativePath and URI links), variables,
 * user functions, property copies, outputs, bad shapes, and the shared
 * corpus with hand-counted resource numbers. */
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "doc/resource.h"
#include "readers/arm/arm.h"
#include "readers/json/json.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SCHEMA "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
#define PSCHEMA "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n"

/* --- fixture: files in a temporary directory ----------------------------------- */

typedef struct fx {
    char dir[64];
    char names[8][64];
    int nnames;
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    uint32_t main_id;
    int rc;
} fx;

static void fx_init(fx *f)
{
    memset(f, 0, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/ward-arm-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(f->dir));
    ward_sources_init(&f->src);
    ward_diags_init(&f->diags);
    ward_resource_set_init(&f->set);
}

static void fx_write(fx *f, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    char *slash = strrchr(path, '/');
    if (slash > path + strlen(f->dir)) {   /* one sub-folder level */
        *slash = 0;
        mkdir(path, 0700);
        *slash = '/';
    }
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
    ck_assert_int_lt(f->nnames, 8);
    snprintf(f->names[f->nnames++], 64, "%s", name);
}

static int fx_read_opts(fx *f, const char *name, const ward_read_opts *opts)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    f->main_id = ward_sources_load(&f->src, path);
    ck_assert_uint_ne(f->main_id, WARD_NO_FILE);
    ward_doc *doc = malloc(sizeof *doc);
    ck_assert_ptr_nonnull(doc);
    ward_doc_init(doc, f->main_id);
    ward_json_opts jo = {1, 0};
    ck_assert_int_eq(ward_json_parse(doc, &f->src, f->main_id, &jo, &f->diags), 0);
    ck_assert_int_eq(ward_arm_detect(doc), 1);
    f->rc = ward_arm_read(&f->set, doc, &f->src, opts, &f->diags);
    return f->rc;
}

static int fx_read(fx *f, const char *name) { return fx_read_opts(f, name, NULL); }

static void fx_free(fx *f)
{
    char path[256];
    for (int i = f->nnames; i-- > 0;) {
        snprintf(path, sizeof path, "%s/%s", f->dir, f->names[i]);
        unlink(path);
        char *slash = strrchr(path, '/');
        *slash = 0;
        if (strcmp(path, f->dir) != 0)
            rmdir(path);
    }
    rmdir(f->dir);
    ward_resource_set_free(&f->set);
    ward_diags_free(&f->diags);
    ward_sources_free(&f->src);
}

static const ward_resource *find_res(const fx *f, const char *type, const char *name)
{
    for (size_t i = 0; i < f->set.n; i++)
        if (strcmp(f->set.items[i].type, type) == 0 && (!name || strcmp(f->set.items[i].name, name) == 0))
            return &f->set.items[i];
    ck_abort_msg("no resource %s %s", type, name ? name : "");
    return NULL;
}

static long index_of(const fx *f, const ward_resource *r) { return (long)(r - f->set.items); }

/* The node at a dotted path ("properties.sku.name"; "tags.0" indexes arrays). */
static const ward_node *path(const ward_node *n, const char *p)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s", p);
    for (char *tok = strtok(buf, "."); n && tok; tok = strtok(NULL, ".")) {
        if (n->kind == WARD_N_ARRAY)
            n = ward_node_at(n, (size_t)atoi(tok));
        else
            n = ward_node_get(n, tok);
    }
    return n;
}

static void check_pos(const fx *f, ward_span s, const char *file, unsigned line, unsigned col, int where)
{
    ck_assert_msg(ward_span_valid(s), "line %d: span without file", where);
    const char *path_ = ward_sources_get(&f->src, s.file)->path;
    const char *base = strrchr(path_, '/') ? strrchr(path_, '/') + 1 : path_;
    ward_pos p = ward_source_pos(&f->src, s.file, s.start);
    ck_assert_msg(strcmp(base, file) == 0 && p.line == line && p.col == col, "line %d: got %s:%u:%u, want %s:%u:%u",
                  where, base, p.line, p.col, file, line, col);
}
#define CHECK_POS(f, s, file, line, col) check_pos(f, s, file, line, col, __LINE__)

static void check_origin(const fx *f, const ward_node *n, const char *file, unsigned line, unsigned col,
                         const char *label, int where)
{
    const char *got = NULL;
    const ward_span *o = ward_node_origin(n, &got);
    ck_assert_msg(o != NULL, "line %d: no origin", where);
    check_pos(f, *o, file, line, col, where);
    if (label)
        ck_assert_msg(got && strcmp(got, label) == 0, "line %d: label '%s', want '%s'", where, got ? got : "(null)",
                      label);
}
#define CHECK_ORIGIN(f, n, file, line, col, label) check_origin(f, n, file, line, col, label, __LINE__)

static int str_is(const ward_node *n, const char *s)
{
    return n && n->kind == WARD_N_STRING && n->len == strlen(s) && memcmp(n->u.str, s, n->len) == 0;
}

static int has_diag(const fx *f, const char *code, const char *substr)
{
    for (size_t i = 0; i < f->diags.n; i++)
        if (strcmp(ward_diag_code_str(f->diags.items[i].code), code) == 0 && strstr(f->diags.items[i].message, substr))
            return 1;
    return 0;
}

/* --- detection --------------------------------------------------------------- */

static int detect_text(const char *text)
{
    ward_sources src;
    ward_diags diags;
    ward_doc doc;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    uint32_t id = ward_sources_add(&src, "d.json", text, strlen(text));
    ward_doc_init(&doc, id);
    ck_assert_int_eq(ward_json_parse(&doc, &src, id, NULL, &diags), 0);
    int d = ward_arm_detect(&doc);
    ward_doc_free(&doc);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return d;
}

START_TEST(detect_schemas)
{
    ck_assert_int_eq(detect_text("{" SCHEMA "\"resources\": []}"), 1);
    ck_assert_int_eq(detect_text("{\"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/"
                                 "subscriptionDeploymentTemplate.json#\"}"),
                     1);
    ck_assert_int_eq(detect_text("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-08-01/"
                                 "managementGroupDeploymentTemplate.json#\"}"),
                     1);
    ck_assert_int_eq(detect_text("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-08-01/"
                                 "tenantDeploymentTemplate.json#\"}"),
                     1);
    ck_assert_int_eq(detect_text("{" PSCHEMA "\"parameters\": {}}"), 2);
    ck_assert_int_eq(detect_text("{\"contentVersion\": \"1.0.0.0\", \"resources\": []}"), 1);
    ck_assert_int_eq(detect_text("{\"$schema\": \"https://json-schema.org/draft-07/schema\"}"), 0);
    ck_assert_int_eq(detect_text("{\"format_version\": \"1.2\"}"), 0);
    ck_assert_int_eq(detect_text("[1, 2]"), 0);
}
END_TEST

/* --- parameters ---------------------------------------------------------------- */

static const char *const basic =
    "{\n"                                                                                /* 1 */
    "  " SCHEMA                                                                          /* 2 */
    "  \"contentVersion\": \"1.0.0.0\",\n"                                               /* 3 */
    "  \"parameters\": {\n"                                                              /* 4 */
    "    \"sku\": {\"type\": \"string\", \"defaultValue\": \"S0\"},\n"                   /* 5 */
    "    \"name\": {\"type\": \"string\"},\n"                                            /* 6 */
    "    \"key\": {\"type\": \"securestring\"},\n"                                       /* 7 */
    "    \"local\": {\"type\": \"bool\", \"defaultValue\": true}\n"                      /* 8 */
    "  },\n"                                                                             /* 9 */
    "  \"resources\": [\n"                                                               /* 10 */
    "    {\n"                                                                            /* 11 */
    "      \"type\": \"Microsoft.CognitiveServices/accounts\",\n"                        /* 12 */
    "      \"apiVersion\": \"2023-05-01\",\n"                                            /* 13 */
    "      \"name\": \"[parameters('name')]\",\n"                                        /* 14 */
    "      \"sku\": {\"name\": \"[parameters('sku')]\"},\n"                              /* 15 */
    "      \"properties\": {\"disableLocalAuth\": \"[not(parameters('local'))]\", \"apiKey\": \"[parameters('key')]\"}\n" /* 16 */
    "    }\n"                                                                            /* 17 */
    "  ]\n"                                                                              /* 18 */
    "}\n";

START_TEST(parameter_defaults_and_unknowns)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json", basic);
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    ck_assert_uint_eq(f.set.n, 1);
    const ward_resource *r = &f.set.items[0];
    ck_assert_int_eq(r->family, WARD_FAM_ARM);
    ck_assert_str_eq(r->type, "Microsoft.CognitiveServices/accounts");
    CHECK_POS(&f, r->span, "main.json", 11, 5);
    ck_assert_ptr_null(r->chain);
    /* The value sits at the property, the default is its origin. */
    const ward_node *sku = path(r->body, "sku.name");
    ck_assert(str_is(sku, "S0"));
    CHECK_POS(&f, sku->span, "main.json", 15, 23);
    CHECK_ORIGIN(&f, sku, "main.json", 5, 47, "default of parameter 'sku'");
    /* A computed value: at the property too. */
    const ward_node *dla = path(r->body, "properties.disableLocalAuth");
    ck_assert_int_eq(dla->kind, WARD_N_BOOL);
    ck_assert_int_eq(dla->u.b, 0);
    CHECK_POS(&f, dla->span, "main.json", 16, 42);
    /* No default, no value: unknown; secure parameters are secret. */
    const ward_node *name = path(r->body, "name");
    ck_assert_int_eq(name->kind, WARD_N_UNKNOWN);
    ck_assert(strstr(name->u.str, "parameter 'name' has no value"));
    CHECK_POS(&f, name->span, "main.json", 14, 15);
    const ward_node *key = path(r->body, "properties.apiKey");
    ck_assert_int_eq(key->kind, WARD_N_UNKNOWN);
    ck_assert(key->flags & WARD_NF_SECRET);
    /* The key of a member stays the template's key (absent-path blame). */
    const ward_member *m = ward_node_member(r->body, "properties", 10);
    ck_assert_uint_eq(ward_source_pos(&f.src, f.main_id, m->kstart).line, 16);
    ck_assert_uint_eq(ward_source_pos(&f.src, f.main_id, m->kstart).col, 7);
    fx_free(&f);
}
END_TEST

START_TEST(paired_parameter_file)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json", basic);
    fx_write(&f, "main.parameters.json",
             "{\n"                                            /* 1 */
             "  " PSCHEMA                                     /* 2 */
             "  \"parameters\": {\n"                          /* 3 */
             "    \"sku\": {\"value\": \"F0\"},\n"            /* 4 */
             "    \"name\": {\"value\": \"acct1\"},\n"        /* 5 */
             "    \"key\": {\"reference\": {\"secretName\": \"k\"}},\n" /* 6 */
             "    \"extra\": {\"value\": 1}\n"                /* 7 */
             "  }\n"
             "}\n");
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    const ward_resource *r = &f.set.items[0];
    ck_assert_str_eq(r->name, "acct1");
    const ward_node *sku = path(r->body, "sku.name");
    ck_assert(str_is(sku, "F0"));
    CHECK_POS(&f, sku->span, "main.json", 15, 23);
    CHECK_ORIGIN(&f, sku, "main.parameters.json", 4, 22, "value from parameter 'sku' in main.parameters.json");
    const ward_node *name = path(r->body, "name");
    ck_assert(str_is(name, "acct1"));
    CHECK_POS(&f, name->span, "main.json", 14, 15);
    CHECK_ORIGIN(&f, name, "main.parameters.json", 5, 23, NULL);
    const ward_node *key = path(r->body, "properties.apiKey");
    ck_assert_int_eq(key->kind, WARD_N_UNKNOWN);
    ck_assert(key->flags & WARD_NF_SECRET);
    /* A parameter the template does not declare: a located note. */
    ck_assert(has_diag(&f, "W406", "declares no parameter 'extra'"));
    ck_assert_uint_eq(f.diags.errors, 0);
    fx_free(&f);
}
END_TEST

START_TEST(given_parameter_files_win)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json", basic);
    fx_write(&f, "main.parameters.json", "{" PSCHEMA "\"parameters\": {\"sku\": {\"value\": \"F0\"}}}");
    fx_write(&f, "a.json", "{" PSCHEMA "\"parameters\": {\"sku\": {\"value\": \"A\"}, \"name\": {\"value\": \"n\"}}}");
    fx_write(&f, "b.json", "{" PSCHEMA "\"parameters\": {\n  \"sku\": {\"value\": \"B\"}}}");
    char a[256], b[256];
    snprintf(a, sizeof a, "%s/a.json", f.dir);
    snprintf(b, sizeof b, "%s/b.json", f.dir);
    const char *files[] = {a, b};
    ward_read_opts o = {files, 2, 1};
    ck_assert_int_eq(fx_read_opts(&f, "main.json", &o), WARD_READ_OK);
    const ward_resource *r = &f.set.items[0];
    ck_assert_str_eq(r->name, "n");
    const ward_node *sku = path(r->body, "sku.name");
    ck_assert(str_is(sku, "B"));   /* later files win; the paired file is not read */
    CHECK_ORIGIN(&f, sku, "b.json", 3, 20, "value from parameter 'sku' in b.json");
    fx_free(&f);
}
END_TEST

START_TEST(azd_placeholders)
{
    fx f;
    fx_init(&f);
    setenv("WARD_ARM_TEST_SET", "westeurope", 1);
    unsetenv("WARD_ARM_TEST_UNSET");
    fx_write(&f, "main.json",
             "{" SCHEMA
             "\"parameters\": {\"loc\": {\"type\": \"string\"}, \"other\": {\"type\": \"string\"},\n"
             "  \"flag\": {\"type\": \"bool\"}, \"n\": {\"type\": \"int\"}, \"gone\": {\"type\": \"string\"}},\n"
             "\"resources\": [{\"type\": \"Microsoft.Web/sites\", \"name\": \"s\", \"location\": \"[parameters('loc')]\",\n"
             "  \"properties\": {\"a\": \"[parameters('other')]\", \"b\": \"[parameters('flag')]\",\n"
             "  \"c\": \"[parameters('n')]\", \"d\": \"[parameters('gone')]\"}}]}");
    fx_write(&f, "main.parameters.json",
             "{" PSCHEMA "\"parameters\": {\n"
             "  \"loc\": {\"value\": \"${WARD_ARM_TEST_SET}\"},\n"
             "  \"other\": {\"value\": \"x-${WARD_ARM_TEST_UNSET=eastus}-y\"},\n"
             "  \"flag\": {\"value\": \"${WARD_ARM_TEST_UNSET=true}\"},\n"
             "  \"n\": {\"value\": \"${WARD_ARM_TEST_UNSET=3}\"},\n"
             "  \"gone\": {\"value\": \"${WARD_ARM_TEST_UNSET}\"}}}");
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    const ward_node *b = f.set.items[0].body;
    ck_assert(str_is(path(b, "location"), "westeurope"));
    CHECK_ORIGIN(&f, path(b, "location"), "main.parameters.json", 3, 20, NULL);
    ck_assert(str_is(path(b, "properties.a"), "x-eastus-y"));
    ck_assert_int_eq(path(b, "properties.b")->kind, WARD_N_BOOL);
    ck_assert_int_eq(path(b, "properties.b")->u.b, 1);
    ck_assert_int_eq(path(b, "properties.c")->kind, WARD_N_NUMBER);
    ck_assert(path(b, "properties.c")->u.num == 3);
    ck_assert_int_eq(path(b, "properties.d")->kind, WARD_N_UNKNOWN);
    ck_assert(strstr(path(b, "properties.d")->u.str, "WARD_ARM_TEST_UNSET"));
    unsetenv("WARD_ARM_TEST_SET");
    fx_free(&f);
}
END_TEST

START_TEST(object_parameter_placed_deeply)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json",
             "{" SCHEMA                                                                     /* 1 */
             "\"parameters\": {\"acl\": {\"type\": \"object\",\n"                          /* 2 */
             "  \"defaultValue\": {\"defaultAction\": \"Allow\"}}},\n"                     /* 3 */
             "\"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"s\",\n" /* 4 */
             "  \"properties\": {\"networkAcls\": \"[parameters('acl')]\"}}]}");           /* 5 */
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    const ward_node *acl = path(f.set.items[0].body, "properties.networkAcls");
    CHECK_POS(&f, acl->span, "main.json", 5, 33);
    CHECK_ORIGIN(&f, acl, "main.json", 3, 19, "default of parameter 'acl'");
    const ward_node *da = path(acl, "defaultAction");
    ck_assert(str_is(da, "Allow"));
    CHECK_POS(&f, da->span, "main.json", 5, 33);
    CHECK_ORIGIN(&f, da, "main.json", 3, 37, "default of parameter 'acl'");
    fx_free(&f);
}
END_TEST

/* --- resources ---------------------------------------------------------------- */

START_TEST(children_copy_condition)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json",
             "{" SCHEMA                                                                                /* 1 */
             "\"parameters\": {\"n\": {\"type\": \"int\", \"defaultValue\": 3}, \"u\": {\"type\": \"int\"},\n" /* 2 */
             "  \"on\": {\"type\": \"bool\"}},\n"                                                      /* 3 */
             "\"resources\": [\n"                                                                      /* 4 */
             "  {\"type\": \"Microsoft.Sql/servers\", \"name\": \"srv\",\n"                            /* 5 */
             "   \"resources\": [\n"                                                                   /* 6 */
             "     {\"type\": \"databases\", \"name\": \"db\", \"properties\": {}},\n"                 /* 7 */
             "     {\"type\": \"Microsoft.Sql/servers/firewallRules\", \"name\": \"srv/fw\"}]},\n"     /* 8 */
             "  {\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"[concat('st', copyIndex(1))]\",\n" /* 9 */
             "   \"copy\": {\"name\": \"st\", \"count\": \"[parameters('n')]\"}},\n"                   /* 10 */
             "  {\"type\": \"Microsoft.Web/sites\", \"name\": \"[concat('w', copyIndex())]\",\n"       /* 11 */
             "   \"copy\": {\"name\": \"w\", \"count\": \"[parameters('u')]\"}},\n"                    /* 12 */
             "  {\"condition\": false, \"type\": \"Microsoft.Web/sites\", \"name\": \"never\"},\n"     /* 13 */
             "  {\"condition\": \"[parameters('on')]\", \"type\": \"Microsoft.Web/sites\", \"name\": \"maybe\"},\n" /* 14 */
             "  {\"type\": \"Microsoft.Web/sites\", \"name\": \"many\", \"copy\": {\"name\": \"m\", \"count\": 1500}}\n" /* 15 */
             "]}");
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    const ward_resource *srv = find_res(&f, "Microsoft.Sql/servers", "srv");
    const ward_resource *db = find_res(&f, "Microsoft.Sql/servers/databases", "srv/db");
    const ward_resource *fw = find_res(&f, "Microsoft.Sql/servers/firewallRules", "srv/fw");
    ck_assert_int_eq(db->parent, index_of(&f, srv));
    ck_assert_int_eq(fw->parent, index_of(&f, srv));
    CHECK_POS(&f, db->span, "main.json", 7, 6);
    ck_assert(str_is(path(db->body, "type"), "Microsoft.Sql/servers/databases"));
    ck_assert(str_is(path(db->body, "name"), "srv/db"));
    CHECK_POS(&f, path(db->body, "name")->span, "main.json", 7, 36);
    /* A known count: one resource per index, copyIndex() bound. */
    const char *want[] = {"st1", "st2", "st3"};
    for (int i = 0; i < 3; i++) {
        const ward_resource *st = find_res(&f, "Microsoft.Storage/storageAccounts", want[i]);
        ck_assert(st->flags & WARD_RF_LOOP);
        CHECK_POS(&f, st->span, "main.json", 9, 3);
    }
    /* An unknown count: one representative with an unknown index. */
    size_t sites = 0;
    for (size_t i = 0; i < f.set.n; i++)
        if (!strcmp(f.set.items[i].type, "Microsoft.Web/sites") && f.set.items[i].name[0] == '[') {
            sites++;
            ck_assert(f.set.items[i].flags & WARD_RF_LOOP);
            ck_assert_int_eq(path(f.set.items[i].body, "name")->kind, WARD_N_UNKNOWN);
        }
    ck_assert_uint_eq(sites, 1);
    /* condition false: absent; unknown: present and flagged. */
    for (size_t i = 0; i < f.set.n; i++)
        ck_assert_str_ne(f.set.items[i].name, "never");
    ck_assert(find_res(&f, "Microsoft.Web/sites", "maybe")->flags & WARD_RF_CONDITIONAL);
    /* The cap: 1000 instances and a located note. */
    size_t many = 0;
    for (size_t i = 0; i < f.set.n; i++)
        many += !strcmp(f.set.items[i].name, "many");
    ck_assert_uint_eq(many, WARD_ARM_MAX_COPY);
    ck_assert(has_diag(&f, "W406", "copy count 1500"));
    ck_assert_uint_eq(f.set.n, 3 + 3 + 1 + 1 + 1000);
    fx_free(&f);
}
END_TEST

START_TEST(symbolic_existing_scope_parents)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json",
             "{" SCHEMA "\"languageVersion\": \"2.0\",\n"                                                   /* 1 */
             "\"resources\": {\n"                                                                           /* 2 */
             "  \"acct\": {\"type\": \"Microsoft.CognitiveServices/accounts\", \"name\": \"a1\", \"existing\": true},\n" /* 3 */
             "  \"dep\": {\"type\": \"Microsoft.CognitiveServices/accounts/deployments\", \"name\": \"[format('{0}/{1}', 'a1', 'gpt')]\",\n" /* 4 */
             "    \"properties\": {\"raiPolicyName\": \"p\"}},\n"                                            /* 5 */
             "  \"diag\": {\"type\": \"Microsoft.Insights/diagnosticSettings\", \"name\": \"d\",\n"           /* 6 */
             "    \"scope\": \"[format('Microsoft.CognitiveServices/accounts/{0}', 'a1')]\", \"properties\": {}},\n" /* 7 */
             "  \"lock\": {\"type\": \"Microsoft.Authorization/locks\", \"name\": \"l\",\n"                    /* 8 */
             "    \"scope\": \"[resourceId('Microsoft.CognitiveServices/accounts', 'a1')]\"}\n"                /* 9 */
             "}}");
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    const ward_resource *acct = find_res(&f, "Microsoft.CognitiveServices/accounts", "a1");
    ck_assert(acct->flags & WARD_RF_EXISTING);
    ck_assert_str_eq(acct->address, "acct");
    CHECK_POS(&f, acct->span, "main.json", 4, 3);
    ck_assert_int_eq(path(acct->body, "properties")->kind, WARD_N_UNKNOWN);
    const ward_resource *dep = find_res(&f, "Microsoft.CognitiveServices/accounts/deployments", "a1/gpt");
    ck_assert_int_eq(dep->parent, index_of(&f, acct));
    ck_assert_str_eq(dep->address, "dep");
    const ward_resource *diag = find_res(&f, "Microsoft.Insights/diagnosticSettings", "d");
    ck_assert_int_eq(diag->parent, index_of(&f, acct));
    ck_assert(str_is(path(diag->body, "scope"), "Microsoft.CognitiveServices/accounts/a1"));
    ck_assert_int_eq(find_res(&f, "Microsoft.Authorization/locks", "l")->parent, index_of(&f, acct));
    fx_free(&f);
}
END_TEST

START_TEST(variables_functions_property_copy)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json",
             "{" SCHEMA                                                                                 /* 1 */
             "\"parameters\": {\"p\": {\"type\": \"string\", \"defaultValue\": \"Deny\"}},\n"           /* 2 */
             "\"variables\": {\"acl\": \"[parameters('p')]\", \"self\": \"[variables('self')]\",\n"     /* 3 */
             "  \"copy\": [{\"name\": \"names\", \"count\": 2, \"input\": \"[concat('n', copyIndex('names'))]\"}]},\n" /* 4 */
             "\"functions\": [{\"namespace\": \"ns\", \"members\": {\"up\": {\"parameters\": [{\"name\": \"x\", \"type\": \"string\"}],\n" /* 5 */
             "  \"output\": {\"type\": \"string\", \"value\": \"[toUpper(parameters('x'))]\"}}}}],\n"    /* 6 */
             "\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[ns.up('v')]\",\n" /* 7 */
             "  \"properties\": {\"acl\": \"[variables('acl')]\", \"names\": \"[variables('names')]\", \"loop\": \"[variables('self')]\",\n" /* 8 */
             "    \"copy\": [{\"name\": \"subnets\", \"count\": 2, \"input\": {\"name\": \"[concat('s', copyIndex('subnets'))]\"}}]}}]}"); /* 9 */
    ck_assert_int_eq(fx_read(&f, "main.json"), WARD_READ_OK);
    const ward_resource *v = find_res(&f, "Microsoft.Network/virtualNetworks", "V");
    const ward_node *acl = path(v->body, "properties.acl");
    ck_assert(str_is(acl, "Deny"));
    CHECK_POS(&f, acl->span, "main.json", 8, 25);
    CHECK_ORIGIN(&f, acl, "main.json", 2, 56, "default of parameter 'p'");
    ck_assert(str_is(path(v->body, "properties.names.1"), "n1"));
    ck_assert_int_eq(path(v->body, "properties.loop")->kind, WARD_N_UNKNOWN);
    ck_assert(str_is(path(v->body, "properties.subnets.0.name"), "s0"));
    ck_assert(str_is(path(v->body, "properties.subnets.1.name"), "s1"));
    ck_assert_ptr_null(path(v->body, "properties.copy"));
    fx_free(&f);
}
END_TEST

/* --- nested deployments ----------------------------------------------------------- */

START_TEST(nested_deployments)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "main.json",
             "{" SCHEMA                                                                                     /* 1 */
             "\"parameters\": {\"sku\": {\"type\": \"string\", \"defaultValue\": \"S0\"}},\n"                /* 2 */
             "\"resources\": [\n"                                                                          /* 3 */
             " {\"type\": \"Microsoft.Resources/deployments\", \"name\": \"inner\", \"properties\": {\n"   /* 4 */
             "   \"expressionEvaluationOptions\": {\"scope\": \"inner\"},\n"                               /* 5 */
             "   \"parameters\": {\"s\": {\"value\": \"F0\"}, \"t\": {\"value\": \"[parameters('sku')]\"}},\n" /* 6 */
             "   \"template\": {" SCHEMA "\"parameters\": {\"s\": {\"type\": \"string\"}, \"t\": {\"type\": \"string\"}},\n" /* 7 */
             "     \"resources\": [{\"type\": \"Microsoft.CognitiveServices/accounts\", \"name\": \"in\",\n" /* 8 */
             "       \"sku\": {\"name\": \"[parameters('s')]\"}, \"properties\": {\"t\": \"[parameters('t')]\"}}],\n" /* 9 */
             "     \"outputs\": {\"k\": {\"type\": \"string\", \"value\": \"[listKeys('x', '2023-05-01').key1]\"}}}}},\n" /* 10 */
             " {\"type\": \"Microsoft.Resources/deployments\", \"name\": \"outer\", \"properties\": {\n"   /* 11 */
             "   \"template\": {\"resources\": [{\"type\": \"Microsoft.CognitiveServices/accounts\", \"name\": \"out\",\n" /* 12 */
             "       \"sku\": {\"name\": \"[parameters('sku')]\"}}]}}},\n"                                 /* 13 */
             " {\"type\": \"Microsoft.Resources/deployments\", \"name\": \"linked\", \"properties\": {\n"  /* 14 */
             "   \"templateLink\": {\"relativePath\": \"mods/acct.json\"}, \"parameters\": {\"n\": {\"value\": \"l1\"}}}},\n" /* 15 */
             " {\"type\": \"Microsoft.Resources/deployments\", \"name\": \"remote\", \"properties\": {\n"  /* 16 */
             "   \"templateLink\": {\"uri\": \"https://example.com/t.json\"}}}\n"                           /* 17 */
             "],\n"
             "\"outputs\": {\"o\": {\"type\": \"string\", \"value\": \"[parameters('sku')]\"}}}");
    fx_write(&f, "mods/acct.json",
             "{" SCHEMA "\"parameters\": {\"n\": {\"type\": \"string\"}},\n"          /* 1 */
             "\"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\",\n"  /* 2 */
             "  \"name\": \"[parameters('n')]\"}]}");                              /* 3 */
    ward_read_opts o = {NULL, 0, 1};
    ck_assert_int_eq(fx_read_opts(&f, "main.json", &o), WARD_READ_OK);
    /* inner scope: the deployment's parameters, with their origins. */
    const ward_resource *dep = find_res(&f, "Microsoft.Resources/deployments", "inner");
    const ward_resource *in = find_res(&f, "Microsoft.CognitiveServices/accounts", "in");
    ck_assert_str_eq(in->chain, "main.json > deployments/inner");
    ck_assert_int_eq(in->parent, -1);
    const ward_node *s = path(in->body, "sku.name");
    ck_assert(str_is(s, "F0"));
    CHECK_POS(&f, s->span, "main.json", 10, 24);
    CHECK_ORIGIN(&f, s, "main.json", 6, 34, "value passed to parameter 's' by deployment 'inner'");
    const ward_node *t = path(in->body, "properties.t");
    ck_assert(str_is(t, "S0"));
    CHECK_ORIGIN(&f, t, "main.json", 2, 58, "default of parameter 'sku'");
    /* The deployment's own body keeps its inline template as written. */
    ck_assert_ptr_nonnull(path(dep->body, "properties.template.resources"));
    /* outputs: synthetic resources; listKeys() stays a key call. */
    const ward_resource *k = find_res(&f, WARD_ARM_OUTPUT_TYPE, "inner/k");
    ck_assert_int_eq(k->parent, index_of(&f, dep));
    ck_assert_int_eq(path(k->body, "value")->kind, WARD_N_UNKNOWN);
    ck_assert(path(k->body, "value")->flags & WARD_NF_KEYCALL);
    CHECK_POS(&f, k->span, "main.json", 11, 18);
    ck_assert(str_is(path(find_res(&f, WARD_ARM_OUTPUT_TYPE, "main.json/o")->body, "value"), "S0"));
    /* outer scope: the parent template's parameters. */
    const ward_resource *out = find_res(&f, "Microsoft.CognitiveServices/accounts", "out");
    ck_assert(str_is(path(out->body, "sku.name"), "S0"));
    ck_assert_str_eq(out->chain, "main.json > deployments/outer");
    /* relativePath: read from the file beside the template. */
    const ward_resource *st = find_res(&f, "Microsoft.Storage/storageAccounts", "l1");
    ck_assert_str_eq(st->chain, "main.json > deployments/linked (mods/acct.json)");
    CHECK_POS(&f, st->span, "acct.json", 3, 15);
    CHECK_POS(&f, path(st->body, "name")->span, "acct.json", 4, 11);
    CHECK_ORIGIN(&f, path(st->body, "name"), "main.json", 16, 86, NULL);
    /* uri: recorded, content unknown, one note because the file was named. */
    find_res(&f, "Microsoft.Resources/deployments", "remote");
    ck_assert(has_diag(&f, "W406", "link"));
    ck_assert_uint_eq(f.diags.errors, 0);
    fx_free(&f);
}
END_TEST

START_TEST(bad_shapes_located)
{
    fx f;
    fx_init(&f);
    fx_write(&f, "a.json", "{" SCHEMA "\n\"resources\": 3}");
    ck_assert_int_eq(fx_read(&f, "a.json"), WARD_READ_ERROR);
    ck_assert_uint_eq(f.diags.errors, 1);
    ck_assert_str_eq(ward_diag_code_str(f.diags.items[0].code), "E404");
    CHECK_POS(&f, f.diags.items[0].span, "a.json", 3, 14);
    fx_free(&f);

    fx_init(&f);
    fx_write(&f, "b.json",
             "{" SCHEMA "\"variables\": {\"a\": \"[variables('b')]\", \"b\": \"[variables('a')]\"},\n"
             "\"resources\": [7, {\"name\": \"x\"},\n"
             "  {\"type\": \"T.T/t\", \"name\": \"[variables('a')]\", \"resources\": 5},\n"
             "  {\"type\": \"Microsoft.Resources/deployments\", \"name\": \"d\", \"properties\": {\"template\": {\"resources\": [\n"
             "    {\"type\": \"Microsoft.Resources/deployments\", \"name\": \"dd\", \"properties\": {\"templateLink\": {\"relativePath\": \"missing.json\"}}}]}}}]}");
    ck_assert_int_eq(fx_read(&f, "b.json"), WARD_READ_OK);
    ck_assert(has_diag(&f, "W406", "must be a JSON object"));
    ck_assert(has_diag(&f, "W406", "without a \"type\""));
    ck_assert(has_diag(&f, "W406", "must be an array or an object"));
    ck_assert(has_diag(&f, "W406", "cannot read linked template"));
    /* The cycle a -> b -> a gives an unknown name, not a hang. */
    ck_assert_int_eq(path(find_res(&f, "T.T/t", NULL)->body, "name")->kind, WARD_N_UNKNOWN);
    fx_free(&f);
}
END_TEST

/* --- the corpus ----------------------------------------------------------------- */

static int has_template_schema(const char *path)
{
    size_t len;
    char *text = tu_read_file(path, &len);
    if (!text)
        return 0;
    int yes = strstr(text, "eploymentTemplate.json#") != NULL;
    free(text);
    return yes;
}

typedef struct corpus_stats {
    int files, read, errors;
    double worst_ms;
} corpus_stats;

/* Reads one corpus file like `ward check` does; returns the resource count
 * (or -1 when it is not a template or gave a located error). */
static long corpus_read(const char *path, corpus_stats *st, double *ms)
{
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_resource_set_init(&set);
    long n = -1;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    uint32_t id = ward_sources_load(&src, path);
    ck_assert_uint_ne(id, WARD_NO_FILE);
    ward_doc *doc = malloc(sizeof *doc);
    ward_doc_init(doc, id);
    ward_json_opts jo = {1, 0};
    if (ward_json_parse(doc, &src, id, &jo, &diags) != 0) {
        ward_doc_free(doc);
        free(doc);
        ck_assert_uint_eq(diags.errors, 1);
    } else if (ward_arm_detect(doc) != 1) {
        ward_doc_free(doc);
        free(doc);
    } else {
        ward_read_opts o = {NULL, 0, 0};
        int rc = ward_arm_read(&set, doc, &src, &o, &diags);
        if (rc == WARD_READ_OK) {
            n = (long)set.n;
            st->read++;
        } else {
            ck_assert_uint_ge(diags.errors, 1);
            st->errors++;
        }
        for (size_t i = 0; i < diags.n; i++)   /* every diagnostic is located */
            ck_assert_uint_ne(diags.items[i].span.file, WARD_NO_FILE);
        for (size_t i = 0; i < set.n; i++) {
            ck_assert_ptr_nonnull(set.items[i].body);
            ck_assert(ward_span_valid(set.items[i].span));
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    *ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
    return n;
}

static void corpus_walk(const char *dir, corpus_stats *st)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(p, &sb) != 0)
            continue;
        size_t n = strlen(e->d_name);
        if (S_ISDIR(sb.st_mode)) {
            corpus_walk(p, st);
        } else if (n > 5 && !strcmp(e->d_name + n - 5, ".json") && has_template_schema(p)) {
            double ms;
            st->files++;
            corpus_read(p, st, &ms);
            st->worst_ms = ms > st->worst_ms ? ms : st->worst_ms;
        }
    }
    closedir(d);
}

START_TEST(corpus_every_template)
{
    const char *dir = tu_corpus_dir();
    if (!dir) {
        fprintf(stderr, "corpus_every_template: ../shared/corpus not found, skipped\n");
        return;
    }
    corpus_stats st = {0, 0, 0, 0};
    corpus_walk(dir, &st);
    fprintf(stderr, "corpus: %d files with a template schema, %d read, %d located errors, slowest %.1f ms\n",
            st.files, st.read, st.errors, st.worst_ms);
    ck_assert_int_ge(st.files, 40);
    ck_assert_int_ge(st.read, 40);
}
END_TEST

/* Resource counts per file with the template's defaults (no parameter file
 * given; paired ones are read), counted by hand from the JSON: declarations
 * whose `condition` is true or unknown with the defaults, times their copy
 * count (1 when the count is unknown), plus nested children, plus the
 * resources of nested deployments that are deployed (recursively), plus one
 * resource per output of every template read (outputs whose condition is
 * false are not counted).  Each line says how the number was made up. */
static const struct {
    const char *file;
    long count;
} expected_counts[] = {
    /* 1 account + 0 outputs */
    {"checkov/arm/CognitiveServicesEnableLocalAuth/fail.json", 1},
    /* 1 workspace */
    {"checkov/arm/AzureMLWorkspacePrivateEndpoint/pass.json", 1},
    /* hub (kind AIServices account) + project (accounts/projects) + 0 outputs */
    {"quickstarts/quickstarts/microsoft.cognitiveservices/aifoundry-basic-project/azuredeploy.json", 2},
    /* 1 online endpoint deployment */
    {"azureml-examples/arm-templates/online-endpoint-deployment.json", 1},
    /* 2 resources (storage + Defender pricing) */
    {"kics/azureResourceManager/standard_price_not_selected/test/positive1.json", 2},
    /* languageVersion 2.0: 4 symbolic resources + 2 outputs */
    {"psrule/tests/PSRule.Rules.Azure.Tests/Bicep/SymbolicNameTestCases/Tests.Bicep.1.json", 6},
    /* only functions and variables: nothing to check */
    {"psrule/tests/PSRule.Rules.Azure.Tests/Bicep/UserDefinedFunctionTestCases/Tests.Bicep.3.json", 0},
    /* 170 KB of variables, no resources */
    {"bicep-lang-samples/baselines/LargeTemplate_Stress_LF/main.json", 0},
    /* AVM diagnostic setting: telemetry deployment (condition true) + its 1 output + diagnostic setting
       + 3 outputs (name, resourceId, subscriptionName) */
    {"avm-bicep/avm/res/insights/diagnostic-setting/main.json", 6},
    /* AVM ai-foundry (1.5 MB): telemetry deployment (+1 output), foundryAccount deployment > account module
       deployment > telemetry (+1 output) + account + 11 outputs, 6 outputs of foundryAccount, foundryProject
       deployment > existing account + project + 5 outputs, 7 outputs of main; keyVault/aiSearch/storage/cosmos
       deployments have condition includeAssociatedResources = false */
    {"avm-bicep/avm/ptn/ai-ml/ai-foundry/main.json", 39},
    /* AVM session pool: telemetry deployment + output, session pool, lock/role/diag (conditions false or
       empty copies), 5 outputs */
    {"avm-bicep/avm/res/app/session-pool/main.json", 8},
};

START_TEST(corpus_counts)
{
    const char *dir = tu_corpus_dir();
    if (!dir) {
        fprintf(stderr, "corpus_counts: ../shared/corpus not found, skipped\n");
        return;
    }
    for (size_t i = 0; i < sizeof expected_counts / sizeof expected_counts[0]; i++) {
        corpus_stats st = {0, 0, 0, 0};
        double ms;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, expected_counts[i].file);
        long n = corpus_read(p, &st, &ms);
        ck_assert_msg(n == expected_counts[i].count, "%s: %ld resources, want %ld", expected_counts[i].file, n,
                      expected_counts[i].count);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("arm");
    TCase *tc = tcase_create("arm");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, detect_schemas);
    tcase_add_test(tc, parameter_defaults_and_unknowns);
    tcase_add_test(tc, paired_parameter_file);
    tcase_add_test(tc, given_parameter_files_win);
    tcase_add_test(tc, azd_placeholders);
    tcase_add_test(tc, object_parameter_placed_deeply);
    tcase_add_test(tc, children_copy_condition);
    tcase_add_test(tc, symbolic_existing_scope_parents);
    tcase_add_test(tc, variables_functions_property_copy);
    tcase_add_test(tc, nested_deployments);
    tcase_add_test(tc, bad_shapes_located);
    tcase_add_test(tc, corpus_every_template);
    tcase_add_test(tc, corpus_counts);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
