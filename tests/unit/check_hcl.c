/* check_hcl.c: the Terraform HCL reader: every construct of the native
 * syntax (through evaluated values), exact positions of values and keys,
 * count / for_each / dynamic blocks, local and registry modules, tfvars
 * origins, references between resources, data sources, outputs, syntax
 * errors with line:col, and the shared corpus: every .tf directory loads
 * (or gives located errors), and where a plan of the same configuration
 * exists, the resources and known values agree with the plan reader's. */
#include "base/alloc.h"
#include "base/diag.h"
#include "base/source.h"
#include "base/writer.h"
#include "doc/doc.h"
#include "doc/resource.h"
#include "eval/eval.h"
#include "readers/hcl/hcl.h"
#include "readers/json/json.h"
#include "readers/terraform/plan.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One read of a scratch module directory. */
typedef struct tf {
    char dir[256];
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    int rc;
} tf;

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *slash = strrchr(path, '/');
    if (slash && slash > path + strlen(dir)) {
        *slash = 0;
        char cmd[600];
        snprintf(cmd, sizeof cmd, "mkdir -p '%s'", path);
        ck_assert_int_eq(system(cmd), 0);
        *slash = '/';
    }
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static void tf_init(tf *t)
{
    snprintf(t->dir, sizeof t->dir, "/tmp/ward-hcl-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(t->dir));
    ward_sources_init(&t->src);
    ward_diags_init(&t->diags);
    ward_resource_set_init(&t->set);
}

static void tf_read(tf *t, const ward_read_opts *opts)
{
    t->rc = ward_hcl_read_dir(&t->set, &t->src, t->dir, opts, &t->diags);
}

/* A module of one main.tf. */
static void tf_one(tf *t, const char *text)
{
    tf_init(t);
    write_file(t->dir, "main.tf", text);
    tf_read(t, NULL);
}

static void tf_free(tf *t)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->dir);
    (void)!system(cmd);
    ward_resource_set_free(&t->set);
    ward_diags_free(&t->diags);
    ward_sources_free(&t->src);
}

static const ward_resource *res(const tf *t, const char *address)
{
    for (size_t i = 0; i < t->set.n; i++)
        if (!strcmp(t->set.items[i].address, address))
            return &t->set.items[i];
    return NULL;
}

static const ward_resource *need(const tf *t, const char *address)
{
    const ward_resource *r = res(t, address);
    if (!r) {
        char buf[2048] = "";
        for (size_t i = 0; i < t->set.n; i++)
            snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s", t->set.items[i].address);
        ck_abort_msg("no resource %s; have:%s", address, buf);
    }
    return r;
}

/* Follows "a.b[0].c" from a body. */
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

/* The compact rendering of the value at path (ward_eval_dump). */
static char *dump(const ward_resource *r, const char *path)
{
    static char buf[4096];
    const ward_node *n = at(r->body, path);
    if (!n)
        return strcpy(buf, "<absent>");
    ward_writer w;
    ward_writer_mem(&w);
    ward_eval_dump(&w, n);
    snprintf(buf, sizeof buf, "%s", w.buf ? w.buf : "");
    ward_writer_free(&w);
    return buf;
}

#define ck_value(r, path, want) ck_assert_str_eq(dump((r), (path)), (want))

static void assert_pos(const tf *t, uint32_t file, uint32_t off, unsigned line, unsigned col)
{
    ward_pos pos = ward_source_pos(&t->src, file, off);
    ck_assert_msg(pos.line == line && pos.col == col, "expected %u:%u, got %u:%u", line, col, pos.line, pos.col);
}

static void assert_value_at(const tf *t, const ward_resource *r, const char *path, unsigned line, unsigned col)
{
    const ward_node *n = at(r->body, path);
    ck_assert_msg(n != NULL, "no %s", path);
    assert_pos(t, n->span.file, n->span.start, line, col);
}

static void assert_diag(const tf *t, const char *code, const char *file_suffix, unsigned line, unsigned col)
{
    char buf[2048] = "";
    for (size_t i = 0; i < t->diags.n; i++) {
        const ward_diag *g = &t->diags.items[i];
        const ward_source *f = ward_sources_get(&t->src, g->span.file);
        ward_pos pos = ward_source_pos(&t->src, g->span.file, g->span.start);
        if (!strcmp(ward_diag_code_str(g->code), code) && f && strstr(f->path, file_suffix) && pos.line == line &&
            pos.col == col)
            return;
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "  %s %s %u:%u %s\n", ward_diag_code_str(g->code),
                 f ? f->path : "-", pos.line, pos.col, g->message);
    }
    ck_abort_msg("expected %s at %s:%u:%u; got:\n%s", code, file_suffix, line, col, buf);
}

/* ---- syntax and values ---- */

