/* check_bicep.c: the Bicep reader (src/readers/bicep): the whole syntax
 * (every statement kind, decorators, types, expressions, comments, CRLF,
 * BOM), located syntax errors, ARM-shaped resources with exact line:col of
 * properties, parameters (defaults, .bicepparam pairing, module inputs),
 * variables, operators, lambdas, user functions, imports, nested / parent /
 * slash-named children, loops, conditions, existing resources, extension
 * scopes, modules with chains, load*Content; and, with ../shared/corpus, that
 * every .bicep and .bicepparam file loads and that the resources of each
 * bicep-lang-samples main.bicep agree with its compiled main.json. */
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "doc/resource.h"
#include "eval/eval.h"
#include "readers/arm/arm.h"
#include "readers/bicep/bicep.h"
#include "readers/json/json.h"
#include "base/alloc.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* --- fixture: files in a temporary directory ------------------------------ */

typedef struct fx {
    char dir[64];
    ward_sources src;
    ward_diags diags;
    ward_resource_set set;
    uint32_t id;
    int rc;
} fx;

static void fx_file(fx *f, const char *name, const char *text)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", f->dir, name);
    char *slash = strrchr(p, '/');
    *slash = 0;
    mkdir(p, 0700);
    *slash = '/';
    FILE *fp = fopen(p, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
}

static void fx_init(fx *f)
{
    memset(f, 0, sizeof *f);
    strcpy(f->dir, "/tmp/ward-bicep-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(f->dir));
    ward_sources_init(&f->src);
    ward_diags_init(&f->diags);
    ward_resource_set_init(&f->set);
}

static void fx_read(fx *f, const char *name)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", f->dir, name);
    f->id = ward_sources_load(&f->src, p);
    ck_assert_uint_ne(f->id, WARD_NO_FILE);
    f->rc = ward_bicep_read(&f->set, &f->src, f->id, NULL, &f->diags);
}

/* Writes main.bicep and reads it. */
static void fx_main(fx *f, const char *text)
{
    fx_init(f);
    fx_file(f, "main.bicep", text);
    fx_read(f, "main.bicep");
}

static void fx_free(fx *f)
{
    ward_resource_set_free(&f->set);
    ward_diags_free(&f->diags);
    ward_sources_free(&f->src);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    ck_assert_int_eq(system(cmd), 0);
}

static const ward_resource *res(fx *f, size_t i)
{
    ck_assert_uint_lt(i, f->set.n);
    return &f->set.items[i];
}

/* The node at a dotted path of a resource body. */
static const ward_node *at(const ward_resource *r, const char *path)
{
    const ward_node *n = r->body;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *tok = strtok(buf, "."); tok && n; tok = strtok(NULL, ".")) {
        if (n->kind == WARD_N_ARRAY)
            n = ward_node_at(n, (size_t)atoi(tok));
        else
            n = ward_node_get(n, tok);
    }
    return n;
}

static char *dump(const ward_node *n)
{
    static char out[4096];
    ward_writer w;
    ward_writer_mem(&w);
    ward_eval_dump(&w, n);
    snprintf(out, sizeof out, "%s", w.buf ? w.buf : "");
    ward_writer_free(&w);
    return out;
}

static void expect_value(const ward_resource *r, const char *path, const char *json)
{
    const ward_node *n = at(r, path);
    ck_assert_msg(n != NULL, "%s: missing", path);
    ck_assert_str_eq(dump(n), json);
}

static void expect_pos(fx *f, ward_span s, uint32_t line, uint32_t col)
{
    ward_pos p = ward_source_pos(&f->src, s.file, s.start);
    ck_assert_msg(p.line == line && p.col == col, "at %u:%u, want %u:%u", p.line, p.col, line, col);
}

static void expect_ok(fx *f)
{
    if (f->rc != WARD_READ_OK || f->diags.errors) {
        ward_writer w;
        ward_writer_file(&w, stderr);
        ward_diags_render(&w, &f->src, &f->diags, 0);
    }
    ck_assert_int_eq(f->rc, WARD_READ_OK);
    ck_assert_uint_eq(f->diags.errors, 0);
}

/* --- syntax ---------------------------------------------------------------- */

