/* check_lang.c: the policy pipeline end to end in memory: parse, check
 * (diagnostic codes and positions), compile, bundle round trip, verifier
 * against corruption, VM results and budgets. */
#include "bytecode/disasm.h"
#include "bytecode/format.h"
#include "bytecode/verify.h"
#include "cli/input_json.h"
#include "compile/compile.h"
#include "readers/json/json.h"
#include "vm/vm.h"

#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

typedef struct world {
    ward_sources src;
    ward_diags diags;
    ward_image img;
    int rc;
} world;

static void compile_text(world *w, const char *text)
{
    ward_sources_init(&w->src);
    ward_diags_init(&w->diags);
    ward_compiler c;
    ward_compiler_init(&c, &w->src, &w->diags);
    ward_compiler_add_text(&c, "t.ward", text, strlen(text));
    w->rc = ward_compiler_finish(&c, &w->img);
    ward_compiler_free(&c);
    if (w->rc == 0) {
        char why[256];
        ck_assert_msg(ward_verify(&w->img, why, sizeof why) == 0, "compiled image fails verification: %s", why);
    }
}

static void world_free(world *w)
{
    if (w->rc == 0)
        ward_image_free(&w->img);
    ward_diags_free(&w->diags);
    ward_sources_free(&w->src);
}

/* Asserts a diagnostic with this code at line:col exists. */
static void assert_diag(world *w, const char *code, unsigned line, unsigned col)
{
    for (size_t i = 0; i < w->diags.n; i++) {
        const ward_diag *g = &w->diags.items[i];
        ward_pos p = ward_source_pos(&w->src, g->span.file, g->span.start);
        if (!strcmp(ward_diag_code_str(g->code), code) && p.line == line && p.col == col)
            return;
    }
    char buf[2048] = "";
    for (size_t i = 0; i < w->diags.n; i++) {
        const ward_diag *g = &w->diags.items[i];
        ward_pos p = ward_source_pos(&w->src, g->span.file, g->span.start);
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "  %s %u:%u %s\n", ward_diag_code_str(g->code), p.line, p.col, g->message);
    }
    ck_abort_msg("expected %s at %u:%u; got:\n%s", code, line, col, buf);
}

START_TEST(reports_every_error_in_a_file)
{
    world w;
    compile_text(&w, "rule A-1 {\n"
                     "  title \"t\"\n"
                     "  severity hihg\n"
                     "  on json \"X\" as r {\n"
                     "    expect lower(1) == nope\n"
                     "    expect starts_with(r.name) \n"
                     "  }\n"
                     "}\n"
                     "rule A-1 { title \"u\" severity low on cloud \"Y\" as r { } }\n"
                     "func f(x) = g(x)\n"
                     "func g(x) = f(x)\n"
                     "rule A-3 { title \"u\" severity low on cloud \"Y\" as r { } }\n");
    ck_assert_int_ne(w.rc, 0);
    assert_diag(&w, "E205", 3, 12);   /* unknown severity */
    assert_diag(&w, "E203", 5, 18);   /* lower(1): type error on a literal */
    assert_diag(&w, "E201", 5, 24);   /* unknown name */
    assert_diag(&w, "E202", 6, 12);   /* arity */
    assert_diag(&w, "E204", 9, 6);    /* duplicate rule id */
    assert_diag(&w, "E210", 12, 38);  /* unknown family */
    assert_diag(&w, "E208", 10, 6);   /* recursion */
    world_free(&w);
}
END_TEST

START_TEST(syntax_errors_recover_at_next_item)
{
    world w;
    compile_text(&w, "rule A-1 { title \"t\" severity low on json \"X\" as r { expect r.a == } }\n"
                     "rule A-2 { title \"t\" severity low on json \"X\" as r { expect (r.a } }\n"
                     "rule A-3 { title \"bad \\q escape\" severity low on json \"X\" as r { } }\n");
    ck_assert_int_ne(w.rc, 0);
    assert_diag(&w, "E110", 1, 68);
    assert_diag(&w, "E110", 2, 66);
    assert_diag(&w, "E103", 3, 23);
    world_free(&w);
}
END_TEST

static const char *POLICY =
    "param kinds: list = [\"OpenAI\"]\n"
    "func gen(a) = (a.kind ?? \"\") in kinds\n"
    "rule R-1 {\n"
    "  title \"local auth\"\n"
    "  severity high\n"
    "  on json \"acct\" as a {\n"
    "    expect a.properties.disableLocalAuth == true \"keys on {a.name}\"\n"
    "  }\n"
    "}\n"
    "rule R-2 {\n"
    "  title \"loop\"\n"
    "  severity low\n"
    "  on json \"acct\" as a {\n"
    "    when gen(a)\n"
    "    expect (count x in a.list : x > 1) == 0 \"big items\"\n"
    "  }\n"
    "}\n";

/* Returns the VM: findings refer to its rule table, so free it after them. */
static ward_vm *run_json(world *w, const char *json, ward_findings *out, const ward_vm_options *opt)
{
    uint32_t id = ward_sources_add(&w->src, "in.json", json, strlen(json));
    ward_doc doc;
    ward_doc_init(&doc, id);
    ck_assert_int_eq(ward_json_parse(&doc, &w->src, id, NULL, &w->diags), 0);
    ward_resource_set set;
    ward_resource_set_init(&set);
    ck_assert_int_eq(ward_input_json_resources(&doc, &set, &w->diags), 0);
    ward_vm *vm = ward_vm_new(&w->img, opt);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(ward_vm_run(vm, &set, out), 0);
    ward_findings_sort(out);
    /* Findings copy their strings, so the set and document can go now. */
    ward_resource_set_free(&set);
    ward_doc_free(&doc);
    return vm;
}