START_TEST(literals_and_strings)
{
    tf t;
    tf_one(&t, "resource \"x_t\" \"a\" {\n"
               "  n = 42\n"
               "  f = 1.5e2\n"
               "  b = true\n"
               "  z = null\n"
               "  s = \"a\\tb\\n\\\"q\\\" \\u00e9 $${lit} %%{lit}\"\n"
               "  l = [1, \"two\", false,]\n"
               "  o = { a = 1, \"b\" = 2, c: 3 }\n"
               "  m = {\n    k1 = \"v1\"\n    k2 = \"v2\",\n  }\n"
               "  # comment\n  // comment\n  /* block\n comment */\n"
               "}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    ck_assert_str_eq(r->type, "x_t");
    ck_assert_str_eq(r->name, "a");
    ck_assert_int_eq(r->family, WARD_FAM_TERRAFORM);
    ck_value(r, "n", "42");
    ck_value(r, "f", "150");
    ck_value(r, "b", "true");
    ck_value(r, "z", "null");
    ck_value(r, "s", "\"a\\tb\\n\\\"q\\\" \xc3\xa9 ${lit} %{lit}\"");
    ck_value(r, "l", "[1,\"two\",false]");
    ck_value(r, "o", "{\"a\":1,\"b\":2,\"c\":3}");
    ck_value(r, "m", "{\"k1\":\"v1\",\"k2\":\"v2\"}");
    tf_free(&t);
}
END_TEST

START_TEST(heredocs_and_templates)
{
    tf t;
    tf_one(&t, "locals {\n  xs = [\"a\", \"b\"]\n  on = true\n}\n"
               "resource \"x_t\" \"a\" {\n"
               "  h = <<EOF\nline ${local.xs[0]}\n  two\nEOF\n"
               "  i = <<-EOT\n    one\n      two\n    EOT\n"
               "  d = \"%{if local.on}yes%{else}no%{endif}\"\n"
               "  f = \"%{for x in local.xs}${x},%{endfor}\"\n"
               "  k = \"%{for i, x in local.xs}${i}=${x} %{endfor}\"\n"
               "  s = \"a ${~ \"b\" ~} c\"\n"
               "  u = \"${local.on}\"\n"
               "}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    ck_value(r, "h", "\"line a\\n  two\\n\"");
    ck_value(r, "i", "\"one\\n  two\\n\"");
    ck_value(r, "d", "\"yes\"");
    ck_value(r, "f", "\"a,b,\"");
    ck_value(r, "k", "\"0=a 1=b \"");
    ck_value(r, "s", "\"abc\"");
    ck_value(r, "u", "true");   /* a lone interpolation keeps its type */
    tf_free(&t);
}
END_TEST

START_TEST(expressions)
{
    tf t;
    tf_one(&t, "locals {\n"
               "  m = { a = { id = 1 }, b = { id = 2 } }\n"
               "  l = [{ n = \"x\", v = 1 }, { n = \"y\", v = 2 }]\n"
               "}\n"
               "resource \"x_t\" \"a\" {\n"
               "  arith = 1 + 2 * 3 - 4 / 2 % 3\n"
               "  cmp   = 1 < 2 && 2 >= 2 || false\n"
               "  neg   = -(3) == -3 && !false\n"
               "  cond  = 2 > 1 ? \"big\" : \"small\"\n"
               "  multi = (true\n    ? \"a\"\n    : \"b\")\n"
               "  splat = local.l[*].n\n"
               "  attrs = local.l.*.v\n"
               "  forl  = [for x in local.l : upper(x.n) if x.v > 1]\n"
               "  form  = {for k, v in local.m : k => v.id}\n"
               "  group = {for x in [\"a\", \"b\", \"a\"] : x => x...}\n"
               "  idx   = local.m[\"b\"].id\n"
               "  legacy = local.l.0.n\n"
               "  fn    = join(\"-\", concat([\"a\"], [\"b\", \"c\"]))\n"
               "  fmt   = format(\"%s-%03d|%-4s|%5.1f|%q|%+d|%%\", \"x\", 7, \"ab\", 3.14159, \"q\", 2)\n"
               "  json  = jsonencode({ a = [1, \"x\"], b = null })\n"
               "  merge = merge({ a = 1 }, { b = 2, a = 3 })\n"
               "  look  = lookup(local.m, \"c\", \"none\")\n"
               "  try   = try(local.m.c.id, \"fallback\")\n"
               "  can   = can(local.m.c)\n"
               "  len   = length(local.l)\n"
               "  exp   = max([3, 9, 4]...)\n"
               "  unk   = filemd5(\"x\")\n"
               "  ns    = provider::azurerm::normalise_resource_id(\"x\")\n"
               "}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    ck_value(r, "arith", "5");
    ck_value(r, "cmp", "true");
    ck_value(r, "neg", "true");
    ck_value(r, "cond", "\"big\"");
    ck_value(r, "multi", "\"a\"");
    ck_value(r, "splat", "[\"x\",\"y\"]");
    ck_value(r, "attrs", "[1,2]");
    ck_value(r, "forl", "[\"Y\"]");
    ck_value(r, "form", "{\"a\":1,\"b\":2}");
    ck_value(r, "group", "{\"a\":[\"a\",\"a\"],\"b\":[\"b\"]}");
    ck_value(r, "idx", "2");
    ck_value(r, "legacy", "\"x\"");
    ck_value(r, "fn", "\"a-b-c\"");
    ck_value(r, "fmt", "\"x-007|ab  |  3.1|\\\"q\\\"|+2|%\"");
    ck_value(r, "json", "\"{\\\"a\\\":[1,\\\"x\\\"],\\\"b\\\":null}\"");
    ck_value(r, "merge", "{\"a\":3,\"b\":2}");
    ck_value(r, "look", "\"none\"");
    ck_value(r, "try", "\"fallback\"");
    ck_value(r, "can", "false");
    ck_value(r, "len", "2");
    ck_value(r, "exp", "9");
    ck_assert_int_eq(at(r->body, "unk")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r->body, "ns")->kind, WARD_N_UNKNOWN);
    tf_free(&t);
}
END_TEST

START_TEST(positions)
{
    tf t;
    tf_one(&t, "resource \"azurerm_cognitive_account\" \"acct\" {\n"
               "  name = \"a\"\n"
               "  network_acls {\n"
               "    default_action = \"Deny\"\n"
               "  }\n"
               "  tags = { env = \"x\" }\n"
               "}\n");
    const ward_resource *r = need(&t, "azurerm_cognitive_account.acct");
    uint32_t f = r->span.file;
    assert_pos(&t, f, r->span.start, 1, 1);
    assert_value_at(&t, r, "name", 2, 10);
    const ward_member *m = ward_node_member(r->body, "name", 4);
    assert_pos(&t, f, m->kstart, 2, 3);
    m = ward_node_member(r->body, "network_acls", 12);
    assert_pos(&t, f, m->kstart, 3, 3);
    assert_value_at(&t, r, "network_acls[0]", 3, 3);
    assert_value_at(&t, r, "network_acls[0].default_action", 4, 22);
    m = ward_node_member(at(r->body, "network_acls[0]"), "default_action", 14);
    assert_pos(&t, f, m->kstart, 4, 5);
    assert_value_at(&t, r, "tags.env", 6, 18);
    tf_free(&t);
}
END_TEST

/* ---- Terraform semantics ---- */

START_TEST(count_for_each_dynamic)
{
    tf t;
    tf_one(&t, "variable \"n\" { default = 2 }\n"
               "variable \"unknown\" {}\n"
               "resource \"x_t\" \"c\" {\n  count = var.n\n  name = \"c${count.index}\"\n}\n"
               "resource \"x_t\" \"f\" {\n  for_each = toset([\"a\", \"b\"])\n  name = each.value\n}\n"
               "resource \"x_t\" \"m\" {\n  for_each = { k = \"v\" }\n  name = \"${each.key}=${each.value}\"\n}\n"
               "resource \"x_t\" \"u\" {\n  count = var.unknown ? 1 : 0\n  name = \"u\"\n}\n"
               "resource \"x_t\" \"z\" {\n  count = 0\n}\n"
               "resource \"x_t\" \"d\" {\n"
               "  dynamic \"rule\" {\n    for_each = [\"r1\", \"r2\"]\n"
               "    content {\n      name = rule.value\n      idx = rule.key\n    }\n  }\n"
               "  dynamic \"it\" {\n    for_each = { a = 1 }\n    iterator = x\n    content { v = x.value }\n  }\n"
               "  dynamic \"q\" {\n    for_each = var.unknown\n    content { v = 1 }\n  }\n"
               "}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    ck_value(need(&t, "x_t.c[0]"), "name", "\"c0\"");
    ck_value(need(&t, "x_t.c[1]"), "name", "\"c1\"");
    ck_assert(need(&t, "x_t.c[1]")->flags & WARD_RF_LOOP);
    ck_value(need(&t, "x_t.f[\"a\"]"), "name", "\"a\"");
    ck_value(need(&t, "x_t.f[\"b\"]"), "name", "\"b\"");
    ck_value(need(&t, "x_t.m[\"k\"]"), "name", "\"k=v\"");
    const ward_resource *u = need(&t, "x_t.u[?]");
    ck_assert(u->flags & WARD_RF_CONDITIONAL);
    ck_assert_ptr_null(res(&t, "x_t.z[0]"));
    const ward_resource *d = need(&t, "x_t.d");
    ck_value(d, "rule", "[{\"name\":\"r1\",\"idx\":0},{\"name\":\"r2\",\"idx\":1}]");
    ck_value(d, "it", "[{\"v\":1}]");
    ck_assert_int_eq(at(d->body, "q")->kind, WARD_N_UNKNOWN);
    assert_value_at(&t, d, "rule[0].name", 26, 14);
    tf_free(&t);
}
END_TEST

START_TEST(references)
{
    tf t;
    tf_one(&t, "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg1\"\n  location = \"westeurope\"\n}\n"
               "resource \"azurerm_storage_account\" \"sa\" {\n"
               "  count = 2\n"
               "  name = \"sa${count.index}\"\n"
               "  resource_group_name = azurerm_resource_group.rg.name\n"
               "  rg_id = azurerm_resource_group.rg.id\n"
               "  loc = \"${azurerm_resource_group.rg.location}\"\n"
               "}\n"
               "resource \"x_t\" \"r\" {\n"
               "  ids = azurerm_storage_account.sa[*].id\n"
               "  first = azurerm_storage_account.sa[0].name\n"
               "  d = data.azurerm_client_config.current.tenant_id\n"
               "  rid = azurerm_storage_account.sa[1].rg_id\n"
               "  url = \"${azurerm_resource_group.rg.id}/openai\"\n"
               "}\n"
               "data \"azurerm_client_config\" \"current\" {}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *sa = need(&t, "azurerm_storage_account.sa[0]");
    ck_value(sa, "resource_group_name", "\"rg1\"");
    ck_value(sa, "loc", "\"westeurope\"");
    const ward_node *id = at(sa->body, "rg_id");
    ck_assert_int_eq(id->kind, WARD_N_UNKNOWN);
    ck_assert(id->flags & WARD_NF_REFERENCE);
    ck_assert_str_eq(dump(sa, "rg_id"), "?\"reference(azurerm_resource_group.rg).id\"");
    const char *tid, *p;
    size_t tl, pl;
    ck_assert_int_eq(ward_doc_reference_target(id->u.str, id->len, &tid, &tl, &p, &pl), 0);
    ck_assert_int_eq((int)tl, (int)strlen("azurerm_resource_group.rg"));
    const ward_resource *r = need(&t, "x_t.r");
    ck_value(r, "ids", "[?\"reference(azurerm_storage_account.sa[0]).id\",?\"reference(azurerm_storage_account.sa[1]).id\"]");
    ck_value(r, "first", "\"sa0\"");
    ck_assert_int_eq(at(r->body, "d")->kind, WARD_N_UNKNOWN);
    ck_assert(!(at(r->body, "d")->flags & WARD_NF_REFERENCE));
    ck_value(r, "rid", "?\"reference(azurerm_resource_group.rg).id\"");
    /* a string built on a reference still names the resource it reads (as ARM's concat) */
    ck_assert(at(r->body, "url")->flags & WARD_NF_REFERENCE);
    ck_value(r, "url", "?\"reference(azurerm_resource_group.rg).id\"");
    ck_assert_ptr_null(res(&t, "data.azurerm_client_config.current"));
    tf_free(&t);
}
END_TEST

START_TEST(tfvars_origins)
{
    tf t;
    tf_init(&t);
    write_file(t.dir, "main.tf", "variable \"sku\" { default = \"F0\" }\nvariable \"kind\" { default = \"OpenAI\" }\n"
                                 "variable \"env\" {}\nvariable \"cli\" { default = 1 }\n"
                                 "resource \"x_t\" \"a\" {\n  sku = var.sku\n  kind = var.kind\n  env = var.env\n  cli = var.cli\n}\n");
    write_file(t.dir, "terraform.tfvars", "sku = \"S0\"\nenv = \"dev\"\n");
    write_file(t.dir, "b.auto.tfvars", "env = \"prod\"\n");
    char extra[300];
    snprintf(extra, sizeof extra, "%s/extra.tfvars", t.dir);
    write_file(t.dir, "extra.tfvars", "cli = 2\n");
    const char *pf[] = {extra};
    ward_read_opts o = {pf, 1, 0};
    tf_read(&t, &o);
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    ck_value(r, "sku", "\"S0\"");
    ck_value(r, "env", "\"prod\"");
    ck_value(r, "kind", "\"OpenAI\"");
    ck_value(r, "cli", "2");
    const char *label;
    const ward_span *o1 = ward_node_origin(at(r->body, "sku"), &label);
    ck_assert_ptr_nonnull(o1);
    ck_assert_str_eq(label, "variable 'sku' in terraform.tfvars");
    ck_assert(strstr(ward_sources_get(&t.src, o1->file)->path, "terraform.tfvars"));
    assert_pos(&t, o1->file, o1->start, 1, 7);
    ward_node_origin(at(r->body, "env"), &label);
    ck_assert_str_eq(label, "variable 'env' in b.auto.tfvars");
    const ward_span *o2 = ward_node_origin(at(r->body, "kind"), &label);
    ck_assert_str_eq(label, "variable 'kind' default");
    assert_pos(&t, o2->file, o2->start, 2, 29);
    assert_value_at(&t, r, "sku", 6, 9);
    tf_free(&t);
}
END_TEST

START_TEST(modules)
{
    tf t;
    tf_init(&t);
    write_file(t.dir, "main.tf", "module \"ai\" {\n  source = \"./modules/ai\"\n  local_auth = false\n}\n"
                                 "module \"many\" {\n  source = \"./modules/ai\"\n  for_each = toset([\"x\"])\n  local_auth = true\n}\n"
                                 "module \"reg\" {\n  source = \"Azure/avm-res/azurerm\"\n  version = \"1.0\"\n}\n"
                                 "module \"gone\" {\n  source = \"./missing\"\n}\n"
                                 "resource \"x_t\" \"use\" {\n  ep = module.ai.endpoint\n  name = module.ai.name\n  r = module.reg.x\n}\n");
    write_file(t.dir, "modules/ai/main.tf", "variable \"local_auth\" { default = true }\n"
                                            "resource \"azurerm_cognitive_account\" \"this\" {\n  name = \"acct\"\n"
                                            "  local_auth_enabled = var.local_auth\n}\n"
                                            "output \"endpoint\" { value = azurerm_cognitive_account.this.endpoint }\n"
                                            "output \"name\" { value = azurerm_cognitive_account.this.name }\n");
    tf_read(&t, NULL);
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *a = need(&t, "module.ai.azurerm_cognitive_account.this");
    ck_assert_str_eq(a->chain, "main.tf > modules/ai");
    ck_value(a, "local_auth_enabled", "false");
    const char *label;
    const ward_span *o = ward_node_origin(at(a->body, "local_auth_enabled"), &label);
    ck_assert_str_eq(label, "module input 'local_auth'");
    ck_assert(strstr(ward_sources_get(&t.src, o->file)->path, "/main.tf"));
    assert_pos(&t, o->file, o->start, 3, 16);
    assert_value_at(&t, a, "local_auth_enabled", 4, 24);
    ck_value(need(&t, "module.many[\"x\"].azurerm_cognitive_account.this"), "local_auth_enabled", "true");
    const ward_resource *u = need(&t, "x_t.use");
    ck_value(u, "ep", "?\"reference(module.ai.azurerm_cognitive_account.this).endpoint\"");
    ck_value(u, "name", "\"acct\"");
    ck_assert_int_eq(at(u->body, "r")->kind, WARD_N_UNKNOWN);
    ck_assert_ptr_nonnull(res(&t, "module.ai.output.endpoint"));
    assert_diag(&t, "W406", "main.tf", 11, 12);
    assert_diag(&t, "W406", "main.tf", 15, 12);
    ck_assert_uint_ge(t.set.ndeps, 1);
    ck_assert(strstr(t.set.deps[0], "modules/ai/main.tf"));
    tf_free(&t);
}
END_TEST

START_TEST(outputs_and_meta)
{
    tf t;
    tf_one(&t, "terraform {\n  required_version = \">= 1.5\"\n}\n"
               "provider \"azurerm\" {\n  features {}\n}\n"
               "resource \"x_t\" \"a\" {\n  name = \"n\"\n  depends_on = [x_t.b]\n  provider = azurerm.alt\n"
               "  lifecycle {\n    ignore_changes = [tags]\n  }\n}\n"
               "resource \"x_t\" \"b\" {}\n"
               "output \"secret\" {\n  value = x_t.a.primary_key\n  sensitive = true\n}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    ck_assert_uint_eq(t.set.n, 3);
    const ward_resource *a = need(&t, "x_t.a");
    ck_value(a, "depends_on", "<absent>");
    ck_value(a, "lifecycle", "<absent>");
    ck_value(a, "provider", "<absent>");
    const ward_resource *o = need(&t, "output.secret");
    ck_assert_str_eq(o->type, "terraform_output");
    ck_value(o, "sensitive", "true");
    ck_value(o, "value", "?\"reference(x_t.a).primary_key\"");
    ck_assert(at(o->body, "value")->flags & WARD_NF_SECRET);
    tf_free(&t);
}
END_TEST

START_TEST(syntax_errors)
{
    static const struct { const char *text; unsigned line, col; } cases[] = {
        {"resource \"x\" \"y\" {\n  a = \n}\n", 3, 1},
        {"a = \"unterminated\n", 1, 5},
        {"a = [1, 2\nb = 3\n", 2, 1},
        {"a = 1 +* 2\n", 1, 8},
        {"x {\n  a = \"${\"\n}\n", 2, 10},
        {"a = <<EOF\nnever closed\n", 1, 5},
        {"a = \"\\q\"\n", 1, 6},
        {"a = 1 @\n", 1, 7},
        {"/* open\n", 1, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tf t;
        tf_init(&t);
        write_file(t.dir, "bad.tf", cases[i].text);
        write_file(t.dir, "good.tf", "resource \"x_t\" \"ok\" {}\n");
        tf_read(&t, NULL);
        ck_assert_int_eq(t.rc, WARD_READ_ERROR);
        assert_diag(&t, "E401", "bad.tf", cases[i].line, cases[i].col);
        need(&t, "x_t.ok");   /* the other files of the module are still read */
        tf_free(&t);
    }
}
END_TEST

/* A generic azapi_resource whose type is known only at deployment is noted
 * at its type attribute, once per block (not once per instance). */
START_TEST(azapi_unknown_type_noted)
{
    tf t;
    tf_one(&t, "variable \"specs\" { type = map(any) }\n"
               "resource \"azapi_resource\" \"generic\" {\n"
               "  for_each = { a = 1, b = 2 }\n"
               "  type     = var.specs[each.key].type\n"
               "}\n"
               "resource \"azapi_resource\" \"known\" {\n"
               "  type = \"Microsoft.Search/searchServices@2025-05-01\"\n"
               "}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    assert_diag(&t, "W406", "main.tf", 4, 14);
    size_t notes = 0;
    for (size_t i = 0; i < t.diags.n; i++)
        notes += strstr(t.diags.items[i].message, "known only at deployment") != NULL;
    ck_assert_uint_eq(notes, 1);
    tf_free(&t);
}
END_TEST

/* A variable's items and a local inside a map are reported where they are
 * used, not where they were written. */
START_TEST(values_placed_at_use)
{
    tf t;
    tf_one(&t, "variable \"ips\" {\n  default = [\"0.0.0.0/0\"]\n}\n"
               "locals {\n  l = \"x\"\n}\n"
               "resource \"x_t\" \"a\" {\n  ips = var.ips\n  settings = { K = local.l }\n}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    assert_value_at(&t, r, "ips[0]", 8, 9);
    assert_value_at(&t, r, "settings.K", 9, 20);
    const char *label = NULL;
    ck_assert_ptr_nonnull(ward_node_origin(at(r->body, "settings.K"), &label));
    ck_assert_str_eq(label, "local 'l'");
    tf_free(&t);
}
END_TEST

/* An azapi body written as jsonencode({...}) is read as the object, each
 * property at its own line (the provider decodes it, as plans show). */
START_TEST(azapi_jsonencode_body)
{
    tf t;
    tf_one(&t, "resource \"azapi_resource\" \"a\" {\n"
               "  type = \"Microsoft.CognitiveServices/accounts@2024-10-01\"\n"
               "  body = jsonencode({\n"
               "    properties = {\n"
               "      disableLocalAuth = true\n"
               "    }\n"
               "  })\n"
               "}\n"
               "resource \"x_t\" \"b\" {\n  body = jsonencode({ a = 1 })\n}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "azapi_resource.a");
    ck_value(r, "body.properties.disableLocalAuth", "true");
    assert_value_at(&t, r, "body.properties.disableLocalAuth", 5, 26);
    ck_value(need(&t, "x_t.b"), "body", "\"{\\\"a\\\":1}\"");   /* other resources: a string, as written */
    tf_free(&t);
}
END_TEST

/* The azurerm data sources that name the subscription and the resource
 * group give ids in ARM's placeholder shape; their other attributes are
 * unknown (read from the provider), not references into the set. */
START_TEST(data_sources)
{
    tf t;
    tf_one(&t, "data \"azurerm_subscription\" \"cur\" {}\n"
               "data \"azurerm_resource_group\" \"rg\" {\n  name = \"rg-ai\"\n}\n"
               "data \"azurerm_key_vault\" \"kv\" {\n  name = \"kv\"\n}\n"
               "resource \"x_t\" \"a\" {\n"
               "  sub = data.azurerm_subscription.cur.id\n"
               "  rg  = data.azurerm_resource_group.rg.id\n"
               "  loc = data.azurerm_resource_group.rg.location\n"
               "  kv  = data.azurerm_key_vault.kv.id\n"
               "}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    ck_value(r, "sub", "\"/subscriptions/{subscriptionId}\"");
    ck_value(r, "rg", "\"/subscriptions/{subscriptionId}/resourceGroups/rg-ai\"");
    assert_value_at(&t, r, "sub", 9, 9);
    ck_value(r, "loc", "?\"data.azurerm_resource_group.rg.location is read from the provider\"");
    ck_assert(!(at(r->body, "loc")->flags & WARD_NF_REFERENCE));
    ck_assert_int_eq(at(r->body, "kv")->kind, WARD_N_UNKNOWN);
    ck_assert_ptr_null(res(&t, "data.azurerm_subscription.cur"));   /* data sources are not resources */
    tf_free(&t);
}
END_TEST

/* A module that calls itself (directly or through another) is a cycle, and
 * module instances are capped: count inside count must not multiply until
 * the depth limit (a fuzzer input with `source = "./"` and count = 2 hung). */
START_TEST(module_cycles_and_fanout)
{
    tf t;
    tf_init(&t);
    write_file(t.dir, "main.tf", "module \"self\" {\n  source = \"./\"\n  count = 2\n}\n"
                                 "module \"a\" {\n  source = \"./a\"\n}\n"
                                 "module \"wide\" {\n  source = \"./w\"\n  count = 60\n}\n"
                                 "resource \"x_t\" \"root\" {}\n");
    write_file(t.dir, "a/main.tf", "module \"back\" {\n  source = \"../a\"\n}\nresource \"x_t\" \"in_a\" {}\n");
    write_file(t.dir, "w/main.tf", "module \"inner\" {\n  source = \"./i\"\n  count = 60\n}\n");
    write_file(t.dir, "w/i/main.tf", "resource \"x_t\" \"leaf\" {}\n");
    tf_read(&t, NULL);
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    assert_diag(&t, "W406", "/main.tf", 2, 12);
    need(&t, "x_t.root");
    need(&t, "module.a.x_t.in_a");
    ck_assert_ptr_null(res(&t, "module.a.module.back.x_t.in_a"));
    size_t leaves = 0, capped = 0;
    for (size_t i = 0; i < t.set.n; i++)
        leaves += strstr(t.set.items[i].address, "x_t.leaf") != NULL;
    for (size_t i = 0; i < t.diags.n; i++)
        capped += strstr(t.diags.items[i].message, "module instances") != NULL;
    ck_assert_uint_eq(capped, 1);
    ck_assert_uint_lt(leaves, 2000);
    ck_assert_uint_gt(leaves, 1000);
    tf_free(&t);
}
END_TEST

START_TEST(read_file_dispatch)
{
    tf t;
    tf_init(&t);
    write_file(t.dir, "a.tf", "resource \"x_t\" \"a\" {}\n");
    write_file(t.dir, "b.tf", "resource \"x_t\" \"b\" {}\n");
    write_file(t.dir, "terraform.tfvars", "x = 1\n");
    char path[512];
    /* Any file of the module reads the whole module: b.tf alone gives a and b. */
    snprintf(path, sizeof path, "%s/b.tf", t.dir);
    ck_assert_int_eq(ward_hcl_read_file(&t.set, &t.src, path, NULL, &t.diags), 1);
    ck_assert_uint_eq(t.set.n, 2);
    snprintf(path, sizeof path, "%s/a.tf.bak", t.dir);
    ck_assert_int_eq(ward_hcl_read_file(&t.set, &t.src, path, NULL, &t.diags), 0);
    ck_assert_int_eq(ward_hcl_is_tf("x.tf"), 1);
    ck_assert_int_eq(ward_hcl_is_tf("x.tfvars"), 2);
    ck_assert_int_eq(ward_hcl_is_tf("x.tf.json"), 0);
    tf_free(&t);
}
END_TEST

START_TEST(cycles_and_unknown_functions)
{
    tf t;
    tf_one(&t, "locals {\n  a = local.b\n  b = local.a\n}\n"
               "resource \"x_t\" \"a\" {\n  v = local.a\n  w = x_t.a.v\n  f = nosuchfn(1, 2)\n  e = var.nope\n}\n");
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    const ward_resource *r = need(&t, "x_t.a");
    ck_assert_int_eq(at(r->body, "v")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r->body, "w")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r->body, "f")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r->body, "e")->kind, WARD_N_UNKNOWN);
    tf_free(&t);
}
END_TEST

/* ---- the shared corpus ---- */

static void check_located(const ward_sources *src, const ward_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        ward_span s = d->items[i].span;
        if (d->items[i].code == WARD_D_IO_READ)
            continue;
        const ward_source *f = ward_sources_get(src, s.file);
        ck_assert_msg(f && s.start <= s.end && s.end <= f->len, "unlocated diagnostic: %s", d->items[i].message);
    }
}

typedef struct corpus_stats {
    int dirs, ok, resources;
} corpus_stats;

static int has_tf(const char *dir)
{
    DIR *d = opendir(dir);
    int found = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) && !found) {
        size_t n = strlen(e->d_name);
        found = n > 3 && !strcmp(e->d_name + n - 3, ".tf");
    }
    if (d)
        closedir(d);
    return found;
}

static void corpus_dir(corpus_stats *st, const char *dir)
{
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    ward_resource_set_init(&set);
    int rc = ward_hcl_read_dir(&set, &src, dir, NULL, &diags);
    ck_assert_msg(rc == WARD_READ_OK || diags.errors > 0, "%s: error without diagnostic", dir);
    check_located(&src, &diags);
    for (size_t i = 0; i < set.n; i++) {
        const ward_resource *r = &set.items[i];
        const ward_source *f = ward_sources_get(&src, r->span.file);
        ck_assert(r->body && r->body->kind == WARD_N_OBJECT && f && r->span.end <= f->len);
    }
    if (rc != WARD_READ_OK)
        for (size_t i = 0; i < diags.n; i++)
            if (diags.items[i].severity == WARD_DIAG_ERROR) {
                ward_pos p = ward_source_pos(&src, diags.items[i].span.file, diags.items[i].span.start);
                fprintf(stderr, "corpus: %s:%u:%u: %s\n", ward_sources_get(&src, diags.items[i].span.file)->path,
                        p.line, p.col, diags.items[i].message);
            }
    st->dirs++;
    st->ok += rc == WARD_READ_OK;
    st->resources += (int)set.n;
    ward_resource_set_free(&set);
    ward_diags_free(&diags);
    ward_sources_free(&src);
}

static void walk_corpus(corpus_stats *st, const char *dir, int depth)
{
    if (depth > 20)
        return;
    if (has_tf(dir))
        corpus_dir(st, dir);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
            walk_corpus(st, path, depth + 1);
    }
    if (d)
        closedir(d);
}

