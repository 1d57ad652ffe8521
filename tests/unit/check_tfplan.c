/* check_tfplan.c: the Terraform plan reader: detection, module trees and
 * addresses, resource and attribute positions (line:col), data sources and
 * delete-only changes, after_unknown against the configuration, sensitive
 * values, azapi bodies, plans without planned_values, malformed shapes with
 * located errors, allocation failures, and every plan in the shared corpus. */
#include "base/alloc.h"
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "doc/resource.h"
#include "readers/json/json.h"
#include "readers/terraform/plan.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One read: sources, diagnostics and the resource set, freed together. */
typedef struct plan {
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    uint32_t id;
    int detected;
    int rc;
} plan;

static ward_doc *parse_doc(plan *p, const char *text, size_t len)
{
    ward_sources_init(&p->src);
    ward_diags_init(&p->diags);
    ward_resource_set_init(&p->set);
    p->id = ward_sources_add(&p->src, "plan.json", text, len);
    ck_assert_uint_ne(p->id, WARD_NO_FILE);
    ward_doc *doc = ward_malloc(sizeof *doc);
    ck_assert_ptr_nonnull(doc);
    ward_doc_init(doc, p->id);
    ck_assert_int_eq(ward_json_parse(doc, &p->src, p->id, NULL, &p->diags), 0);
    return doc;
}

static int read_plan(plan *p, const char *text)
{
    ward_doc *doc = parse_doc(p, text, strlen(text));
    p->detected = ward_tfplan_detect(doc);
    p->rc = ward_tfplan_read(&p->set, doc, &p->src, NULL, &p->diags);
    return p->rc;
}

static void plan_free(plan *p)
{
    ward_resource_set_free(&p->set);
    ward_diags_free(&p->diags);
    ward_sources_free(&p->src);
}

static const ward_resource *res(const plan *p, const char *address)
{
    for (size_t i = 0; i < p->set.n; i++)
        if (!strcmp(p->set.items[i].address, address))
            return &p->set.items[i];
    return NULL;
}

static const ward_resource *need(const plan *p, const char *address)
{
    const ward_resource *r = res(p, address);
    ck_assert_msg(r != NULL, "no resource %s", address);
    return r;
}

/* Follows a path like "network_acls[0].default_action" from a body. */
static const ward_node *at(const ward_node *n, const char *path)
{
    while (n && *path) {
        if (*path == '.')
            path++;
        if (*path == '[') {
            char *end;
            unsigned long i = strtoul(path + 1, &end, 10);
            n = ward_node_at(n, i);
            path = end + 1;
            continue;
        }
        size_t k = strcspn(path, ".[");
        const ward_member *m = ward_node_member(n, path, k);
        n = m ? m->value : NULL;
        path += k;
    }
    return n;
}

static const ward_member *member_at(const ward_node *obj, const char *key)
{
    return ward_node_member(obj, key, strlen(key));
}

static int str_is(const ward_node *n, const char *s)
{
    return n && n->kind == WARD_N_STRING && n->len == strlen(s) && memcmp(n->u.str, s, n->len) == 0;
}

static void assert_pos(const plan *p, uint32_t off, unsigned line, unsigned col)
{
    ward_pos pos = ward_source_pos(&p->src, p->id, off);
    ck_assert_msg(pos.line == line && pos.col == col, "expected %u:%u, got %u:%u", line, col, pos.line, pos.col);
}

/* Asserts a diagnostic with this code at line:col of the plan. */
static void assert_diag(const plan *p, const char *code, unsigned line, unsigned col)
{
    char buf[2048] = "";
    for (size_t i = 0; i < p->diags.n; i++) {
        const ward_diag *g = &p->diags.items[i];
        ward_pos pos = ward_source_pos(&p->src, g->span.file, g->span.start);
        if (!strcmp(ward_diag_code_str(g->code), code) && g->span.file == p->id && pos.line == line &&
            pos.col == col)
            return;
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "  %s %u:%u %s\n", ward_diag_code_str(g->code), pos.line, pos.col,
                 g->message);
    }
    ck_abort_msg("expected %s at %u:%u; got:\n%s", code, line, col, buf);
}

/* ---- detection ---- */

static int detect_text(const char *text)
{
    plan p;
    ward_doc *doc = parse_doc(&p, text, strlen(text));
    int d = ward_tfplan_detect(doc);
    ward_doc_free(doc);
    ward_free(doc);
    plan_free(&p);
    return d;
}