START_TEST(vm_points_at_the_property)
{
    world w;
    compile_text(&w, POLICY);
    ck_assert_int_eq(w.rc, 0);
    ward_findings f;
    ward_findings_init(&f);
    ward_vm *vm = run_json(&w,
             "[{\"type\":\"acct\",\"name\":\"a1\",\"kind\":\"OpenAI\",\"list\":[1,2,3],\n"
             "  \"properties\":{\"disableLocalAuth\":false}},\n"
             " {\"type\":\"acct\",\"name\":\"a2\",\"kind\":\"Face\",\"properties\":{}}]",
             &f, NULL);
    ck_assert_uint_eq(f.n, 3);
    /* R-1 on a1 at "disableLocalAuth" (line 2, col 17) */
    ward_pos p = ward_source_pos(&w.src, f.items[1].span.file, f.items[1].span.start);
    ck_assert_str_eq(f.items[1].rule->id, "R-1");
    ck_assert_str_eq(f.items[1].message, "keys on a1");
    ck_assert_uint_eq(p.line, 2);
    ck_assert_uint_eq(p.col, 17);
    ck_assert_str_eq(f.items[1].path, "properties.disableLocalAuth");
    /* R-2 on a1 (a2 is not generative); R-1 on a2 at the "properties" key (absent property) */
    ck_assert_str_eq(f.items[0].rule->id, "R-2");
    ck_assert_str_eq(f.items[2].rule->id, "R-1");
    p = ward_source_pos(&w.src, f.items[2].span.file, f.items[2].span.start);
    ck_assert_uint_eq(p.line, 3);
    ck_assert_uint_eq(p.col, 43);
    ck_assert_int_eq(f.items[2].status, WARD_ST_FAIL);
    ward_findings_free(&f);
    ward_vm_free(vm);
    world_free(&w);
}
END_TEST

START_TEST(vm_budget_gives_error_finding)
{
    world w;
    compile_text(&w, "rule B-1 { title \"t\" severity low on json \"acct\" as a {\n"
                     "  expect all x in a.xs : all y in a.xs : all z in a.xs : x == y \"never\" } }\n");
    ck_assert_int_eq(w.rc, 0);
    char json[8192] = "[{\"type\":\"acct\",\"xs\":[";
    for (int i = 0; i < 200; i++)
        strcat(json, i ? ",1" : "1");
    strcat(json, "]}]");
    ward_findings f;
    ward_findings_init(&f);
    ward_vm_options opt = {10000, 0};
    ward_vm *vm = run_json(&w, json, &f, &opt);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.items[0].status, WARD_ST_ERROR);
    ck_assert_ptr_nonnull(strstr(f.items[0].message, "B-1"));
    ward_findings_free(&f);
    ward_vm_free(vm);
    world_free(&w);
}
END_TEST

START_TEST(bundle_round_trip_and_corruption)
{
    world w;
    compile_text(&w, POLICY);
    ck_assert_int_eq(w.rc, 0);
    uint8_t *buf;
    size_t len;
    ck_assert_int_eq(ward_bundle_write(&w.img, &buf, &len), 0);
    ward_image img2;
    ward_diags d;
    ward_diags_init(&d);
    ck_assert_int_eq(ward_bundle_read(&img2, buf, len, ward_span_none(), &d), 0);
    ck_assert_uint_eq(img2.nrules, 2);
    ck_assert_int_eq(memcmp(img2.digest, w.img.digest, 32), 0);
    ward_image_free(&img2);
    srand(12345);
    int rejected_digest = 0, rejected_other = 0, loaded = 0;
    uint8_t *copy = malloc(len);
    for (int iter = 0; iter < 4000; iter++) {
        memcpy(copy, buf, len);
        int flips = 1 + rand() % 4;
        for (int k = 0; k < flips; k++)
            copy[(size_t)rand() % (len - 32)] ^= (uint8_t)(1 + rand() % 255);
        unsigned flags = iter % 2 ? WARD_BUNDLE_NO_DIGEST : 0;
        ward_diags_free(&d);
        ward_diags_init(&d);
        ward_image img;
        if (ward_bundle_read_ex(&img, copy, len, ward_span_none(), &d, flags) != 0) {
            ck_assert_uint_ge(d.n, 1);   /* rejected with a message */
            if (!flags)
                rejected_digest++;   /* header or digest check */
            else
                rejected_other++;
            continue;
        }
        /* Accepted: it must run without crashing. */
        loaded++;
        ward_findings f;
        ward_findings_init(&f);
        world w2;
        memset(&w2, 0, sizeof w2);
        ward_sources_init(&w2.src);
        ward_diags_init(&w2.diags);
        w2.img = img;
        ward_vm *vm = run_json(&w2, "[{\"type\":\"acct\",\"kind\":\"OpenAI\",\"list\":[1,5],\"properties\":{}}]", &f, NULL);
        ward_findings_free(&f);
        ward_vm_free(vm);
        ward_image_free(&img);
        ward_diags_free(&w2.diags);
        ward_sources_free(&w2.src);
    }
    ck_assert_int_eq(rejected_digest, 2000);   /* with the digest checked, every flip is caught */
    ck_assert_int_gt(rejected_other, 0);        /* and without it, by the parser or verifier */
    (void)loaded;
    free(copy);
    free(buf);
    ward_diags_free(&d);
    world_free(&w);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lang");
    TCase *tc = tcase_create("lang");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, reports_every_error_in_a_file);
    tcase_add_test(tc, syntax_errors_recover_at_next_item);
    tcase_add_test(tc, vm_points_at_the_property);
    tcase_add_test(tc, vm_budget_gives_error_finding);
    tcase_add_test(tc, bundle_round_trip_and_corruption);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