START_TEST(corpus_loads)
{
    const char *root = tu_corpus_dir();
    if (!root)
        return;
    char top[4096];
    snprintf(top, sizeof top, "%s", root);
    corpus_stats st = {0, 0, 0};
    walk_corpus(&st, top, 0);
    fprintf(stderr, "corpus: %d module directories, %d read without error, %d resources\n", st.dirs, st.ok,
            st.resources);
    ck_assert_int_gt(st.dirs, 10);
    ck_assert_int_eq(st.ok, st.dirs);
}
END_TEST

/* HCL against plan: resources by address, and known leaf values. */
typedef struct agree {
    int plan_res, hcl_res, matched, values, same, normalised;
} agree;

static int is_leaf(const ward_node *n)
{
    return n->kind == WARD_N_STRING || n->kind == WARD_N_NUMBER || n->kind == WARD_N_BOOL;
}

/* The provider stores locations normalised ("West Europe" -> "westeurope"). */
static int same_location(const ward_node *h, const ward_node *p)
{
    char a[128], b[128];
    size_t na = 0, nb = 0;
    for (uint32_t i = 0; i < h->len && na < sizeof a - 1; i++)
        if (h->u.str[i] != ' ')
            a[na++] = (char)(h->u.str[i] | 0x20);
    for (uint32_t i = 0; i < p->len && nb < sizeof b - 1; i++)
        b[nb++] = p->u.str[i];
    return na == nb && !memcmp(a, b, na);
}