static const char *all_syntax =
    "\xEF\xBB\xBF// every construct, one file\r\n"
    "targetScope = 'resourceGroup'\r\n"
    "metadata info = { owner: 'me' }\n"
    "import * as shared from 'shared.bicep'\n"
    "import { double, prefix as pre } from 'shared.bicep'\n"
    "import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.6.1'\n"
    "extension microsoftGraphV1_0\n"
    "#disable-next-line no-unused-params\n"
    "@description('a string')\n@minLength(1)\nparam s string = 'x'\n"
    "@secure()\nparam pw string?\n"
    "@allowed([\n  'a'\n  'b'\n])\nparam choice string = 'a'\n"
    "param obj { a: int, b: string? } = { a: 1 }\n"
    "param u 'x' | 'y' = 'x'\n"
    "param arr int[] = [1, 2, 3]\n"
    "param tagsIn resourceInput<'Microsoft.Resources/resourceGroups@2025-04-01'>.tags = {}\n"
    "@export()\ntype pair = [string, int]\n"
    "@sealed()\ntype rec = {\n  @description('k')\n  key: string\n  *: int\n}\n"
    "@discriminator('kind')\ntype du = { kind: 'a' } | { kind: 'b', v: int }\n"
    "type many = rec[]?\n"
    "func add(a int, b int) int => a + b\n"
    "var multi = '''\nline1\nline2'''\n"
    "var interp = 'a-${s}-${1 + 2}-${obj.a}'\n"
    "var ops = {\n  t: 1 < 2 && !(2 <= 1) || false\n  ci: 'ABC' =~ 'abc'\n  nci: 'a' !~ 'A'\n"
    "  tern: true ? 'yes' : 'no'\n  coal: null ?? 'dflt'\n  safe: obj.?missing\n  safe2: obj[?'missing']\n"
    "  nn: obj.a!\n  arith: (7 % 4) * 2 - 10 / 5\n  neg: -3\n  fn: add(2, 3)\n  sys: sys.concat('a', 'b')\n"
    "  az: az.resourceGroup().name\n  ns: shared.double(4)\n  imp: double(5)\n  pre: pre\n"
    "  multiLineTernary: contains(arr, 2)\n    ? 'has'\n    : 'not'\n"
    "}\n"
    "var single = { a: 1, b: [1, 2], 'quoted key': true, '${s}k': 2 }\n"
    "var spread = { ...single, c: 3 }\n"
    "var spreadArr = [...arr, 4]\n"
    "var lambdas = {\n  m: map(arr, x => x * 10)\n  f: filter(arr, x => x > 1)\n"
    "  r: reduce(arr, 0, (acc, x) => acc + x)\n  s: sort([3, 1, 2], (a, b) => a < b)\n"
    "  o: toObject(['a', 'b'], k => k, k => toUpper(k))\n  g: groupBy(['ab', 'ac', 'b'], x => substring(x, 0, 1))\n"
    "  mi: map(arr, (x, i) => i)\n  mv: mapValues({ a: 1 }, v => v + 1)\n}\n"
    "var comp = [for (x, i) in arr: {\n  x: x\n  i: i\n}]\n"
    "var filt = [for x in arr: if (x > 1) x]\n"
    "/* a block\n comment */\n"
    "assert positive = length(arr) > 0\n"
    "output out string = interp\n"
    "output typed { a: int } = { a: 1 }\n"
    "output o2 resource 'Microsoft.Storage/storageAccounts@2023-01-01' = sa\n"
    "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'st${s}'\n  location: 'eastus'\n"
    "  properties: {\n    resource: { id: 'cosmos-style key' }\n    if: 'kw key'\n  }\n}\n";

static const char *shared_bicep =
    "@export()\nfunc double(x int) int => x * 2\n"
    "@export()\nvar prefix = 'pfx'\n";

/* Reads a var of the (only) file through an output-free trick: a resource
 * whose properties hold the value. */