START_TEST(detects_plans_only)
{
    ck_assert_int_eq(detect_text("{\"format_version\":\"1.2\",\"planned_values\":{}}"), 1);
    ck_assert_int_eq(detect_text("{\"format_version\":\"0.1\",\"resource_changes\":[]}"), 1);
    ck_assert_int_eq(detect_text("{\"format_version\":\"1.0\",\"terraform_version\":\"1.5.0\",\"values\":{}}"), 1);
    ck_assert_int_eq(detect_text("{\"format_version\":\"1.0\"}"), 0);
    ck_assert_int_eq(detect_text("{\"format_version\":1,\"planned_values\":{}}"), 0);
    ck_assert_int_eq(detect_text("{\"$schema\":\"https://schema.management.azure.com/schemas/2019-04-01/"
                                 "deploymentTemplate.json#\",\"contentVersion\":\"1.0.0.0\",\"resources\":[]}"),
                     0);
    ck_assert_int_eq(detect_text("[{\"type\":\"x\"}]"), 0);
    ck_assert_int_eq(ward_tfplan_detect(NULL), 0);
}
END_TEST

/* ---- modules, addresses, positions ---- */

static const char *const MODULES =
    "{\n"                                                                          /* 1 */
    "  \"format_version\": \"1.2\",\n"                                             /* 2 */
    "  \"terraform_version\": \"1.7.5\",\n"                                        /* 3 */
    "  \"planned_values\": {\n"                                                    /* 4 */
    "    \"root_module\": {\n"                                                     /* 5 */
    "      \"resources\": [\n"                                                     /* 6 */
    "        {\n"                                                                  /* 7 */
    "          \"address\": \"azurerm_resource_group.rg\",\n"                      /* 8 */
    "          \"mode\": \"managed\", \"type\": \"azurerm_resource_group\", \"name\": \"rg\",\n" /* 9 */
    "          \"provider_name\": \"registry.terraform.io/hashicorp/azurerm\",\n"  /* 10 */
    "          \"values\": {\"location\": \"eastus\", \"name\": \"rg-ai\"}\n"     /* 11 */
    "        },\n"                                                                 /* 12 */
    "        {\n"                                                                  /* 13 */
    "          \"address\": \"data.azurerm_cognitive_account.existing\",\n"        /* 14 */
    "          \"mode\": \"data\", \"type\": \"azurerm_cognitive_account\", \"name\": \"existing\",\n" /* 15 */
    "          \"values\": {\"local_auth_enabled\": true}\n"                       /* 16 */
    "        }\n"                                                                  /* 17 */
    "      ],\n"                                                                   /* 18 */
    "      \"child_modules\": [\n"                                                 /* 19 */
    "        {\n"                                                                  /* 20 */
    "          \"address\": \"module.ai\",\n"                                      /* 21 */
    "          \"resources\": [\n"                                                 /* 22 */
    "            {\n"                                                              /* 23 */
    "              \"address\": \"module.ai.azurerm_cognitive_account.this[\\\"x\\\"]\",\n" /* 24 */
    "              \"mode\": \"managed\", \"type\": \"azurerm_cognitive_account\", \"name\": \"this\",\n" /* 25 */
    "              \"index\": \"x\",\n"                                            /* 26 */
    "              \"values\": {\n"                                                /* 27 */
    "                \"kind\": \"OpenAI\",\n"                                      /* 28 */
    "                \"local_auth_enabled\": true,\n"                              /* 29 */
    "                \"network_acls\": [{\"default_action\": \"Allow\"}]\n"        /* 30 */
    "              }\n"                                                            /* 31 */
    "            }\n"                                                              /* 32 */
    "          ],\n"                                                               /* 33 */
    "          \"child_modules\": [\n"                                             /* 34 */
    "            {\n"                                                              /* 35 */
    "              \"address\": \"module.ai.module.net\",\n"                       /* 36 */
    "              \"child_modules\": [\n"                                         /* 37 */
    "                {\n"                                                          /* 38 */
    "                  \"address\": \"module.ai.module.net.module.pe[0]\",\n"      /* 39 */
    "                  \"resources\": [\n"                                         /* 40 */
    "                    {\"address\": \"module.ai.module.net.module.pe[0].azurerm_private_endpoint.pe\",\n" /* 41 */
    "                     \"mode\": \"managed\", \"type\": \"azurerm_private_endpoint\", \"name\": \"pe\",\n" /* 42 */
    "                     \"values\": {\"name\": \"pe-ai\"}}\n"                    /* 43 */
    "                  ]\n"                                                        /* 44 */
    "                }\n"                                                          /* 45 */
    "              ]\n"                                                            /* 46 */
    "            }\n"                                                              /* 47 */
    "          ]\n"                                                                /* 48 */
    "        }\n"                                                                  /* 49 */
    "      ]\n"                                                                    /* 50 */
    "    }\n"                                                                      /* 51 */
    "  }\n"                                                                        /* 52 */
    "}\n";