static void compare_values(agree *a, const ward_node *h, const ward_node *p, const char *path, int depth, int dry);

/* Sets come back from the provider in its own order: an item is matched
 * with the plan item it agrees with entirely, else by position. */
static const ward_node *match_item(const ward_node *h, const ward_node *p, uint32_t i)
{
    for (uint32_t j = 0; j < p->len; j++) {
        agree t = {0, 0, 0, 0, 0, 0};
        compare_values(&t, h, p->u.items[j], "", 0, 1);
        if (t.values > 0 && t.same == t.values)
            return p->u.items[j];
    }
    return i < p->len ? p->u.items[i] : NULL;
}

static void compare_values(agree *a, const ward_node *h, const ward_node *p, const char *path, int depth, int dry)
{
    if (!h || !p || depth > 32)
        return;
    if (is_leaf(h)) {
        if (!is_leaf(p))
            return;
        a->values++;
        int same = h->kind == p->kind &&
                   (h->kind == WARD_N_NUMBER ? h->u.num == p->u.num
                    : h->kind == WARD_N_BOOL ? h->u.b == p->u.b
                                             : h->len == p->len && !memcmp(h->u.str, p->u.str, h->len));
        if (!same && h->kind == WARD_N_STRING && p->kind == WARD_N_STRING && strstr(path, "location") &&
            same_location(h, p)) {
            a->normalised++;
            same = 1;
        }
        a->same += same;
        if (!same && !dry)
            fprintf(stderr, "agreement: %s differs\n", path);
        return;
    }
    if (h->kind == WARD_N_OBJECT && p->kind == WARD_N_OBJECT) {
        for (uint32_t i = 0; i < h->len; i++) {
            const ward_member *pm = ward_node_member(p, h->u.members[i].key, h->u.members[i].klen);
            char sub[512];
            snprintf(sub, sizeof sub, "%s.%.*s", path, (int)h->u.members[i].klen, h->u.members[i].key);
            if (pm)
                compare_values(a, h->u.members[i].value, pm->value, sub, depth + 1, dry);
        }
    } else if (h->kind == WARD_N_ARRAY && p->kind == WARD_N_ARRAY) {
        for (uint32_t i = 0; i < h->len; i++) {
            char sub[512];
            snprintf(sub, sizeof sub, "%s[%u]", path, i);
            compare_values(a, h->u.items[i], match_item(h->u.items[i], p, i), sub, depth + 1, dry);
        }
    }
}

