/* check_eval.c: the ARM expression language and the template function
 * library (src/eval): a table of expression -> canonical rendering
 * (ward_eval_dump) covering every library function, unknown propagation,
 * errors with their diagnostic codes and exact offsets, limits, hashes
 * against published vectors, resource id parts, spans and origins. */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "base/writer.h"
#include "doc/doc.h"
#include "eval/eval.h"

#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* --- fixture: parameters, variables, user functions, a copy loop ------------ */

typedef struct fixture {
    ward_arena arena;
    ward_diags diags;
    ward_eval_ctx ctx;
    ward_node *params, *vars, *funcs;
} fixture;

static ward_node *parse_json(fixture *f, const char *json)
{
    /* json('...') with '' escapes: the library builds the fixture values. */
    char buf[1024];
    size_t k = 0;
    k += (size_t)snprintf(buf, sizeof buf, "[json('");
    for (const char *p = json; *p && k < sizeof buf - 8; p++) {
        if (*p == '\'')
            buf[k++] = '\'';
        buf[k++] = *p;
    }
    k += (size_t)snprintf(buf + k, sizeof buf - k, "')]");
    ward_node *n = ward_eval_arm_string(&f->ctx, buf, k, ward_span_make(7, 0, 0));
    ck_assert_ptr_nonnull(n);
    ck_assert_int_ne(n->kind, WARD_N_UNKNOWN);
    return n;
}

static const ward_node *get_param(ward_eval_ctx *ctx, const char *name, size_t len)
{
    fixture *f = ctx->user;
    if (len == 3 && strncasecmp(name, "unk", 3) == 0)
        return ward_node_unknown(ctx->arena, "parameter 'unk' has no value", ward_span_make(1, 5, 8));
    for (uint32_t i = 0; i < f->params->len; i++)
        if (f->params->u.members[i].klen == len && strncasecmp(f->params->u.members[i].key, name, len) == 0)
            return f->params->u.members[i].value;
    return NULL;
}

static const ward_node *get_var(ward_eval_ctx *ctx, const char *name, size_t len)
{
    fixture *f = ctx->user;
    const ward_member *m = ward_node_member(f->vars, name, len);
    return m ? m->value : NULL;
}

static const ward_node *get_func(ward_eval_ctx *ctx, const char *ns, size_t nslen, const char *name, size_t nlen)
{
    fixture *f = ctx->user;
    if (nslen != 2 || strncmp(ns, "my", 2) != 0)
        return NULL;
    const ward_member *m = ward_node_member(f->funcs, name, nlen);
    return m ? m->value : NULL;
}

static int get_copy(ward_eval_ctx *ctx, const char *loop, size_t len, int64_t *index)
{
    (void)ctx;
    if (len == 0 || (len == 5 && memcmp(loop, "loop1", 5) == 0)) {
        *index = 3;
        return 0;
    }
    return -1;
}

static void fixture_init(fixture *f)
{
    ward_arena_init(&f->arena);
    ward_diags_init(&f->diags);
    ward_eval_ctx_init(&f->ctx, &f->arena, &f->diags);
    f->ctx.user = f;
    f->params = parse_json(f, "{\"prefix\":\"app\",\"arr\":[{\"name\":\"a\"},{\"name\":\"b\"}],"
                              "\"obj\":{\"Key\":\"v\",\"n\":1},\"flag\":true,\"nothing\":null}");
    f->vars = parse_json(f, "{\"x\":{\"name\":\"vx\"},\"list\":[3,1,2]}");
    f->funcs = parse_json(
        f, "{\"double\":{\"parameters\":[{\"name\":\"n\",\"type\":\"int\"}],"
           "\"output\":{\"type\":\"int\",\"value\":\"[mul(parameters('n'), 2)]\"}},"
           "\"greet\":{\"parameters\":[{\"name\":\"who\",\"type\":\"string\"}],"
           "\"output\":{\"type\":\"string\",\"value\":\"[format('Hi {0}', parameters('who'))]\"}},"
           "\"loop\":{\"parameters\":[{\"name\":\"n\",\"type\":\"int\"}],"
           "\"output\":{\"type\":\"int\",\"value\":\"[my.loop(parameters('n'))]\"}},"
           "\"usevar\":{\"parameters\":[],\"output\":{\"type\":\"int\",\"value\":\"[variables('x')]\"}}}");
    f->ctx.parameter = get_param;
    f->ctx.variable = get_var;
    f->ctx.user_function = get_func;
    f->ctx.copy_index = get_copy;
    ward_diags_free(&f->diags);
    ward_diags_init(&f->diags);
}

static void fixture_free(fixture *f)
{
    ward_diags_free(&f->diags);
    ward_arena_free(&f->arena);
}

/* The template string sits at byte 10 of file 0, with its quotes. */
#define STR_AT 10

static ward_node *eval_str(fixture *f, const char *expr)
{
    size_t n = strlen(expr);
    return ward_eval_arm_string(&f->ctx, expr, n, ward_span_make(0, STR_AT, STR_AT + (uint32_t)n + 2));
}