START_TEST(whole_syntax_parses)
{
    fx f;
    fx_init(&f);
    fx_file(&f, "shared.bicep", shared_bicep);
    char *text = malloc(strlen(all_syntax) + 512);
    sprintf(text, "%s%s", all_syntax,
            "resource probe 'Microsoft.Probe/values@1' = {\n  name: 'p'\n  properties: {\n    ops: ops\n"
            "    lambdas: lambdas\n    comp: comp\n    filt: filt\n    multi: multi\n    interp: interp\n"
            "    spread: spread\n    spreadArr: spreadArr\n    single: single\n  }\n}\n");
    fx_file(&f, "main.bicep", text);
    free(text);
    fx_read(&f, "main.bicep");
    expect_ok(&f);
    ck_assert_uint_eq(f.set.n, 5);   /* two resources and three outputs */
    const ward_resource *p = NULL;
    for (size_t i = 0; i < f.set.n && !p; i++)
        if (at(res(&f, i), "properties.ops"))
            p = res(&f, i);
    ck_assert_ptr_nonnull(p);
    expect_value(p, "properties.ops.t", "true");
    expect_value(p, "properties.ops.ci", "true");
    expect_value(p, "properties.ops.nci", "false");
    expect_value(p, "properties.ops.tern", "\"yes\"");
    expect_value(p, "properties.ops.coal", "\"dflt\"");
    expect_value(p, "properties.ops.safe", "null");
    expect_value(p, "properties.ops.safe2", "null");
    expect_value(p, "properties.ops.nn", "1");
    expect_value(p, "properties.ops.arith", "4");
    expect_value(p, "properties.ops.neg", "-3");
    expect_value(p, "properties.ops.fn", "5");
    expect_value(p, "properties.ops.sys", "\"ab\"");
    expect_value(p, "properties.ops.ns", "8");
    expect_value(p, "properties.ops.imp", "10");
    expect_value(p, "properties.ops.pre", "\"pfx\"");
    expect_value(p, "properties.ops.multiLineTernary", "\"has\"");
    ck_assert_int_eq(at(p, "properties.ops.az")->kind, WARD_N_UNKNOWN);
    expect_value(p, "properties.lambdas.m", "[10,20,30]");
    expect_value(p, "properties.lambdas.f", "[2,3]");
    expect_value(p, "properties.lambdas.r", "6");
    expect_value(p, "properties.lambdas.s", "[1,2,3]");
    expect_value(p, "properties.lambdas.o", "{\"a\":\"A\",\"b\":\"B\"}");
    expect_value(p, "properties.lambdas.g", "{\"a\":[\"ab\",\"ac\"],\"b\":[\"b\"]}");
    expect_value(p, "properties.lambdas.mi", "[0,1,2]");
    expect_value(p, "properties.lambdas.mv", "{\"a\":2}");
    expect_value(p, "properties.comp", "[{\"x\":1,\"i\":0},{\"x\":2,\"i\":1},{\"x\":3,\"i\":2}]");
    expect_value(p, "properties.filt", "[2,3]");
    expect_value(p, "properties.multi", "\"line1\\nline2\"");
    expect_value(p, "properties.interp", "\"a-x-3-1\"");
    expect_value(p, "properties.spread", "{\"a\":1,\"b\":[1,2],\"quoted key\":true,\"xk\":2,\"c\":3}");
    expect_value(p, "properties.spreadArr", "[1,2,3,4]");
    const ward_resource *sa = NULL;
    for (size_t i = 0; i < f.set.n && !sa; i++)
        if (at(res(&f, i), "properties.if"))
            sa = res(&f, i);
    ck_assert_ptr_nonnull(sa);
    expect_value(sa, "name", "\"stx\"");
    expect_value(sa, "properties.resource.id", "\"cosmos-style key\"");
    expect_value(sa, "properties.if", "\"kw key\"");
    fx_free(&f);
}
END_TEST

static void expect_error(const char *text, uint32_t line, uint32_t col, const char *msg)
{
    fx f;
    fx_main(&f, text);
    ck_assert_int_eq(f.rc, WARD_READ_ERROR);
    ck_assert_uint_ge(f.diags.n, 1);
    const ward_diag *g = &f.diags.items[0];
    ck_assert_int_eq(g->code, WARD_D_DOC_SYNTAX);
    expect_pos(&f, g->span, line, col);
    ck_assert_msg(strstr(g->message, msg) != NULL, "message '%s' lacks '%s'", g->message, msg);
    fx_free(&f);
}

START_TEST(syntax_errors_located)
{
    expect_error("param storageAccountType = 'Standard_LRS'\n", 1, 1, "needs a type");
    expect_error("var x = {\n  a: 1\n  b: \n}\n", 4, 1, "unexpected");
    expect_error("var x = 'unterminated\n", 1, 9, "unterminated string");
    expect_error("resource r 'T@1' = {\n  name: 'a'\n", 3, 1, "end of file");
    expect_error("var a = 1 +\n", 2, 1, "unexpected");
    expect_error("var a = ~1\n", 1, 9, "unexpected character");
    expect_error("/* open comment\n", 1, 1, "unterminated comment");
    expect_error("var x = '\\q'\n", 1, 10, "invalid escape");
    expect_error("using './main.bicep'\n", 1, 1, ".bicepparam");
    expect_error("foo bar = 1\n", 1, 1, "unexpected identifier 'foo'");
}
END_TEST