static void compare_pair(agree *a, const char *tf_path, const char *plan_path)
{
    tf t;
    tf_init(&t);
    size_t len;
    char *text = tu_read_file(tf_path, &len);
    ck_assert_ptr_nonnull(text);
    write_file(t.dir, "main.tf", text);
    free(text);
    tf_read(&t, NULL);
    ck_assert_int_eq(t.rc, WARD_READ_OK);
    ward_sources psrc;
    ward_diags pd;
    ward_resource_set pset;
    ward_sources_init(&psrc);
    ward_diags_init(&pd);
    ward_resource_set_init(&pset);
    uint32_t id = ward_sources_load(&psrc, plan_path);
    ward_doc *doc = ward_malloc(sizeof *doc);
    ward_doc_init(doc, id);
    ck_assert_int_eq(ward_json_parse(doc, &psrc, id, NULL, &pd), 0);
    ck_assert_int_eq(ward_tfplan_read(&pset, doc, &psrc, NULL, &pd), WARD_READ_OK);
    for (size_t i = 0; i < t.set.n; i++)
        a->hcl_res += strcmp(t.set.items[i].type, "terraform_output") != 0;
    for (size_t i = 0; i < pset.n; i++) {
        const ward_resource *pr = &pset.items[i];
        const ward_resource *hr = res(&t, pr->address);
        a->plan_res++;
        if (!hr || strcmp(hr->type, pr->type) != 0) {
            fprintf(stderr, "agreement: %s: %s only in the plan\n", plan_path, pr->address);
            continue;
        }
        a->matched++;
        compare_values(a, hr->body, pr->body, pr->address, 0, 0);
    }
    ward_resource_set_free(&pset);
    ward_diags_free(&pd);
    ward_sources_free(&psrc);
    tf_free(&t);
}

