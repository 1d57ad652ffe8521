/* check_yaml.c: YAML -> located documents; Azure ML detection. */
#include "base/alloc.h"
#include "readers/azureml/azureml.h"
#include "readers/yaml/yaml.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

typedef struct yw {
    ward_sources src;
    ward_diags d;
    ward_doc doc;
    int rc;
} yw;

static void parse(yw *w, const char *text)
{
    ward_sources_init(&w->src);
    ward_diags_init(&w->d);
    uint32_t id = ward_sources_add(&w->src, "t.yml", text, strlen(text));
    ward_doc_init(&w->doc, id);
    w->rc = ward_yaml_parse(&w->doc, &w->src, id, &w->d);
}

static void done(yw *w)
{
    ward_doc_free(&w->doc);
    ward_diags_free(&w->d);
    ward_sources_free(&w->src);
}

static ward_pos pos_of(yw *w, uint32_t off) { return ward_source_pos(&w->src, w->doc.file, off); }

START_TEST(scalars_are_typed_and_located)
{
    yw w;
    parse(&w, "name: ép\ncount: 3\nratio: 0.5\non: true\nnothing: ~\nquoted: \"true\"\nlist:\n  - a\n  - 2\n");
    ck_assert_int_eq(w.rc, 0);
    const ward_node *r = w.doc.root;
    ck_assert_int_eq(r->kind, WARD_N_OBJECT);
    ck_assert(ward_node_str_eq(ward_node_get(r, "name"), "ép"));
    ck_assert_int_eq(ward_node_get(r, "count")->kind, WARD_N_NUMBER);
    ck_assert_double_eq(ward_node_get(r, "ratio")->u.num, 0.5);
    ck_assert_int_eq(ward_node_get(r, "on")->kind, WARD_N_BOOL);
    ck_assert_int_eq(ward_node_get(r, "nothing")->kind, WARD_N_NULL);
    ck_assert_int_eq(ward_node_get(r, "quoted")->kind, WARD_N_STRING);   /* quoted: a string */
    const ward_member *m = ward_node_member(r, "count", 5);
    ward_pos p = pos_of(&w, m->kstart);
    ck_assert_uint_eq(p.line, 2);
    ck_assert_uint_eq(p.col, 1);
    p = pos_of(&w, m->value->span.start);
    ck_assert_uint_eq(p.col, 8);
    const ward_node *list = ward_node_get(r, "list");
    ck_assert_uint_eq(list->len, 2);
    p = pos_of(&w, list->u.items[1]->span.start);
    ck_assert_uint_eq(p.line, 9);
    ck_assert_uint_eq(p.col, 5);
    /* a value after a two-byte character: columns count code points */
    p = pos_of(&w, ward_node_get(r, "name")->span.end);
    ck_assert_uint_eq(p.col, 9);
    done(&w);
}
END_TEST

START_TEST(aliases_share_the_anchor)
{
    yw w;
    parse(&w, "a: &x {k: 1}\nb: *x\n");
    ck_assert_int_eq(w.rc, 0);
    ck_assert_ptr_eq(ward_node_get(w.doc.root, "a"), ward_node_get(w.doc.root, "b"));
    done(&w);
}
END_TEST

START_TEST(errors_are_located)
{
    yw w;
    parse(&w, "a: 1\nb: [1, 2\nc: 3\n");
    ck_assert_int_eq(w.rc, -1);
    ck_assert_uint_eq(w.d.n, 1);
    ck_assert_str_eq(ward_diag_code_str(w.d.items[0].code), "E401");
    ward_pos p = pos_of(&w, w.d.items[0].span.start);
    ck_assert_uint_ge(p.line, 2);
    done(&w);
    parse(&w, "a: *nope\n");
    ck_assert_int_eq(w.rc, -1);
    done(&w);
    char deep[2000];
    memset(deep, '[', sizeof deep - 1);
    deep[sizeof deep - 1] = 0;
    parse(&w, deep);
    ck_assert_int_eq(w.rc, -1);
    ck_assert_str_eq(ward_diag_code_str(w.d.items[0].code), "E402");
    done(&w);
}
END_TEST

START_TEST(empty_and_truncated_inputs)
{
    yw w;
    parse(&w, "");
    ck_assert_int_eq(w.rc, 0);
    ck_assert_int_eq(w.doc.root->kind, WARD_N_NULL);
    done(&w);
    const char *sample = "k: [1, {a: 'x'}, \"y\"]\nm:\n  - n: 1\n";
    for (size_t n = 0; n < strlen(sample); n++) {
        char buf[64];
        memcpy(buf, sample, n);
        buf[n] = 0;
        parse(&w, buf);   /* must not crash or leak; errors are fine */
        done(&w);
    }
}
END_TEST

START_TEST(azureml_detection)
{
    yw w;
    parse(&w, "$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep\n");
    ck_assert_str_eq(ward_azureml_detect(&w.doc), "managedOnlineEndpoint");
    done(&w);
    parse(&w, "name: ws\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n");
    ck_assert_str_eq(ward_azureml_detect(&w.doc), "workspace");
    done(&w);
    parse(&w, "on: push\njobs: {}\n");   /* a GitHub workflow is not an Azure ML spec */
    ck_assert_ptr_null(ward_azureml_detect(&w.doc));
    done(&w);
}
END_TEST

START_TEST(out_of_memory_is_clean)
{
    for (long n = 0; n < 200; n++) {
        yw w;
        ward_sources_init(&w.src);
        ward_diags_init(&w.d);
        const char *t = "a: [1, 2, {b: c}]\nd: e\n";
        uint32_t id = ward_sources_add(&w.src, "t.yml", t, strlen(t));
        ward_doc_init(&w.doc, id);
        ward_alloc_fail_after(n);
        w.rc = ward_yaml_parse(&w.doc, &w.src, id, &w.d);
        ward_alloc_fail_after(-1);
        done(&w);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("yaml");
    TCase *tc = tcase_create("yaml");
    tcase_add_test(tc, scalars_are_typed_and_located);
    tcase_add_test(tc, aliases_share_the_anchor);
    tcase_add_test(tc, errors_are_located);
    tcase_add_test(tc, empty_and_truncated_inputs);
    tcase_add_test(tc, azureml_detection);
    tcase_add_test(tc, out_of_memory_is_clean);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