START_TEST(empty_and_comments_only)
{
    fx f;
    fx_main(&f, "");
    expect_ok(&f);
    ck_assert_uint_eq(f.set.n, 0);
    fx_free(&f);
    fx_main(&f, "// nothing\n/* at all */\n\n");
    expect_ok(&f);
    fx_free(&f);
}
END_TEST

/* --- resources ------------------------------------------------------------- */

START_TEST(resource_shape_and_spans)
{
    fx f;
    fx_main(&f, "param local bool = false\n"
                "resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n"
                "  name: 'ai'\n"
                "  location: 'eastus'\n"
                "  properties: {\n"
                "    disableLocalAuth: local\n"
                "  }\n"
                "}\n");
    expect_ok(&f);
    const ward_resource *r = res(&f, 0);
    ck_assert_int_eq(r->family, WARD_FAM_ARM);
    ck_assert_str_eq(r->type, "Microsoft.CognitiveServices/accounts");
    ck_assert_str_eq(r->name, "ai");
    ck_assert_str_eq(r->address, "acct");
    ck_assert_ptr_null(r->chain);
    expect_pos(&f, r->span, 2, 1);
    expect_value(r, "apiVersion", "\"2024-10-01\"");
    const ward_node *v = at(r, "properties.disableLocalAuth");
    expect_pos(&f, v->span, 6, 23);
    const char *label = NULL;
    const ward_span *o = ward_node_origin(v, &label);
    ck_assert_ptr_nonnull(o);
    expect_pos(&f, *o, 1, 20);
    ck_assert_str_eq(label, "parameter 'local' default");
    const ward_member *m = ward_node_member(at(r, "properties"), "disableLocalAuth", 16);
    ward_span ks = {r->span.file, m->kstart, m->kstart + 1};
    expect_pos(&f, ks, 6, 5);
    fx_free(&f);
}
END_TEST

START_TEST(children_nested_parent_slash)
{
    fx f;
    fx_main(&f, "resource vnet 'Microsoft.Network/virtualNetworks@2023-04-01' = {\n"
                "  name: 'vnet'\n"
                "  resource sub 'subnets' = {\n"
                "    name: 'a'\n"
                "  }\n"
                "}\n"
                "resource sub2 'Microsoft.Network/virtualNetworks/subnets@2023-04-01' = {\n"
                "  parent: vnet\n"
                "  name: 'b'\n"
                "}\n"
                "resource sub3 'Microsoft.Network/virtualNetworks/subnets@2023-04-01' = {\n"
                "  name: 'vnet/c'\n"
                "}\n"
                "var subId = vnet::sub.id\n"
                "resource use 'Microsoft.X/y@1' = {\n  name: 'u'\n  properties: {\n    id: subId\n    n: sub2.name\n  }\n}\n");
    expect_ok(&f);
    ck_assert_uint_eq(f.set.n, 5);
    ck_assert_str_eq(res(&f, 1)->type, "Microsoft.Network/virtualNetworks/subnets");
    ck_assert_str_eq(res(&f, 1)->name, "vnet/a");
    ck_assert_int_eq(res(&f, 1)->parent, 0);
    expect_value(res(&f, 1), "apiVersion", "\"2023-04-01\"");
    ck_assert_str_eq(res(&f, 2)->name, "vnet/b");
    ck_assert_int_eq(res(&f, 2)->parent, 0);
    ck_assert_str_eq(res(&f, 3)->name, "vnet/c");
    ck_assert_ptr_null(at(res(&f, 2), "parent"));
    expect_value(res(&f, 4), "properties.id",
                 "\"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/"
                 "Microsoft.Network/virtualNetworks/vnet/subnets/a\"");
    expect_value(res(&f, 4), "properties.n", "\"b\"");   /* a child's .name is its own name, as in Bicep */
    fx_free(&f);
}
END_TEST