static void walk_pairs(agree *a, const char *dir, int depth)
{
    DIR *d = depth < 20 ? opendir(dir) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096], plan[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0)
            continue;
        if (S_ISDIR(sb.st_mode)) {
            walk_pairs(a, path, depth + 1);
            continue;
        }
        size_t n = strlen(path);
        if (n < 4 || strcmp(path + n - 3, ".tf") != 0)
            continue;
        snprintf(plan, sizeof plan, "%.*s.json", (int)(n - 3), path);
        if (access(plan, R_OK) == 0)
            compare_pair(a, path, plan);
    }
    if (d)
        closedir(d);
}

START_TEST(corpus_agrees_with_plans)
{
    const char *root = tu_corpus_dir();
    if (!root)
        return;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/regula", root);
    agree a = {0, 0, 0, 0, 0, 0};
    walk_pairs(&a, dir, 0);
    fprintf(stderr, "agreement: %d plan resources, %d HCL resources, %d matched by address and type; "
                    "%d of %d known values equal (%d after the provider's location normalisation)\n", a.plan_res, a.hcl_res,
            a.matched, a.same, a.values, a.normalised);
    ck_assert_int_gt(a.plan_res, 0);
    ck_assert_int_eq(a.matched, a.plan_res);
    ck_assert_int_eq(a.same, a.values);
}
END_TEST