START_TEST(modules_at_any_depth)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, MODULES), WARD_READ_OK);
    ck_assert_int_eq(p.detected, 1);
    ck_assert_uint_eq(p.diags.n, 0);
    ck_assert_uint_eq(p.set.n, 3);   /* the data source is not a deployed resource */
    ck_assert_ptr_null(res(&p, "data.azurerm_cognitive_account.existing"));

    const ward_resource *rg = need(&p, "azurerm_resource_group.rg");
    ck_assert_int_eq(rg->family, WARD_FAM_TERRAFORM);
    ck_assert_str_eq(rg->type, "azurerm_resource_group");
    ck_assert_str_eq(rg->name, "rg");
    ck_assert_ptr_null(rg->chain);
    ck_assert_int_eq(rg->parent, -1);
    assert_pos(&p, rg->span.start, 7, 9);
    ck_assert(str_is(at(rg->body, "name"), "rg-ai"));

    const ward_resource *ai = need(&p, "module.ai.azurerm_cognitive_account.this[\"x\"]");
    ck_assert_str_eq(ai->type, "azurerm_cognitive_account");
    ck_assert_str_eq(ai->name, "this");
    ck_assert_str_eq(ai->chain, "module.ai");
    ck_assert(ai->flags & WARD_RF_LOOP);
    assert_pos(&p, ai->span.start, 23, 13);
    const ward_member *m = member_at(ai->body, "local_auth_enabled");
    ck_assert_ptr_nonnull(m);
    assert_pos(&p, m->kstart, 29, 17);
    assert_pos(&p, m->value->span.start, 29, 39);
    ck_assert_int_eq(m->value->kind, WARD_N_BOOL);
    const ward_node *da = at(ai->body, "network_acls[0].default_action");
    ck_assert(str_is(da, "Allow"));
    assert_pos(&p, da->span.start, 30, 53);

    const ward_resource *pe = need(&p, "module.ai.module.net.module.pe[0].azurerm_private_endpoint.pe");
    ck_assert_str_eq(pe->chain, "module.ai.module.net.module.pe[0]");
    assert_pos(&p, pe->span.start, 41, 21);
    plan_free(&p);
}
END_TEST

/* ---- resource_changes actions ---- */

static const char *const ACTIONS =
    "{\"format_version\":\"1.2\",\n"
    " \"planned_values\":{\"root_module\":{\"resources\":[\n"
    "  {\"address\":\"azurerm_key_vault.gone\",\"mode\":\"managed\",\"type\":\"azurerm_key_vault\",\"name\":\"gone\","
    "\"values\":{}},\n"
    "  {\"address\":\"azurerm_key_vault.same\",\"mode\":\"managed\",\"type\":\"azurerm_key_vault\",\"name\":\"same\","
    "\"values\":{}},\n"
    "  {\"address\":\"azurerm_key_vault.new\",\"mode\":\"managed\",\"type\":\"azurerm_key_vault\",\"name\":\"new\","
    "\"values\":{}},\n"
    "  {\"address\":\"azurerm_key_vault.upd\",\"mode\":\"managed\",\"type\":\"azurerm_key_vault\",\"name\":\"upd\","
    "\"values\":{}},\n"
    "  {\"address\":\"azurerm_key_vault.rep\",\"mode\":\"managed\",\"type\":\"azurerm_key_vault\",\"name\":\"rep\","
    "\"values\":{}},\n"
    "  {\"address\":\"azurerm_key_vault.nochange\",\"mode\":\"managed\",\"type\":\"azurerm_key_vault\","
    "\"name\":\"nochange\",\"values\":{}}]}},\n"
    " \"resource_changes\":[\n"
    "  {\"address\":\"azurerm_key_vault.gone\",\"change\":{\"actions\":[\"delete\"]}},\n"
    "  {\"address\":\"azurerm_key_vault.same\",\"change\":{\"actions\":[\"no-op\"]}},\n"
    "  {\"address\":\"azurerm_key_vault.new\",\"change\":{\"actions\":[\"create\"]}},\n"
    "  {\"address\":\"azurerm_key_vault.upd\",\"change\":{\"actions\":[\"update\"]}},\n"
    "  {\"address\":\"azurerm_key_vault.rep\",\"change\":{\"actions\":[\"create\",\"delete\"]}},\n"
    "  {\"address\":\"azurerm_key_vault.rep\",\"deposed\":\"00ab12\",\"change\":{\"actions\":[\"delete\"]}}]}\n";