START_TEST(loops_conditions_existing)
{
    fx f;
    fx_main(&f, "param names array = ['a', 'b', 'c']\n"
                "param on bool = false\n"
                "param unknownFlag bool\n"
                "@batchSize(1)\n"
                "resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = [for (n, i) in names: if (n != 'b') {\n"
                "  name: '${n}${i}'\n"
                "}]\n"
                "resource off 'Microsoft.X/y@1' = if (on) {\n  name: 'off'\n}\n"
                "resource maybe 'Microsoft.X/y@1' = if (unknownFlag) {\n  name: 'maybe'\n}\n"
                "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv'\n}\n"
                "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n"
                "  name: guid(kv.id, 'r')\n  scope: kv\n  properties: {\n    roleDefinitionId: 'x'\n"
                "    uri: kv.properties.vaultUri\n    first: st[0].name\n  }\n}\n");
    expect_ok(&f);
    ck_assert_uint_eq(f.set.n, 5);
    ck_assert_str_eq(res(&f, 0)->name, "a0");
    ck_assert_str_eq(res(&f, 1)->name, "c2");
    ck_assert_str_eq(res(&f, 1)->address, "st[2]");
    ck_assert_uint_eq(res(&f, 0)->flags, WARD_RF_LOOP);
    ck_assert_str_eq(res(&f, 2)->name, "maybe");
    ck_assert_uint_eq(res(&f, 2)->flags, WARD_RF_CONDITIONAL);
    ck_assert_uint_eq(res(&f, 3)->flags, WARD_RF_EXISTING);
    const ward_resource *ra = res(&f, 4);
    expect_value(ra, "scope", "\"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/"
                              "Microsoft.KeyVault/vaults/kv\"");
    ck_assert_int_eq(at(ra, "properties.uri")->kind, WARD_N_UNKNOWN);
    expect_value(ra, "properties.first", "\"a0\"");
    fx_free(&f);
}
END_TEST

START_TEST(modules_and_chains)
{
    fx f;
    fx_init(&f);
    fx_file(&f, "modules/ai.bicep",
            "param name string\nparam local bool = true\n"
            "resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n"
            "  name: name\n  properties: {\n    disableLocalAuth: local\n  }\n}\n"
            "output id string = acct.id\noutput n string = acct.name\n");
    fx_file(&f, "main.bicep",
            "module ai 'modules/ai.bicep' = {\n  name: 'aiDeploy'\n  params: {\n    name: 'acct1'\n    local: false\n  }\n}\n"
            "module reg 'br/public:avm/res/x:1.0' = {\n  name: 'reg'\n}\n"
            "resource use 'Microsoft.X/y@1' = {\n  name: ai.outputs.n\n}\n");
    fx_read(&f, "main.bicep");
    expect_ok(&f);
    ck_assert_uint_eq(f.diags.n, 1);   /* the registry note */
    ck_assert_int_eq(f.diags.items[0].code, WARD_D_DOC_NOTE);
    ck_assert_uint_eq(f.set.n, 6);   /* + the module's two outputs */
    ck_assert_str_eq(res(&f, 0)->type, "Microsoft.Resources/deployments");
    ck_assert_str_eq(res(&f, 0)->name, "aiDeploy");
    const ward_resource *acct = res(&f, 1);
    ck_assert_str_eq(acct->name, "acct1");
    ck_assert_str_eq(acct->chain, "main.bicep > modules/ai.bicep");
    const ward_node *v = at(acct, "properties.disableLocalAuth");
    ck_assert_str_eq(dump(v), "false");
    expect_pos(&f, v->span, 6, 23);   /* in the module file */
    ck_assert_str_eq(ward_sources_get(&f.src, v->span.file)->path + strlen(f.dir), "/modules/ai.bicep");
    const char *label;
    const ward_span *o = ward_node_origin(v, &label);
    ck_assert_ptr_nonnull(o);
    expect_pos(&f, *o, 5, 12);        /* the module input in main.bicep */
    ck_assert_str_eq(res(&f, 2)->type, "Microsoft.Resources/deployments/outputs");
    ck_assert_str_eq(res(&f, 5)->name, "acct1");
    fx_free(&f);
}
END_TEST