static Suite *hcl_suite(void)
{
    Suite *s = suite_create("hcl");
    TCase *c = tcase_create("syntax");
    tcase_add_test(c, literals_and_strings);
    tcase_add_test(c, heredocs_and_templates);
    tcase_add_test(c, expressions);
    tcase_add_test(c, positions);
    tcase_add_test(c, syntax_errors);
    suite_add_tcase(s, c);
    c = tcase_create("semantics");
    tcase_add_test(c, count_for_each_dynamic);
    tcase_add_test(c, references);
    tcase_add_test(c, tfvars_origins);
    tcase_add_test(c, modules);
    tcase_add_test(c, outputs_and_meta);
    tcase_add_test(c, read_file_dispatch);
    tcase_add_test(c, azapi_unknown_type_noted);
    tcase_add_test(c, values_placed_at_use);
    tcase_add_test(c, azapi_jsonencode_body);
    tcase_add_test(c, data_sources);
    tcase_add_test(c, module_cycles_and_fanout);
    tcase_add_test(c, cycles_and_unknown_functions);
    suite_add_tcase(s, c);
    c = tcase_create("corpus");
    tcase_set_timeout(c, 120);
    tcase_add_test(c, corpus_loads);
    tcase_add_test(c, corpus_agrees_with_plans);
    suite_add_tcase(s, c);
    return s;
}

int main(void)
{
    return tu_run(hcl_suite());
}