START_TEST(delete_only_is_not_checked)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, ACTIONS), WARD_READ_OK);
    ck_assert_uint_eq(p.set.n, 5);
    ck_assert_ptr_null(res(&p, "azurerm_key_vault.gone"));
    need(&p, "azurerm_key_vault.same");
    need(&p, "azurerm_key_vault.new");
    need(&p, "azurerm_key_vault.upd");
    need(&p, "azurerm_key_vault.rep");   /* replaced; its deposed predecessor is what gets deleted */
    need(&p, "azurerm_key_vault.nochange");   /* no entry in resource_changes: still deployed */
    plan_free(&p);
}
END_TEST

/* Without planned_values, the resources come from resource_changes[].change.after. */
START_TEST(plan_without_planned_values)
{
    plan p;
    ck_assert_int_eq(read_plan(&p,
                               "{\"format_version\":\"1.2\",\"resource_changes\":[\n"
                               " {\"address\":\"module.m.azurerm_cognitive_account.a\",\"module_address\":\"module.m\","
                               "\"mode\":\"managed\",\"type\":\"azurerm_cognitive_account\",\"name\":\"a\","
                               "\"change\":{\"actions\":[\"create\"],\"after\":{\"kind\":\"OpenAI\"},"
                               "\"after_unknown\":{\"id\":true}}},\n"
                               " {\"address\":\"azurerm_cognitive_account.old\",\"mode\":\"managed\","
                               "\"type\":\"azurerm_cognitive_account\",\"name\":\"old\","
                               "\"change\":{\"actions\":[\"delete\"],\"after\":null}},\n"
                               " {\"address\":\"data.azurerm_subscription.s\",\"mode\":\"data\","
                               "\"type\":\"azurerm_subscription\",\"name\":\"s\","
                               "\"change\":{\"actions\":[\"read\"],\"after\":{}}}]}\n"),
                     WARD_READ_OK);
    ck_assert_uint_eq(p.set.n, 1);
    const ward_resource *a = need(&p, "module.m.azurerm_cognitive_account.a");
    ck_assert_str_eq(a->chain, "module.m");
    assert_pos(&p, a->span.start, 2, 2);
    ck_assert(str_is(at(a->body, "kind"), "OpenAI"));
    ck_assert_int_eq(at(a->body, "id")->kind, WARD_N_UNKNOWN);   /* no configuration: unknown */
    plan_free(&p);
}
END_TEST

/* ---- after_unknown ---- */

static const char *const UNKNOWNS =
    "{\"format_version\":\"1.2\",\n"                                                                         /* 1 */
    " \"planned_values\":{\"root_module\":{\"child_modules\":[{\"address\":\"module.ai[\\\"a]b\\\"]\",\n"   /* 2 */
    "  \"resources\":[{\"address\":\"module.ai[\\\"a]b\\\"].azurerm_cognitive_account.acct[0]\",\n"         /* 3 */
    "   \"mode\":\"managed\",\"type\":\"azurerm_cognitive_account\",\"name\":\"acct\",\"index\":0,\n"      /* 4 */
    "   \"values\":{\"kind\":\"OpenAI\",\"custom_subdomain_name\":null,\"endpoint\":null,\n"                /* 5 */
    "    \"network_acls\":[{\"default_action\":\"Deny\",\"ip_rules\":[\"1.2.3.4\",null]}],\n"               /* 6 */
    "    \"identity\":[{\"type\":\"SystemAssigned\"}],\n"                                                   /* 7 */
    "    \"dyn\":[{\"x\":1}],\n"                                                                             /* 8 */
    "    \"tags\":{\"env\":\"prod\"}}}]}]}},\n"                                                             /* 9 */
    " \"resource_changes\":[{\"address\":\"module.ai[\\\"a]b\\\"].azurerm_cognitive_account.acct[0]\",\n"   /* 10 */
    "  \"change\":{\"actions\":[\"create\"],\"after_unknown\":{\n"                                          /* 11 */
    "   \"custom_subdomain_name\":true,\"endpoint\":true,\"id\":true,\"local_auth_enabled\":true,\n"        /* 12 */
    "   \"public_network_access_enabled\":true,\n"                                                          /* 13 */
    "   \"network_acls\":[{\"ip_rules\":[false,true],\"virtual_network_rules\":true,\"bypass\":true}],\n"  /* 14 */
    "   \"identity\":[{\"principal_id\":true,\"tenant_id\":true}],\n"                                       /* 15 */
    "   \"dyn\":[{\"y\":true}],\"tags\":{\"owner\":true},\"extra\":[true,true]}}}],\n"                      /* 16 */
    " \"configuration\":{\"root_module\":{\"module_calls\":{\"ai\":{\"module\":{\"resources\":[\n"         /* 17 */
    "  {\"address\":\"azurerm_cognitive_account.acct\",\"mode\":\"managed\",\"expressions\":{\n"           /* 18 */
    "   \"kind\":{\"constant_value\":\"OpenAI\"},\n"                                                        /* 19 */
    "   \"custom_subdomain_name\":{\"references\":[\"random_string.s.result\"]},\n"                         /* 20 */
    "   \"local_auth_enabled\":{\"references\":[\"var.local_auth\"]},\n"                                    /* 21 */
    "   \"extra\":{},\n"                                                                                    /* 22 */
    "   \"tags\":{\"references\":[\"local.tags\"]},\n"                                                      /* 23 */
    "   \"network_acls\":[{\"default_action\":{\"constant_value\":\"Deny\"},"
    "\"virtual_network_rules\":{\"references\":[\"x\"]},\"ip_rules\":{\"constant_value\":[]}}],\n"          /* 24 */
    "   \"identity\":[{\"type\":{\"constant_value\":\"SystemAssigned\"}}]}}]}}}}}}\n";                      /* 25 */

