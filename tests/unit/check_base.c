/* check_base.c: arena, source line tables, diagnostics, writer, digest, doc nodes. */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "base/sha256.h"
#include "base/source.h"
#include "base/writer.h"
#include "doc/doc.h"

#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

START_TEST(arena_alloc_and_cap)
{
    ward_arena a;
    ward_arena_init(&a);
    for (int i = 0; i < 10000; i++) {
        char *p = ward_arena_alloc(&a, 100);
        ck_assert_ptr_nonnull(p);
        ck_assert_int_eq(((uintptr_t)p) % 8, 0);
        memset(p, 1, 100);
    }
    ck_assert_str_eq(ward_arena_printf(&a, "%d-%s", 42, "x"), "42-x");
    ward_arena_free(&a);
    a.cap = 1000;
    ck_assert_ptr_nonnull(ward_arena_alloc(&a, 900));
    ck_assert_ptr_null(ward_arena_alloc(&a, 200));
    ck_assert_int_eq(a.failed, 1);
    ward_arena_free(&a);
}
END_TEST

START_TEST(arena_out_of_memory)
{
    ward_arena a;
    ward_arena_init(&a);
    ward_alloc_fail_after(0);
    void *p = ward_arena_alloc(&a, 10);
    ward_alloc_fail_after(-1);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(a.failed, 1);
    ward_arena_free(&a);
}
END_TEST

START_TEST(source_positions)
{
    ward_sources s;
    ward_sources_init(&s);
    const char *text = "ab\r\ncdé f\n\nlast";
    uint32_t id = ward_sources_add(&s, "t.txt", text, strlen(text));
    ck_assert_uint_eq(id, 0);
    ward_pos p = ward_source_pos(&s, id, 0);
    ck_assert_uint_eq(p.line, 1);
    ck_assert_uint_eq(p.col, 1);
    p = ward_source_pos(&s, id, 4);   /* 'c' */
    ck_assert_uint_eq(p.line, 2);
    ck_assert_uint_eq(p.col, 1);
    p = ward_source_pos(&s, id, 9);   /* 'f' after a two-byte é: column counts code points */
    ck_assert_uint_eq(p.line, 2);
    ck_assert_uint_eq(p.col, 5);
    p = ward_source_pos(&s, id, (uint32_t)strlen(text) - 1);
    ck_assert_uint_eq(p.line, 4);
    ck_assert_uint_eq(p.col, 4);
    size_t len;
    const char *l = ward_source_line(&s, id, 1, &len);
    ck_assert_uint_eq(len, 2);   /* CR stripped */
    ck_assert_int_eq(memcmp(l, "ab", 2), 0);
    ward_sources_free(&s);
}
END_TEST

START_TEST(columns_on_very_long_lines)
{
    /* A minified document is one line: columns far into it must still count
     * code points exactly (the 4 KiB count table), not bytes. */
    ward_sources s;
    ward_sources_init(&s);
    size_t n = 100000;
    char *text = malloc(n + 1);
    size_t len = 0;
    while (len + 2 < n) {          /* "é" (2 bytes) then "a" */
        text[len++] = (char)0xC3;
        text[len++] = (char)0xA9;
        text[len++] = 'a';
    }
    text[len] = 0;
    uint32_t id = ward_sources_add(&s, "long.json", text, len);
    for (uint32_t off = 0; off < len; off += 2999) {
        uint32_t o = off - off % 3;   /* a character start */
        ward_pos p = ward_source_pos(&s, id, o);
        ck_assert_uint_eq(p.line, 1);
        ck_assert_uint_eq(p.col, 1 + (o / 3) * 2);
    }
    free(text);
    ward_sources_free(&s);
}
END_TEST

START_TEST(diag_render_caret)
{
    ward_sources s;
    ward_sources_init(&s);
    const char *text = "rule X {\n  severity hihg\n}\n";
    uint32_t id = ward_sources_add(&s, "p.ward", text, strlen(text));
    ward_diags d;
    ward_diags_init(&d);
    ward_diag *g = ward_diag_add(&d, WARD_D_CHK_BAD_META, ward_span_make(id, 20, 24), "unknown severity '%s'", "hihg");
    ward_diag_note_add(g, ward_span_make(id, 0, 4), "in this rule");
    ck_assert_uint_eq(d.errors, 1);
    ward_writer w;
    ward_writer_mem(&w);
    ward_diags_render(&w, &s, &d, 0);
    ck_assert_str_eq(w.buf,
                     "p.ward:2:12: error[E205]: unknown severity 'hihg'\n"
                     "    2 |   severity hihg\n"
                     "      |            ^~~~\n"
                     "p.ward:1:1: note: in this rule\n"
                     "    1 | rule X {\n"
                     "      | ^~~~\n");
    ward_writer_free(&w);
    ward_diags_free(&d);
    ward_sources_free(&s);
}
END_TEST

START_TEST(writer_escapes)
{
    ward_writer w;
    ward_writer_mem(&w);
    ward_write_json_str(&w, "a\"b\\\n\x01", 6);
    ck_assert_str_eq(w.buf, "a\\\"b\\\\\\n\\u0001");
    ward_writer_free(&w);
    ward_writer_mem(&w);
    ward_write_xml_str(&w, "<a&'>", 5);
    ck_assert_str_eq(w.buf, "&lt;a&amp;&apos;&gt;");
    ward_writer_free(&w);
}
END_TEST

START_TEST(sha256_known_vector)
{
    uint8_t d[32];
    char hex[65];
    ck_assert_int_eq(ward_sha256("abc", 3, d), 0);
    ward_sha256_hex(d, hex);
    ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
END_TEST

START_TEST(doc_lookup_last_duplicate_wins)
{
    ward_doc doc;
    ward_doc_init(&doc, 0);
    ward_node *obj = ward_node_new(&doc.arena, WARD_N_OBJECT, ward_span_make(0, 0, 10));
    ward_member *m = ward_arena_zalloc(&doc.arena, 2 * sizeof *m);
    m[0] = (ward_member){"k", 1, 1, ward_node_number(&doc.arena, 1, ward_span_none())};
    m[1] = (ward_member){"k", 1, 5, ward_node_number(&doc.arena, 2, ward_span_none())};
    obj->u.members = m;
    obj->len = 2;
    ck_assert_double_eq(ward_node_get(obj, "k")->u.num, 2);
    ck_assert_ptr_null(ward_node_get(obj, "K"));
    ck_assert_ptr_nonnull(ward_node_get_ci(obj, "K"));
    ward_node *s = ward_node_string(&doc.arena, "Enabled", 7, ward_span_none());
    ck_assert(ward_node_str_ieq(s, "enabled"));
    ck_assert(!ward_node_str_eq(s, "enabled"));
    ward_doc_free(&doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("base");
    TCase *tc = tcase_create("base");
    tcase_add_test(tc, arena_alloc_and_cap);
    tcase_add_test(tc, arena_out_of_memory);
    tcase_add_test(tc, source_positions);
    tcase_add_test(tc, diag_render_caret);
    tcase_add_test(tc, columns_on_very_long_lines);
    tcase_add_test(tc, writer_escapes);
    tcase_add_test(tc, sha256_known_vector);
    tcase_add_test(tc, doc_lookup_last_duplicate_wins);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