START_TEST(bicepparam_pairing_and_extends)
{
    fx f;
    fx_init(&f);
    fx_file(&f, "main.bicep", "param sku string = 'S0'\nparam region string\nparam env string = 'x'\n"
                              "resource r 'Microsoft.X/y@1' = {\n  name: '${sku}-${region}-${env}'\n}\n");
    fx_file(&f, "base.bicepparam", "using none\nparam env = 'prod'\n");
    fx_file(&f, "main.bicepparam", "using './main.bicep'\nextends 'base.bicepparam'\nvar r = 'west'\n"
                                   "param region = '${r}eu'\nparam sku = readEnvironmentVariable('WARD_NOPE_VAR', 'S1')\n");
    fx_file(&f, "other.bicepparam", "using 'other.bicep'\nparam sku = 'NO'\n");
    fx_read(&f, "main.bicep");
    expect_ok(&f);
    ck_assert_str_eq(res(&f, 0)->name, "S1-westeu-prod");
    ward_resource_set_free(&f.set);
    ward_resource_set_init(&f.set);
    fx_read(&f, "main.bicepparam");   /* named directly: reads its template */
    expect_ok(&f);
    ck_assert_str_eq(res(&f, 0)->name, "S1-westeu-prod");
    fx_free(&f);
}
END_TEST

START_TEST(load_content)
{
    fx f;
    fx_init(&f);
    fx_file(&f, "policy.xml", "<policies><inbound/></policies>");
    fx_file(&f, "cfg.json", "{\"a\": {\"b\": 42}}");
    fx_file(&f, "main.bicep", "resource p 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {\n"
                              "  name: 'svc/api/policy'\n  properties: {\n    value: loadTextContent('policy.xml')\n"
                              "    cfg: loadJsonContent('cfg.json').a.b\n    cfg2: loadJsonContent('cfg.json', '$.a')\n"
                              "    missing: loadTextContent('nope.xml')\n  }\n}\n");
    fx_read(&f, "main.bicep");
    ck_assert_int_eq(f.rc, WARD_READ_OK);
    const ward_resource *r = res(&f, 0);
    expect_value(r, "properties.value", "\"<policies><inbound/></policies>\"");
    expect_pos(&f, at(r, "properties.value")->span, 4, 12);
    expect_value(r, "properties.cfg", "42");
    expect_value(r, "properties.cfg2", "{\"b\":42}");
    ck_assert_int_eq(at(r, "properties.missing")->kind, WARD_N_UNKNOWN);
    ck_assert_uint_eq(f.diags.n, 1);
    fx_free(&f);
}
END_TEST

/* Items of a parameter used elsewhere are reported where it is used, with
 * the default as their origin. */
START_TEST(param_items_placed_at_use)
{
    fx f;
    fx_main(&f, "param r array = [\n  { value: '0.0.0.0/0' }\n]\n"
                "resource a 'Microsoft.X/y@1' = {\n  name: 'a'\n  properties: {\n    rules: r\n  }\n}\n");
    expect_ok(&f);
    const ward_node *v = at(res(&f, 0), "properties.rules.0.value");
    ck_assert_ptr_nonnull(v);
    expect_pos(&f, v->span, 7, 12);
    const char *label = NULL;
    const ward_span *o = ward_node_origin(v, &label);
    ck_assert_ptr_nonnull(o);
    expect_pos(&f, *o, 2, 12);
    ck_assert_str_eq(label, "parameter 'r' default");
    fx_free(&f);
}
END_TEST

START_TEST(unknowns_propagate)
{
    fx f;
    fx_main(&f, "param p string\n"
                "resource a 'Microsoft.X/y@1' = {\n  name: 'a'\n  properties: {\n"
                "    u: p\n    cat: 'x${p}'\n    andFalse: false && (p == 'x')\n    orTrue: (p == 'x') || true\n"
                "    ternSame: p == 'x' ? 1 : 1\n    coal: p ?? 'd'\n    eq: p == 'x'\n    key: a2.listKeys().keys[0].value\n"
                "    cs: 'E=${a2.properties.primaryEndpoints.blob};K=${a2.listKeys().keys[0].value}'\n"
                "  }\n}\n"
                "resource a2 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'b'\n}\n");
    expect_ok(&f);
    const ward_resource *r = res(&f, 0);
    ck_assert_int_eq(at(r, "properties.u")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r, "properties.cat")->kind, WARD_N_UNKNOWN);
    expect_value(r, "properties.andFalse", "false");
    expect_value(r, "properties.orTrue", "true");
    expect_value(r, "properties.ternSame", "1");
    ck_assert_int_eq(at(r, "properties.coal")->kind, WARD_N_UNKNOWN);
    ck_assert_int_eq(at(r, "properties.eq")->kind, WARD_N_UNKNOWN);
    ck_assert(at(r, "properties.key")->flags & WARD_NF_KEYCALL);
    /* the key call after an unknown hole still marks the string, which keeps its reference */
    ck_assert(at(r, "properties.cs")->flags & WARD_NF_KEYCALL);
    ck_assert(at(r, "properties.cs")->flags & WARD_NF_REFERENCE);
    fx_free(&f);
}
END_TEST