START_TEST(after_unknown_against_configuration)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, UNKNOWNS), WARD_READ_OK);
    ck_assert_uint_eq(p.diags.n, 0);
    const ward_resource *r = need(&p, "module.ai[\"a]b\"].azurerm_cognitive_account.acct[0]");
    const ward_node *b = r->body;
    /* Set by the configuration, present in values: unknown at its own place. */
    const ward_member *m = member_at(b, "custom_subdomain_name");
    ck_assert_int_eq(m->value->kind, WARD_N_UNKNOWN);
    /* written as a reference to another resource: the unknown says which */
    ck_assert_str_eq(m->value->u.str, "reference(module.ai[\"a]b\"].random_string.s).result");
    ck_assert(m->value->flags & WARD_NF_REFERENCE);
    assert_pos(&p, m->kstart, 5, 30);
    assert_pos(&p, m->value->span.start, 5, 54);
    /* Set by the configuration, absent from values: added at the `values` key. */
    m = member_at(b, "local_auth_enabled");
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(m->value->kind, WARD_N_UNKNOWN);
    assert_pos(&p, m->kstart, 5, 4);
    assert_pos(&p, m->value->span.start, 5, 4);
    /* Not set by the configuration: the provider's default, absent. */
    ck_assert_ptr_null(at(b, "endpoint"));
    ck_assert_ptr_null(at(b, "id"));
    ck_assert_ptr_null(at(b, "public_network_access_enabled"));
    /* Nested blocks: written attribute -> unknown, unwritten -> absent. */
    ck_assert(str_is(at(b, "network_acls[0].default_action"), "Deny"));
    ck_assert_int_eq(at(b, "network_acls[0].virtual_network_rules")->kind, WARD_N_UNKNOWN);
    assert_pos(&p, member_at(at(b, "network_acls[0]"), "virtual_network_rules")->kstart, 6, 21);
    ck_assert_ptr_null(at(b, "network_acls[0].bypass"));
    ck_assert(str_is(at(b, "network_acls[0].ip_rules[0]"), "1.2.3.4"));
    ck_assert_int_eq(at(b, "network_acls[0].ip_rules[1]")->kind, WARD_N_UNKNOWN);
    assert_pos(&p, at(b, "network_acls[0].ip_rules[1]")->span.start, 6, 68);
    ck_assert_ptr_null(at(b, "identity[0].principal_id"));
    ck_assert(str_is(at(b, "identity[0].type"), "SystemAssigned"));
    /* A block the configuration JSON omits (dynamic) but the plan fills: unknown. */
    ck_assert_int_eq(at(b, "dyn[0].y")->kind, WARD_N_UNKNOWN);
    /* Inside an attribute set by an expression: unknown. */
    ck_assert_int_eq(at(b, "tags.owner")->kind, WARD_N_UNKNOWN);
    ck_assert(str_is(at(b, "tags.env"), "prod"));
    /* A list of unknowns the values leave out: the attribute is unknown. */
    ck_assert_int_eq(at(b, "extra")->kind, WARD_N_UNKNOWN);
    plan_free(&p);
}
END_TEST