static char *render(const ward_node *n)
{
    ward_writer w;
    ward_writer_mem(&w);
    ward_eval_dump(&w, n);
    char *s = strdup(w.buf ? w.buf : "");
    ward_writer_free(&w);
    return s;
}

/* --- the table ------------------------------------------------------------------ */

typedef struct ecase {
    const char *expr;
    const char *want;        /* ward_eval_dump of the result */
    int diag;                /* expected first diagnostic code, or -1 for none */
    int at;                  /* its offset in `expr` (index of the byte), or -1 */
} ecase;

#define NONE -1, -1

static const ecase cases[] = {
    /* literals, escapes, not-expressions */
    {"plain text", "\"plain text\"", NONE},
    {"[[escaped]", "\"[escaped]\"", NONE},
    {"[not closed", "\"[not closed\"", NONE},
    {"['it''s']", "\"it's\"", NONE},
    {"[42]", "42", NONE},
    {"[-7]", "-7", NONE},
    {"[true]", "true", NONE},
    {"[False]", "false", NONE},
    {"[null()]", "null", NONE},
    {"[true()]", "true", NONE},
    {"[false()]", "false", NONE},
    /* parameters / variables, members, indexes */
    {"[parameters('prefix')]", "\"app\"", NONE},
    {"[parameters('PREFIX')]", "\"app\"", NONE},
    {"[parameters('arr')[1].name]", "\"b\"", NONE},
    {"[parameters('obj').key]", "\"v\"", NONE},
    {"[parameters('obj')['KEY']]", "\"v\"", NONE},
    {"[variables('x').name]", "\"vx\"", NONE},
    {"[parameters('unk').name]", "?\"parameter 'unk' has no value\"", NONE},
    {"[parameters('missing')]", "?\"error in 'parameters': parameter 'missing' is not declared\"", WARD_D_DOC_NOTE, 1},
    {"[variables('nope')]", "?\"error in 'variables': variable 'nope' is not declared\"", WARD_D_DOC_NOTE, 1},
    {"[parameters('obj').zzz]", "?\"error: the object has no property 'zzz'\"", WARD_D_DOC_NOTE, 1},
    {"[parameters('arr')[5]]", "?\"error: index 5 is out of range (length 2)\"", WARD_D_DOC_NOTE, 1},
    {"[parameters('prefix').name]", "?\"error: cannot read property 'name' of string\"", WARD_D_DOC_NOTE, 1},
    /* concat / format */
    {"[concat(parameters('prefix'), '-', variables('x').name)]", "\"app-vx\"", NONE},
    {"[concat('a', 1, true)]", "\"a1True\"", NONE},
    {"[concat(createArray(1), createArray(2, 3))]", "[1,2,3]", NONE},
    {"[concat('a', createArray(1))]", "?\"error in 'concat': cannot concatenate a string with array\"", WARD_D_DOC_NOTE, 1},
    {"[concat('a', reference('x').id)]", "?\"reference(x).id\"", NONE},
    {"[format('{0}-{1}', 'a', 2)]", "\"a-2\"", NONE},
    {"[format('{0:N2}', 1234.5)]", "\"1,234.50\"", NONE},
    {"[format('{0:N0}', 1234567)]", "\"1,234,567\"", NONE},
    {"[format('{0:D4}', 42)]", "\"0042\"", NONE},
    {"[format('{0:X}', 255)]", "\"FF\"", NONE},
    {"[format('{0:x4}', 255)]", "\"00ff\"", NONE},
    {"[format('{0:F1}', 2)]", "\"2.0\"", NONE},
    {"[format('{0:P0}', json('0.25'))]", "\"25 %\"", NONE},
    {"[format('[{0,4}|{1,-3}]', 'ab', 'c')]", "\"[  ab|c  ]\"", NONE},
    {"[format('{{{0}}}', 'x')]", "\"{x}\"", NONE},
    {"[format('{0:C}', 1)]", "?\"format item {0} with this value or specifier is not evaluated\"", NONE},
    {"[format('{1}', 'a')]", "?\"error in 'format': invalid format item at offset 3\"", WARD_D_DOC_NOTE, 1},
    /* if evaluates only the chosen branch */
    {"[if(equals(parameters('prefix'), 'app'), createObject('k', 1), json('null'))]", "{\"k\":1}", NONE},
    {"[if(true, 'yes', parameters('missing'))]", "\"yes\"", NONE},
    {"[if(false, div(1, 0), 'no')]", "\"no\"", NONE},
    {"[if(parameters('unk'), 'a', 'b')]", "?\"parameter 'unk' has no value\"", NONE},
    {"[if('x', 1, 2)]", "?\"error in 'if': the condition must be a bool, not string\"", WARD_D_DOC_NOTE, 1},
    {"[if(true, 1)]", "?\"error in 'if': expects 3 arguments, got 2\"", WARD_D_DOC_SHAPE, 1},
    /* logic, three-valued */
    {"[not(true)]", "false", NONE},
    {"[and(true, true)]", "true", NONE},
    {"[and(false, parameters('unk'))]", "false", NONE},
    {"[and(parameters('unk'), false)]", "false", NONE},
    {"[and(true, parameters('unk'))]", "?\"parameter 'unk' has no value\"", NONE},
    {"[or(true, parameters('unk'))]", "true", NONE},
    {"[or(false, false)]", "false", NONE},
    {"[or(parameters('unk'), false)]", "?\"parameter 'unk' has no value\"", NONE},
    {"[not(parameters('unk'))]", "?\"parameter 'unk' has no value\"", NONE},
    {"[not('x')]", "?\"error in 'not': argument must be a bool, not string\"", WARD_D_DOC_NOTE, 1},
    {"[bool('TRUE')]", "true", NONE},
    {"[bool(0)]", "false", NONE},
    /* comparison */
    {"[equals('a', 'A')]", "false", NONE},
    {"[equals(createObject('a', 1, 'b', createArray(1)), json('{\"b\":[1],\"a\":1}'))]", "true", NONE},
    {"[equals(createArray(1, parameters('unk')), createArray(2, 3))]", "false", NONE},
    {"[equals(createArray(1, parameters('unk')), createArray(1, 3))]", "?\"parameter 'unk' has no value\"", NONE},
    {"[equals(1, '1')]", "false", NONE},
    {"[less(1, 2)]", "true", NONE},
    {"[lessOrEquals(2, 2)]", "true", NONE},
    {"[greater('b', 'a')]", "true", NONE},
    {"[greaterOrEquals(1, 2)]", "false", NONE},
    {"[less(1, 'a')]", "?\"error in 'less': cannot compare number with string\"", WARD_D_DOC_NOTE, 1},
    {"[coalesce(null(), parameters('nothing'), 'x', parameters('missing'))]", "\"x\"", NONE},
    {"[coalesce(null(), parameters('unk'), 'x')]", "?\"parameter 'unk' has no value\"", NONE},
    {"[coalesce(null())]", "null", NONE},
    {"[empty('')]", "true", NONE},
    {"[empty(createArray(parameters('unk')))]", "false", NONE},
    {"[empty(json('{}'))]", "true", NONE},
    {"[empty(null())]", "true", NONE},
    {"[contains('abc', 'b')]", "true", NONE},
    {"[contains('abc', 'B')]", "false", NONE},
    {"[contains(parameters('obj'), 'KEY')]", "true", NONE},
    {"[contains(createArray(1, 2), 2)]", "true", NONE},
    {"[contains(createArray(1, parameters('unk')), 2)]", "?\"parameter 'unk' has no value\"", NONE},
    {"[contains(createArray(2, parameters('unk')), 2)]", "true", NONE},
    /* conversions */
    {"[string(createObject('a', 1, 'b', createArray('x', true)))]", "\"{\\\"a\\\":1,\\\"b\\\":[\\\"x\\\",true]}\"", NONE},
    {"[string(true)]", "\"True\"", NONE},
    {"[string(12)]", "\"12\"", NONE},
    {"[string(createArray(parameters('unk')))]", "?\"parameter 'unk' has no value\"", NONE},
    {"[int('42')]", "42", NONE},
    {"[int(' -3 ')]", "-3", NONE},
    {"[int('4x')]", "?\"error in 'int': cannot convert string to int\"", WARD_D_DOC_NOTE, 1},
    {"[float('1.5')]", "1.5", NONE},
    {"[json('{\"a\":[1,2,{\"b\":null}],\"s\":\"\\u00e9\"}')]", "{\"a\":[1,2,{\"b\":null}],\"s\":\"\xc3\xa9\"}", NONE},
    {"[json('null')]", "null", NONE},
    {"[json('{')]", "?\"error in 'json': invalid JSON: syntax error at character 1\"", WARD_D_DOC_NOTE, 1},
    {"[array('a')]", "[\"a\"]", NONE},
    {"[array(createArray(1))]", "[1]", NONE},
    /* numbers */
    {"[add(1, 2)]", "3", NONE},
    {"[sub(1, 2)]", "-1", NONE},
    {"[mul(3, 4)]", "12", NONE},
    {"[div(7, 2)]", "3", NONE},
    {"[div(-7, 2)]", "-3", NONE},
    {"[mod(-7, 2)]", "-1", NONE},
    {"[div(1, 0)]", "?\"error in 'div': division by zero\"", WARD_D_DOC_NOTE, 1},
    {"[add(1, 'a')]", "?\"error in 'add': argument 2 must be an integer, not string\"", WARD_D_DOC_NOTE, 1},
    {"[min(3, 1, 2)]", "1", NONE},
    {"[max(variables('list'))]", "3", NONE},
    {"[max(createArray())]", "?\"error in 'max': no values\"", WARD_D_DOC_NOTE, 1},
    /* strings */
    {"[toLower('AbC')]", "\"abc\"", NONE},
    {"[toUpper('AbC')]", "\"ABC\"", NONE},
    {"[toUpper('\xc3\xa9')]", "?\"case conversion of non-ASCII text is not evaluated\"", NONE},
    {"[trim('  a b \t')]", "\"a b\"", NONE},
    {"[replace('a-b-c', '-', '+')]", "\"a+b+c\"", NONE},
    {"[replace('abc', '', 'x')]", "?\"error in 'replace': the string to replace is empty\"", WARD_D_DOC_NOTE, 1},
    {"[split('a,b;c', createArray(',', ';'))]", "[\"a\",\"b\",\"c\"]", NONE},
    {"[split('a,,b', ',')]", "[\"a\",\"\",\"b\"]", NONE},
    {"[substring('hello', 1, 3)]", "\"ell\"", NONE},
    {"[substring('hello', 2)]", "\"llo\"", NONE},
    {"[substring('h\xc3\xa9llo', 1, 2)]", "\"\xc3\xa9l\"", NONE},
    {"[substring('hello', 4, 5)]", "?\"error in 'substring': length 5 is out of range\"", WARD_D_DOC_NOTE, 1},
    {"[padLeft('7', 3, '0')]", "\"007\"", NONE},
    {"[padLeft(42, 4)]", "\"  42\"", NONE},
    {"[padLeft('x', 100000000)]", "?\"'padLeft' result too large\"", NONE},
    {"[padLeft('x', 3, 'ab')]", "?\"error in 'padLeft': the padding must be one character\"", WARD_D_DOC_NOTE, 1},
    {"[startsWith('Hello', 'he')]", "true", NONE},
    {"[endsWith('Hello', 'LO')]", "true", NONE},
    {"[indexOf('abcABC', 'C')]", "2", NONE},
    {"[lastIndexOf('abcABC', 'b')]", "4", NONE},
    {"[indexOf('\xc3\xa9x', 'x')]", "1", NONE},
    {"[indexOf('abc', 'z')]", "-1", NONE},
    {"[indexOf(createArray('a', 'b'), 'b')]", "1", NONE},
    {"[lastIndexOf(createArray(1, 2, 1), 1)]", "2", NONE},
    {"[join(createArray('a', 'b'), ',')]", "\"a,b\"", NONE},
    {"[base64('hello')]", "\"aGVsbG8=\"", NONE},
    {"[base64ToString('aGVsbG8=')]", "\"hello\"", NONE},
    {"[base64ToString('a!')]", "?\"error in 'base64ToString': invalid base64 text\"", WARD_D_DOC_NOTE, 1},
    {"[base64ToJson('eyJhIjoxfQ==')]", "{\"a\":1}", NONE},
    {"[dataUri('Hello')]", "\"data:text/plain;charset=utf8;base64,SGVsbG8=\"", NONE},
    {"[dataUriToString('data:text/plain;charset=utf8;base64,SGVsbG8=')]", "\"Hello\"", NONE},
    {"[length('h\xc3\xa9')]", "2", NONE},
    {"[length('\xf0\x9f\x98\x80')]", "2", NONE},
    {"[length(createArray(parameters('unk'), 2))]", "2", NONE},
    {"[length(parameters('obj'))]", "2", NONE},
    {"[length(parameters('unk'))]", "?\"parameter 'unk' has no value\"", NONE},
    {"[first(parameters('arr')).name]", "\"a\"", NONE},
    {"[last('abc')]", "\"c\"", NONE},
    {"[first(createArray())]", "?\"'first' of an empty value is not evaluated\"", NONE},
    {"[skip('abcdef', 2)]", "\"cdef\"", NONE},
    {"[skip(createArray(1, 2, 3), 5)]", "[]", NONE},
    {"[take(createArray(1, 2, 3), 2)]", "[1,2]", NONE},
    {"[take('abc', -1)]", "\"\"", NONE},
    /* hashes: published vectors (docs/arm-expressions.md) */
    {"[uniqueString('aaa')]", "\"zavj67f3en4hc\"", NONE},
    {"[uniqueString('bbb')]", "\"w5eragfxe33cy\"", NONE},
    {"[uniqueString('zzz')]", "\"cryksdzzzawae\"", NONE},
    {"[uniqueString('xxx', 'yyy', 'zzz')]", "\"lghi7k5js7itq\"", NONE},
    {"[uniqueString('test')]", "\"rbgf3xv4ufgzg\"", NONE},
    {"[uniqueString('hello', 'world')]", "\"a7wkljktk6wne\"", NONE},
    {"[uniqueString('abc')]", "\"cgtzqvhu4i23s\"", NONE},
    {"[uniqueString('foo', 'bar', 'baz')]", "\"xzi4ioaxtmth4\"", NONE},
    {"[uniqueString('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg')]",
     "\"bmg7c6xu4tw46\"", NONE},
    {"[uniqueString(resourceGroup().id)]", "\"{uniqueString(/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName})}\"", NONE},
    {"[uniqueString(1)]", "?\"error in 'uniqueString': argument 1 must be a string, not number\"", WARD_D_DOC_NOTE, 1},
    {"[guid('a', 'b')]", "\"2d796349-8c7e-55ec-9624-54ece82ed031\"", NONE},
    {"[guid('')]", "\"e655a85f-3ab2-5e4a-9666-569aa72a5a10\"", NONE},
    {"[newGuid()]", "?\"newGuid() is random at deployment\"", NONE},
    {"[utcNow('u')]", "?\"utcNow() is the time of deployment\"", NONE},
    /* arrays and objects */
    {"[createArray()]", "[]", NONE},
    {"[createObject()]", "{}", NONE},
    {"[createObject('a')]", "?\"error in 'createObject': expects an even number of arguments, got 1\"", WARD_D_DOC_SHAPE, 1},
    {"[createObject('k', parameters('unk')).k]", "?\"parameter 'unk' has no value\"", NONE},
    {"[union(createArray(1, 2), createArray(2, 3))]", "[1,2,3]", NONE},
    {"[union(json('{\"a\":{\"x\":1,\"y\":1},\"b\":[1]}'), json('{\"a\":{\"y\":2},\"b\":[2],\"c\":3}'))]",
     "{\"a\":{\"x\":1,\"y\":2},\"b\":[2],\"c\":3}", NONE},
    {"[union(createArray(parameters('unk')), createArray(1))]", "?\"union() of arrays with unknown items\"", NONE},
    {"[intersection(createArray(1, 2, 3), createArray(3, 2, 5))]", "[2,3]", NONE},
    {"[intersection(json('{\"a\":1,\"b\":2}'), json('{\"a\":1,\"b\":3}'))]", "{\"a\":1}", NONE},
    {"[range(2, 3)]", "[2,3,4]", NONE},
    {"[range(0, 100000000)]", "?\"error in 'range': count must be between 0 and 10000\"", WARD_D_DOC_NOTE, 1},
    {"[flatten(createArray(createArray(1), createArray(2, 3)))]", "[1,2,3]", NONE},
    {"[items(json('{\"b\":2,\"a\":1}'))]", "[{\"key\":\"a\",\"value\":1},{\"key\":\"b\",\"value\":2}]", NONE},
    {"[objectKeys(parameters('obj'))]", "[\"Key\",\"n\"]", NONE},
    {"[tryGet(parameters('obj'), 'zzz')]", "null", NONE},
    {"[tryGet(parameters('arr'), 0, 'name')]", "\"a\"", NONE},
    /* lambdas */
    {"[filter(variables('list'), lambda('x', greater(lambdaVariables('x'), 1)))]", "[3,2]", NONE},
    {"[map(parameters('arr'), lambda('x', lambdaVariables('x').name))]", "[\"a\",\"b\"]", NONE},
    {"[map(createArray(5, 6), lambda('x', 'i', lambdaVariables('i')))]", "[0,1]", NONE},
    {"[reduce(variables('list'), 0, lambda('acc', 'x', add(lambdaVariables('acc'), lambdaVariables('x'))))]", "6",
     NONE},
    {"[sort(variables('list'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", "[1,2,3]", NONE},
    {"[toObject(parameters('arr'), lambda('x', lambdaVariables('x').name))]",
     "{\"a\":{\"name\":\"a\"},\"b\":{\"name\":\"b\"}}", NONE},
    {"[filter(createArray(parameters('unk')), lambda('x', lambdaVariables('x')))]", "?\"parameter 'unk' has no value\"",
     NONE},
    {"[map(createArray(1), 'x')]", "?\"error: expects a lambda('name', ...) argument with literal names\"",
     WARD_D_DOC_NOTE, 1},
    /* user-defined functions */
    {"[my.double(21)]", "42", NONE},
    {"[my.greet('ann')]", "\"Hi ann\"", NONE},
    {"[my.double(1, 2)]", "?\"error in 'double': expects 1 argument, got 2\"", WARD_D_DOC_SHAPE, 1},
    {"[my.nope()]", "?\"error in 'nope': no user-defined function 'my.nope'\"", WARD_D_DOC_NOTE, 1},
    {"[my.loop(1)]", "?\"error in 'loop': user-defined functions nested too deeply (limit 16)\"", WARD_D_DOC_NOTE, -1},
    {"[my.usevar()]", "?\"error in 'variables': user-defined functions cannot use variable 'x'\"", WARD_D_DOC_NOTE, -1},
    /* deployment functions */
    {"[resourceId('Microsoft.Storage/storageAccounts', parameters('prefix'))]",
     "\"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/"
     "storageAccounts/app\"",
     NONE},
    {"[resourceId('rg2', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'sub')]",
     "\"/subscriptions/{subscriptionId}/resourceGroups/rg2/providers/Microsoft.Network/virtualNetworks/vnet/"
     "subnets/sub\"",
     NONE},
    {"[resourceId('s1', 'rg2', 'Microsoft.Sql/servers/databases', 'srv/db')]",
     "\"/subscriptions/s1/resourceGroups/rg2/providers/Microsoft.Sql/servers/srv/databases/db\"", NONE},
    {"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')]",
     "?\"error in 'resourceId': resource type 'Microsoft.Network/virtualNetworks/subnets' needs 2 names, got 1\"",
     WARD_D_DOC_NOTE, 1},
    {"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'r1')]",
     "\"/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/r1\"", NONE},
    {"[tenantResourceId('Microsoft.Authorization/policyDefinitions', 'p')]",
     "\"/providers/Microsoft.Authorization/policyDefinitions/p\"", NONE},
    {"[managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'p')]",
     "\"/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p\"",
     NONE},
    {"[extensionResourceId('/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/kv', "
     "'Microsoft.Authorization/locks', 'lk')]",
     "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/kv/providers/Microsoft.Authorization/"
     "locks/lk\"",
     NONE},
    {"[equals(resourceId('Microsoft.Storage/storageAccounts', 'a'), '/x')]",
     "?\"equals() of values that depend on the deployment\"", NONE},
    {"[resourceGroup().location]", "?\"resourceGroup().location is not known before deployment\"", NONE},
    {"[resourceGroup().type]", "\"Microsoft.Resources/resourceGroups\"", NONE},
    {"[resourceGroup().tags]", "?\"property 'tags' is not known before deployment\"", NONE},
    {"[subscription().subscriptionId]", "?\"subscription().subscriptionId is not known before deployment\"", NONE},
    {"[tenant().tenantId]", "?\"tenant().tenantId is not known before deployment\"", NONE},
    {"[managementGroup().name]", "?\"managementGroup().name is not known before deployment\"", NONE},
    {"[deployment().name]", "?\"deployment().name is not known before deployment\"", NONE},
    {"[environment().name]", "?\"environment().name is not known before deployment\"", NONE},
    {"[reference(resourceId('Microsoft.Web/sites', 'w'), '2023-01-01').principalId]",
     "?\"reference(/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites/w).principalId\"", NONE},
    {"[references('x')]", "?\"references() is evaluated at deployment\"", NONE},
    {"[deployer().objectId]", "?\"deployer() is evaluated at deployment\"", NONE},
    {"[listKeys(variables('x'), '2023-05-01').key1]", "?key\"listKeys() returns keys or secrets at deployment\"", NONE},
    {"[concat('Key=', listKeys('id', '2023-05-01').keys[0].value)]",
     "?key\"listKeys(id).keys.value\"", NONE},
    /* a key call after another unknown part still marks the result */
    {"[concat('E=', reference('id').endpoint, ';Key=', listKeys('id', '2023-05-01').key1)]",
     "?key\"listKeys(id).key1\"", NONE},
    {"[ListAccountSas('id', '2023-01-01', parameters('unk'))]",
     "?key\"ListAccountSas(id)\"", NONE},
    {"[copyIndex()]", "3", NONE},
    {"[copyIndex(1)]", "4", NONE},
    {"[copyIndex('loop1', 2)]", "5", NONE},
    {"[copyIndex('other')]", "?\"copyIndex() outside a known copy loop\"", NONE},
    /* unsupported, case-insensitive names, arity */
    {"[foo(1)]", "?\"unsupported function 'foo'\"", NONE},
    {"[CONCAT('a', 'b')]", "\"ab\"", NONE},
    {"[dateTimeAdd(utcNow(), 'P1D')]", "?\"unsupported function 'dateTimeAdd'\"", NONE},
    {"[toLower()]", "?\"error in 'toLower': expects 1 argument, got 0\"", WARD_D_DOC_SHAPE, 1},
    {"[substring('a', 1, 2, 3)]", "?\"error in 'substring': expects 2 to 3 arguments, got 4\"", WARD_D_DOC_SHAPE, 1},
    {"[  concat( 'a' ,'b' ) ]", "\"ab\"", NONE},
    /* syntax errors: located at the offending byte */
    {"[concat('a'", "\"[concat('a'\"", NONE},
    {"[concat('a']", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 11},
    {"[concat('a' 'b')]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 12},
    {"[concat('a)]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 8},
    {"[]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 1},
    {"[a.b]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 1},
    {"['x'(1)]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 4},
    {"[concat(,)]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 8},
    {"[concat('a') #]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 13},
    {"[parameters('arr')[0]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 20},
    {"[parameters('arr')[0]]]", "?\"invalid template expression\"", WARD_D_DOC_SYNTAX, 21},
};

static fixture *fx;

static void setup(void)
{
    fx = calloc(1, sizeof *fx);
    fixture_init(fx);
}

static void teardown(void)
{
    fixture_free(fx);
    free(fx);
}

START_TEST(table)
{
    const ecase *c = &cases[_i];
    ward_node *n = eval_str(fx, c->expr);
    ck_assert_ptr_nonnull(n);
    char *got = render(n);
    ck_assert_msg(strcmp(got, c->want) == 0, "%s\n  got  %s\n  want %s", c->expr, got, c->want);
    free(got);
    if (c->diag < 0) {
        ck_assert_msg(fx->diags.n == 0, "%s: unexpected diagnostic: %s", c->expr,
                      fx->diags.n ? fx->diags.items[0].message : "");
    } else {
        ck_assert_msg(fx->diags.n >= 1, "%s: no diagnostic", c->expr);
        ck_assert_int_eq(fx->diags.items[0].code, c->diag);
        if (c->at >= 0)
            ck_assert_msg(fx->diags.items[0].span.start == (uint32_t)(STR_AT + 1 + c->at),
                          "%s: diagnostic at %u, want %d (%s)", c->expr, fx->diags.items[0].span.start - STR_AT - 1,
                          c->at, fx->diags.items[0].message);
    }
}
END_TEST

/* --- focused tests ---------------------------------------------------------- */

START_TEST(syntax_message)
{
    ward_node *n = eval_str(fx, "[concat('a', 'b']");
    ck_assert_int_eq(n->kind, WARD_N_UNKNOWN);
    ck_assert_uint_eq(fx->diags.n, 1);
    ck_assert_str_eq(fx->diags.items[0].message, "invalid template expression: expected ')' before end of expression");
    ck_assert_uint_eq(fx->diags.items[0].span.start, STR_AT + 1 + 16);
}
END_TEST

START_TEST(deep_nesting)
{
    char buf[2000];
    size_t k = 0;
    buf[k++] = '[';
    for (int i = 0; i < 200; i++)
        k += (size_t)sprintf(buf + k, "not(");
    k += (size_t)sprintf(buf + k, "true");
    for (int i = 0; i < 200; i++)
        buf[k++] = ')';
    buf[k++] = ']';
    buf[k] = '\0';
    ward_node *n = eval_str(fx, buf);
    ck_assert_int_eq(n->kind, WARD_N_UNKNOWN);
    ck_assert_uint_eq(fx->diags.items[0].code, WARD_D_DOC_SYNTAX);
    ck_assert_ptr_nonnull(strstr(fx->diags.items[0].message, "nested too deeply"));
    /* A long member chain is deep without brackets. */
    k = (size_t)sprintf(buf, "[parameters('obj')");
    for (int i = 0; i < 100; i++)
        k += (size_t)sprintf(buf + k, ".a");
    sprintf(buf + k, "]");
    ward_diags_free(&fx->diags);
    ward_diags_init(&fx->diags);
    n = eval_str(fx, buf);
    ck_assert_int_eq(n->kind, WARD_N_UNKNOWN);
}
END_TEST

START_TEST(budget)
{
    fx->ctx.budget = 50;
    ward_node *n = eval_str(fx, "[range(0, 1000)]");
    ck_assert_int_eq(n->kind, WARD_N_UNKNOWN);
    ck_assert_str_eq(n->u.str, "evaluation budget exhausted");
    fx->ctx.budget = WARD_EVAL_DEFAULT_BUDGET;
    n = eval_str(fx, "[length(range(0, 1000))]");
    ck_assert_int_eq(n->kind, WARD_N_NUMBER);
}
END_TEST

START_TEST(spans_and_origin)
{
    ward_node *n = eval_str(fx, "[parameters('prefix')]");
    ck_assert_uint_eq(n->span.start, STR_AT);
    const char *label = NULL;
    const ward_span *o = ward_node_origin(n, &label);
    ck_assert_ptr_nonnull(o);
    ck_assert_str_eq(label, "parameter 'prefix'");
    /* The callback's value keeps its own origin and label. */
    ward_node *src = ward_node_new_ex(&fx->arena, WARD_N_STRING, ward_span_make(3, 1, 4), ward_span_make(3, 40, 45),
                                      "parameter file value");
    src->u.str = "pf";
    src->len = 2;
    fx->params->u.members[0].value = src;
    n = eval_str(fx, "[parameters('prefix')]");
    o = ward_node_origin(n, &label);
    ck_assert_ptr_nonnull(o);
    ck_assert_uint_eq(o->file, 3);
    ck_assert_uint_eq(o->start, 40);
    ck_assert_str_eq(label, "parameter file value");
    ck_assert_uint_eq(n->span.start, STR_AT);
    /* Resource ids carry WARD_NF_EXPR; list*() unknowns WARD_NF_KEYCALL. */
    n = eval_str(fx, "[resourceId('Microsoft.Storage/storageAccounts', 'x')]");
    ck_assert(n->flags & WARD_NF_EXPR);
    n = eval_str(fx, "[listSecrets('id', '2020-01-01')]");
    ck_assert(n->flags & WARD_NF_KEYCALL);
}
END_TEST

START_TEST(facts)
{
    fx->ctx.facts.subscription_id = "00000000-0000-0000-0000-000000000000";
    fx->ctx.facts.resource_group = "my-rg";
    fx->ctx.facts.location = "westeurope";
    fx->ctx.facts.cloud = "AzureCloud";
    char *s = render(eval_str(fx, "[resourceGroup()]"));
    ck_assert_str_eq(s, "{\"id\":\"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg\","
                        "\"name\":\"my-rg\",\"type\":\"Microsoft.Resources/resourceGroups\",\"location\":\"westeurope\"}");
    free(s);
    s = render(eval_str(fx, "[uniqueString(resourceGroup().id)]"));
    ck_assert_str_eq(s, "\"bmg7c6xu4tw46\"");
    free(s);
    s = render(eval_str(fx, "[environment().suffixes.storage]"));
    ck_assert_str_eq(s, "\"core.windows.net\"");
    free(s);
    s = render(eval_str(fx, "[resourceId('Microsoft.Storage/storageAccounts', 'sa')]"));
    ck_assert_str_eq(s, "\"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg/providers/"
                        "Microsoft.Storage/storageAccounts/sa\"");
    free(s);
}
END_TEST

START_TEST(resource_id_parts)
{
    ward_resource_id r;
    const char *id = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/"
                     "Microsoft.Network/virtualNetworks/v/subnets/a";
    ck_assert_int_eq(ward_eval_resource_id_parts(&fx->arena, id, strlen(id), &r), 0);
    ck_assert_str_eq(r.scope, "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}");
    ck_assert_str_eq(r.type, "Microsoft.Network/virtualNetworks/subnets");
    ck_assert_str_eq(r.name, "v/a");
    id = "/providers/Microsoft.Authorization/policyDefinitions/p";
    ck_assert_int_eq(ward_eval_resource_id_parts(&fx->arena, id, strlen(id), &r), 0);
    ck_assert_str_eq(r.scope, "");
    ck_assert_str_eq(r.type, "Microsoft.Authorization/policyDefinitions");
    id = "/subscriptions/s/resourceGroups/g";
    ck_assert_int_eq(ward_eval_resource_id_parts(&fx->arena, id, strlen(id), &r), 0);
    ck_assert_str_eq(r.type, "Microsoft.Resources/resourceGroups");
    ck_assert_str_eq(r.name, "g");
    id = "/providers/Microsoft.Network/virtualNetworks";
    ck_assert_int_eq(ward_eval_resource_id_parts(&fx->arena, id, strlen(id), &r), -1);
    ck_assert_int_eq(ward_eval_resource_id_parts(&fx->arena, "nonsense", 8, &r), -1);
}
END_TEST

START_TEST(direct_calls)
{
    /* The library on evaluated arguments, as the Bicep front end uses it. */
    ward_span sp = ward_span_make(0, 1, 2);
    ward_node *args[3] = {ward_node_unknown(&fx->arena, "u", sp), ward_node_string(&fx->arena, "a", 1, sp),
                          ward_node_string(&fx->arena, "b", 1, sp)};
    ward_node *n = ward_eval_call(&fx->ctx, "IF", 2, args, 3, sp);
    ck_assert_int_eq(n->kind, WARD_N_UNKNOWN);
    args[2] = args[1];
    n = ward_eval_call(&fx->ctx, "if", 2, args, 3, sp);
    ck_assert(ward_node_str_eq(n, "a"));
    ward_node *b[2] = {ward_node_bool(&fx->arena, 0, sp), args[0]};
    n = ward_eval_call(&fx->ctx, "and", 3, b, 2, sp);
    ck_assert_int_eq(n->kind, WARD_N_BOOL);
    n = ward_eval_call(&fx->ctx, "map", 3, b, 2, sp);
    ck_assert_int_eq(n->kind, WARD_N_UNKNOWN);
    ck_assert(ward_eval_has_function("uniquestring", 12));
    ck_assert(!ward_eval_has_function("nope", 4));
    ward_node *t[1] = {ward_node_string(&fx->arena, "hi", 2, sp)};
    n = ward_eval_call(&fx->ctx, "my.greet", 8, t, 1, sp);
    ck_assert(ward_node_str_eq(n, "Hi hi"));
}
END_TEST

START_TEST(eval_value)
{
    ward_node *v = parse_json(fx, "{\"a\":\"[concat('x', 'y')]\",\"b\":[\"[[lit]\", 1, \"plain\"]}");
    ward_node *r = ward_eval_value(&fx->ctx, v);
    char *s = render(r);
    ck_assert_str_eq(s, "{\"a\":\"xy\",\"b\":[\"[lit]\",1,\"plain\"]}");
    free(s);
}
END_TEST

START_TEST(out_of_memory)
{
    /* Every allocation failure gives NULL or a node, never a crash. */
    for (long k = 0; k < 400; k++) {
        fixture f;
        fixture_init(&f);
        ward_alloc_fail_after(k);
        ward_node *n = eval_str(&f, "[concat(string(createObject('a', range(0, 5))), uniqueString('x'), "
                                    "format('{0}', guid('a')), json('[1,2,{\"x\":\"y\"}]')[2].x)]");
        ward_alloc_fail_after(-1);
        if (n)
            ck_assert_int_le(n->kind, WARD_N_UNKNOWN);
        fixture_free(&f);
    }
}
END_TEST

static Suite *eval_suite(void)
{
    Suite *s = suite_create("eval");
    TCase *tc = tcase_create("expressions");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, table, 0, (int)(sizeof cases / sizeof *cases));
    tcase_add_test(tc, syntax_message);
    tcase_add_test(tc, deep_nesting);
    tcase_add_test(tc, budget);
    tcase_add_test(tc, spans_and_origin);
    tcase_add_test(tc, facts);
    tcase_add_test(tc, resource_id_parts);
    tcase_add_test(tc, direct_calls);
    tcase_add_test(tc, eval_value);
    suite_add_tcase(s, tc);
    TCase *oom = tcase_create("oom");
    tcase_add_test(oom, out_of_memory);
    suite_add_tcase(s, oom);
    return s;
}

int main(void)
{
    return tu_run(eval_suite());
}