START_TEST(deep_nesting_is_an_error_not_a_crash)
{
    size_t n = 20000;
    char *t = malloc(n * 2 + 32);
    strcpy(t, "var x = ");
    size_t k = strlen(t);
    for (size_t i = 0; i < n; i++)
        t[k++] = '[';
    for (size_t i = 0; i < n; i++)
        t[k++] = ']';
    t[k++] = '\n';
    t[k] = 0;
    fx f;
    fx_main(&f, t);
    free(t);
    ck_assert_int_eq(f.rc, WARD_READ_ERROR);
    ck_assert_int_eq(f.diags.items[0].code, WARD_D_DOC_DEPTH);
    fx_free(&f);
}
END_TEST

/* --- corpus ---------------------------------------------------------------- */

typedef struct pathlist {
    char **v;
    size_t n, cap;
} pathlist;

static void walk(const char *dir, pathlist *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(p, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk(p, out);
        } else {
            size_t l = strlen(p);
            if ((l > 6 && !strcmp(p + l - 6, ".bicep")) || (l > 11 && !strcmp(p + l - 11, ".bicepparam"))) {
                if (out->n == out->cap) {
                    out->cap = out->cap ? out->cap * 2 : 64;
                    out->v = realloc(out->v, out->cap * sizeof *out->v);
                }
                out->v[out->n++] = strdup(p);
            }
        }
    }
    closedir(d);
}

START_TEST(corpus_every_file_loads)
{
    const char *corpus = tu_corpus_dir();
    if (!corpus) {
        printf("check_bicep: ../shared/corpus not found; corpus test skipped\n");
        return;
    }
    pathlist pl = {NULL, 0, 0};
    walk(corpus, &pl);
    ck_assert_uint_ge(pl.n, 160);
    size_t bad = 0;
    for (size_t i = 0; i < pl.n; i++) {
        ward_sources src;
        ward_diags d;
        ward_resource_set set;
        ward_sources_init(&src);
        ward_diags_init(&d);
        ward_resource_set_init(&set);
        uint32_t id = ward_sources_load(&src, pl.v[i]);
        ck_assert_uint_ne(id, WARD_NO_FILE);
        int rc = ward_bicep_read(&set, &src, id, NULL, &d);
        int malformed = strstr(pl.v[i], "bicep-parser-examples/malformed.bicep") != NULL;
        if (malformed) {
            ck_assert_int_eq(rc, WARD_READ_ERROR);
            ck_assert_uint_eq(d.errors, 1);
            ward_pos p = ward_source_pos(&src, d.items[0].span.file, d.items[0].span.start);
            ck_assert_uint_eq(p.line, 1);
            ck_assert_uint_eq(p.col, 1);
        } else if (rc != WARD_READ_OK || d.errors) {
            ward_writer w;
            ward_writer_file(&w, stderr);
            ward_diags_render(&w, &src, &d, 0);
            bad++;
        }
        ward_resource_set_free(&set);
        ward_diags_free(&d);
        ward_sources_free(&src);
        free(pl.v[i]);
    }
    free(pl.v);
    ck_assert_uint_eq(bad, 0);
}
END_TEST

static int skip_res(const ward_resource *r)
{
    return (r->flags & WARD_RF_EXISTING) || !strcasecmp(r->type, WARD_ARM_OUTPUT_TYPE);
}

static int known_name(const char *n)
{
    return n && !strchr(n, '{') && n[0] != '[';
}

/* Resources of main.bicep against those of the compiled main.json (read with
 * the ARM reader): same count, same types, same names where both are known,
 * and same top-level property values where both are known. */