START_TEST(after_unknown_without_configuration)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":["
                                   "{\"address\":\"a.b\",\"type\":\"a\",\"name\":\"b\",\"values\":{\"k\":1,\"l\":[\"x\"]}}]}},"
                                   "\"resource_changes\":[{\"address\":\"a.b\",\"change\":{\"actions\":[\"update\"],"
                                   "\"after_unknown\":{\"k\":true,\"z\":true,\"l\":[false,true,true]}}}]}"),
                     WARD_READ_OK);
    const ward_resource *r = need(&p, "a.b");
    ck_assert_int_eq(at(r->body, "k")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r->body, "z")->kind, WARD_N_UNKNOWN);   /* cannot tell: unknown, not absent */
    /* Unknown elements past the known ones lengthen the list. */
    ck_assert_uint_eq(at(r->body, "l")->len, 3);
    ck_assert(str_is(at(r->body, "l[0]"), "x"));
    ck_assert_int_eq(at(r->body, "l[2]")->kind, WARD_N_UNKNOWN);
    plan_free(&p);
}
END_TEST

/* ---- sensitive values ---- */

START_TEST(sensitive_values_are_secret)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":["
                                   "{\"address\":\"a.b\",\"type\":\"a\",\"name\":\"b\",\"values\":{\"pw\":\"hunter2\","
                                   "\"plain\":\"x\",\"conn\":[{\"key\":\"k1\",\"host\":\"h\"}],"
                                   "\"blk\":{\"s\":{\"t\":\"deep\"}}},"
                                   "\"sensitive_values\":{\"blk\":{\"s\":true}}}]}},"
                                   "\"resource_changes\":[{\"address\":\"a.b\",\"change\":{\"actions\":[\"create\"],"
                                   "\"after_sensitive\":{\"pw\":true,\"conn\":[{\"key\":true}]}}}]}"),
                     WARD_READ_OK);
    const ward_node *b = need(&p, "a.b")->body;
    ck_assert(at(b, "pw")->flags & WARD_NF_SECRET);
    ck_assert(!(at(b, "plain")->flags & WARD_NF_SECRET));
    ck_assert(at(b, "conn[0].key")->flags & WARD_NF_SECRET);
    ck_assert(!(at(b, "conn[0].host")->flags & WARD_NF_SECRET));
    ck_assert(at(b, "blk.s")->flags & WARD_NF_SECRET);
    ck_assert(at(b, "blk.s.t")->flags & WARD_NF_SECRET);
    plan_free(&p);
}
END_TEST

/* ---- azapi ---- */

static const char *const AZAPI =
    "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[\n"
    "{\"address\":\"azapi_resource.acct\",\"mode\":\"managed\",\"type\":\"azapi_resource\",\"name\":\"acct\",\n"
    " \"values\":{\"type\":\"Microsoft.CognitiveServices/accounts@2023-05-01\",\n"
    "  \"body\":\"{\\\"kind\\\":\\\"AIServices\\\",\\\"properties\\\":{\\\"disableLocalAuth\\\":false}}\"}},\n"
    "{\"address\":\"azapi_resource.v2\",\"mode\":\"managed\",\"type\":\"azapi_resource\",\"name\":\"v2\",\n"
    " \"values\":{\"body\":{\"properties\":{\"disableLocalAuth\":true}}}},\n"
    "{\"address\":\"azapi_resource.bad\",\"mode\":\"managed\",\"type\":\"azapi_resource\",\"name\":\"bad\",\n"
    " \"values\":{\"body\":\"{not json\"}},\n"
    "{\"address\":\"azapi_resource.secret\",\"mode\":\"managed\",\"type\":\"azapi_resource\",\"name\":\"secret\",\n"
    " \"values\":{\"body\":\"{\\\"k\\\":\\\"v\\\"}\"},\"sensitive_values\":{\"body\":true}}\n"
    "]}}}\n";

START_TEST(azapi_json_string_body)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, AZAPI), WARD_READ_OK);
    ck_assert_uint_eq(p.set.n, 4);
    const ward_resource *r = need(&p, "azapi_resource.acct");
    ck_assert_str_eq(r->type, "azapi_resource");
    ck_assert(str_is(at(r->body, "type"), "Microsoft.CognitiveServices/accounts@2023-05-01"));
    const ward_node *dla = at(r->body, "body.properties.disableLocalAuth");
    ck_assert_ptr_nonnull(dla);
    ck_assert_int_eq(dla->kind, WARD_N_BOOL);
    ck_assert_int_eq(dla->u.b, 0);
    ck_assert_uint_eq(dla->span.file, p.id);   /* placed at the string in the plan */
    assert_pos(&p, dla->span.start, 4, 10);
    assert_pos(&p, member_at(at(r->body, "body"), "kind")->kstart, 4, 10);
    /* azapi 2.x: already an object. */
    ck_assert_int_eq(at(need(&p, "azapi_resource.v2")->body, "body.properties.disableLocalAuth")->u.b, 1);
    /* Not JSON: kept as a string, with a warning at the string. */
    ck_assert_int_eq(at(need(&p, "azapi_resource.bad")->body, "body")->kind, WARD_N_STRING);
    assert_diag(&p, "W406", 8, 19);
    ck_assert_uint_eq(p.diags.errors, 0);
    /* A sensitive body stays sensitive once decoded. */
    ck_assert(at(need(&p, "azapi_resource.secret")->body, "body.k")->flags & WARD_NF_SECRET);
    plan_free(&p);
}
END_TEST

/* ---- malformed shapes ---- */

START_TEST(malformed_shapes_are_located)
{
    plan p;
    ck_assert_int_eq(read_plan(&p, "{\"format_version\":\"1.2\",\n"                                     /* 1 */
                                   " \"planned_values\":{\"root_module\":{\"resources\":[\n"             /* 2 */
                                   "  {\"type\":\"a\",\"name\":\"n\",\"values\":{}},\n"                  /* 3 */
                                   "  {\"address\":\"a.v\",\"type\":\"a\",\"name\":\"v\",\"values\":[]},\n" /* 4 */
                                   "  {\"address\":\"a.t\",\"type\":7,\"name\":\"t\",\"values\":{}},\n"  /* 5 */
                                   "  \"oops\",\n"                                                       /* 6 */
                                   "  {\"address\":\"a.ok\",\"type\":\"a\",\"name\":\"ok\",\"values\":{}},\n" /* 7 */
                                   "  {\"address\":\"a.nov\",\"type\":\"a\",\"name\":\"nov\"}],\n"       /* 8 */
                                   "  \"child_modules\":[3, {\"resources\":[]}, {\"address\":\"module.m\",\"resources\":{}}]}},\n" /* 9 */
                                   " \"resource_changes\":[1,{\"address\":\"a.ok\"},\n"                 /* 10 */
                                   "  {\"address\":\"a.v\",\"change\":{\"actions\":\"create\",\"after_unknown\":[]}}]}\n"), /* 11 */
                     WARD_READ_ERROR);
    assert_diag(&p, "E404", 3, 3);    /* no address */
    assert_diag(&p, "E404", 4, 51);   /* values is a list */
    assert_diag(&p, "E404", 5, 27);   /* type is a number */
    assert_diag(&p, "E404", 6, 3);    /* a resource that is a string */
    assert_diag(&p, "E404", 8, 3);    /* no values */
    assert_diag(&p, "E404", 9, 20);   /* a child module that is a number */
    assert_diag(&p, "E404", 9, 23);   /* a child module without address */
    assert_diag(&p, "E404", 9, 75);   /* resources is an object */
    assert_diag(&p, "E404", 10, 22);  /* a change that is a number */
    assert_diag(&p, "E404", 10, 24);  /* a change without `change` */
    assert_diag(&p, "E404", 11, 40);  /* actions is a string */
    /* The good resource around the bad ones is still read. */
    ck_assert_uint_eq(p.set.n, 1);
    need(&p, "a.ok");
    plan_free(&p);

    ck_assert_int_eq(read_plan(&p, "{\"format_version\":\"1.2\",\"terraform_version\":\"1.0.0\"}"), WARD_READ_ERROR);
    assert_diag(&p, "E404", 1, 1);
    plan_free(&p);
    ck_assert_int_eq(read_plan(&p, "{\"format_version\":\"1.2\",\n \"planned_values\":[]}"), WARD_READ_ERROR);
    assert_diag(&p, "E404", 2, 19);
    plan_free(&p);
    ck_assert_int_eq(read_plan(&p, "[1]"), WARD_READ_ERROR);
    assert_diag(&p, "E404", 1, 1);
    plan_free(&p);
}
END_TEST

/* ---- allocation failures ---- */

START_TEST(allocation_failures)
{
    /* Every allocation of a read fails in turn: an error or success, never a crash or a leak. */
    for (long n = 0; n < 400; n++) {
        plan p;
        ward_doc *doc = parse_doc(&p, UNKNOWNS, strlen(UNKNOWNS));
        ward_alloc_fail_after(n);
        int rc = ward_tfplan_read(&p.set, doc, &p.src, NULL, &p.diags);
        ward_alloc_fail_after(-1);
        if (rc == WARD_READ_OK) {
            ck_assert_uint_eq(p.set.n, 1);
            plan_free(&p);
            break;
        }
        plan_free(&p);
    }
    for (long n = 0; n < 400; n++) {
        plan p;
        ward_doc *doc = parse_doc(&p, AZAPI, strlen(AZAPI));
        ward_alloc_fail_after(n);
        int rc = ward_tfplan_read(&p.set, doc, &p.src, NULL, &p.diags);
        ward_alloc_fail_after(-1);
        plan_free(&p);
        if (rc == WARD_READ_OK)
            break;
    }
}
END_TEST