START_TEST(corpus_agrees_with_compiled_json)
{
    const char *corpus = tu_corpus_dir();
    if (!corpus) {
        printf("check_bicep: ../shared/corpus not found; agreement test skipped\n");
        return;
    }
    static const char *dirs[] = {"Resources_CRLF", "LargeTemplate_Stress_LF", "Functions_LF", "Loops_LF", "Imports_LF"};
    size_t tot_b = 0, tot_j = 0, tot_type = 0, tot_name = 0, names_both = 0, vals = 0, vals_eq = 0;
    for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++) {
        char bp[4096], jp[4096];
        snprintf(bp, sizeof bp, "%s/bicep-lang-samples/baselines/%s/main.bicep", corpus, dirs[k]);
        snprintf(jp, sizeof jp, "%s/bicep-lang-samples/baselines/%s/main.json", corpus, dirs[k]);
        ward_sources src;
        ward_diags d;
        ward_resource_set bs, js;
        ward_sources_init(&src);
        ward_diags_init(&d);
        ward_resource_set_init(&bs);
        ward_resource_set_init(&js);
        uint32_t bid = ward_sources_load(&src, bp);
        ck_assert_int_eq(ward_bicep_read(&bs, &src, bid, NULL, &d), WARD_READ_OK);
        uint32_t jid = ward_sources_load(&src, jp);
        ward_doc *doc = ward_malloc(sizeof *doc);
        ward_doc_init(doc, jid);
        ward_json_opts jo = {1, 0};
        ck_assert_int_eq(ward_json_parse(doc, &src, jid, &jo, &d), 0);
        ck_assert_int_eq(ward_arm_read(&js, doc, &src, NULL, &d), WARD_READ_OK);
        char *used = calloc(js.n + 1, 1);
        size_t nb = 0, nj = 0, mtype = 0;
        for (size_t j = 0; j < js.n; j++)
            nj += !skip_res(&js.items[j]);
        for (size_t i = 0; i < bs.n; i++) {
            const ward_resource *b = &bs.items[i];
            if (skip_res(b))
                continue;
            nb++;
            /* a known name matches exactly; an unknown one the first unused resource of that type */
            long hit = -1;
            for (int pass = 0; pass < 2 && hit < 0; pass++)
                for (size_t j = 0; j < js.n && hit < 0; j++) {
                    const ward_resource *a = &js.items[j];
                    if (used[j] || skip_res(a) || strcasecmp(a->type, b->type))
                        continue;
                    if (pass == 0 ? (known_name(a->name) && known_name(b->name) && !strcmp(a->name, b->name))
                                  : (!known_name(a->name) || !known_name(b->name)))
                        hit = (long)j;
                }
            if (hit < 0)
                continue;
            used[hit] = 1;
            mtype++;
            const ward_resource *a = &js.items[hit];
            if (known_name(a->name) && known_name(b->name)) {
                names_both++;
                tot_name += !strcmp(a->name, b->name);
            }
            for (uint32_t m = 0; m < b->body->len; m++) {
                const ward_member *bm = &b->body->u.members[m];
                const ward_member *am = ward_node_member(a->body, bm->key, bm->klen);
                if (!am)
                    continue;
                char *x = strdup(dump(bm->value));
                const char *y = dump(am->value);
                if (!strchr(x, '?') && !strchr(y, '?') && !strchr(y, '[')) {
                    vals++;
                    vals_eq += !strcmp(x, y);
                }
                free(x);
            }
        }
        printf("check_bicep: %s: bicep %zu, json %zu, type matches %zu\n", dirs[k], nb, nj, mtype);
        ck_assert_uint_eq(nb, nj);
        ck_assert_uint_eq(mtype, nb);
        tot_b += nb;
        tot_j += nj;
        tot_type += mtype;
        free(used);
        ward_resource_set_free(&bs);
        ward_resource_set_free(&js);
        ward_diags_free(&d);
        ward_sources_free(&src);
    }
    printf("check_bicep: agreement: %zu/%zu resources by type, names %zu/%zu where both known, "
           "top-level values %zu/%zu where both known\n",
           tot_type, tot_j, tot_name, names_both, vals_eq, vals);
    ck_assert_uint_eq(tot_b, tot_j);
    ck_assert_uint_eq(tot_name, names_both);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bicep");
    TCase *tc = tcase_create("bicep");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, whole_syntax_parses);
    tcase_add_test(tc, syntax_errors_located);
    tcase_add_test(tc, empty_and_comments_only);
    tcase_add_test(tc, resource_shape_and_spans);
    tcase_add_test(tc, children_nested_parent_slash);
    tcase_add_test(tc, loops_conditions_existing);
    tcase_add_test(tc, modules_and_chains);
    tcase_add_test(tc, bicepparam_pairing_and_extends);
    tcase_add_test(tc, load_content);
    tcase_add_test(tc, unknowns_propagate);
    tcase_add_test(tc, param_items_placed_at_use);
    tcase_add_test(tc, deep_nesting_is_an_error_not_a_crash);
    tcase_add_test(tc, corpus_every_file_loads);
    tcase_add_test(tc, corpus_agrees_with_compiled_json);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