/* ---- the shared corpus ---- */

/* Resource counts by hand, from each plan's planned_values (managed
 * resources, none deleted; data sources left out). */
static const struct {
    const char *path;
    size_t resources;
} CORPUS_PLANS[] = {
    {"checkov/plan/plan_encodings/tfplan_win_utf16.json", 1},
    {"checkov/plan/plan_nested_child_modules/tfplan.json", 3},
    {"checkov/plan/plan_with_resource_reference/tfplan_extra_ref.json", 4},
    {"regula/rego/tests/lib/inputs/resource_view_03_infra.json", 3},
    {"regula/rego/tests/rules/tf/azurerm/network/inputs/security_group_no_inbound_22_infra.json", 10},
    {"regula/rego/tests/rules/tf/azurerm/storage/inputs/account_secure_transfer_infra.json", 4},
};

typedef struct corpus_walk {
    const char *root;
    size_t plans;
    size_t listed;
} corpus_walk;

static void check_corpus_file(corpus_walk *w, const char *path)
{
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_resource_set_init(&set);
    uint32_t id = ward_sources_load(&src, path);
    ck_assert_uint_ne(id, WARD_NO_FILE);
    ward_doc *doc = ward_malloc(sizeof *doc);
    ward_doc_init(doc, id);
    ward_json_opts jo = {1, 0};
    if (ward_json_parse(doc, &src, id, &jo, &diags) != 0 || !ward_tfplan_detect(doc)) {
        ward_doc_free(doc);
        ward_free(doc);
    } else {
        w->plans++;
        int rc = ward_tfplan_read(&set, doc, &src, NULL, &diags);
        const char *rel = path + strlen(w->root) + 1;
        long want = -1;
        for (size_t i = 0; i < sizeof CORPUS_PLANS / sizeof *CORPUS_PLANS; i++)
            if (!strcmp(CORPUS_PLANS[i].path, rel))
                want = (long)CORPUS_PLANS[i].resources;
        ck_assert_msg(want >= 0, "plan %s is not in CORPUS_PLANS: count its resources and add it", rel);
        w->listed++;
        for (size_t i = 0; i < diags.n; i++)
            ck_assert_msg(ward_span_valid(diags.items[i].span), "%s: unlocated diagnostic", rel);
        ck_assert_msg(rc == WARD_READ_OK, "%s: %s", rel, diags.n ? diags.items[0].message : "?");
        ck_assert_msg(set.n == (size_t)want, "%s: %zu resources, expected %ld", rel, set.n, want);
        for (size_t i = 0; i < set.n; i++) {
            ck_assert_uint_eq(set.items[i].span.file, id);
            ck_assert_int_eq(set.items[i].body->kind, WARD_N_OBJECT);
        }
    }
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
}

static void walk_corpus(corpus_walk *w, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d || depth > 32) {
        if (d)
            closedir(d);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        size_t n = strlen(e->d_name);
        if (S_ISDIR(st.st_mode))
            walk_corpus(w, path, depth + 1);
        else if (n > 5 && !strcmp(e->d_name + n - 5, ".json"))
            check_corpus_file(w, path);
    }
    closedir(d);
}

START_TEST(corpus_plans)
{
    const char *root = tu_corpus_dir();
    if (!root) {
        fprintf(stderr, "check_tfplan: ../shared/corpus not found, corpus test skipped\n");
        return;
    }
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", root);
    corpus_walk w = {buf, 0, 0};
    walk_corpus(&w, buf, 0);
    ck_assert_uint_eq(w.listed, sizeof CORPUS_PLANS / sizeof *CORPUS_PLANS);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("tfplan");
    TCase *tc = tcase_create("tfplan");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, detects_plans_only);
    tcase_add_test(tc, modules_at_any_depth);
    tcase_add_test(tc, delete_only_is_not_checked);
    tcase_add_test(tc, plan_without_planned_values);
    tcase_add_test(tc, after_unknown_against_configuration);
    tcase_add_test(tc, after_unknown_without_configuration);
    tcase_add_test(tc, sensitive_values_are_secret);
    tcase_add_test(tc, azapi_json_string_body);
    tcase_add_test(tc, malformed_shapes_are_located);
    tcase_add_test(tc, allocation_failures);
    tcase_add_test(tc, corpus_plans);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
