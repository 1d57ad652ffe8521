/* check_json.c: the located JSON reader: values, spans, key offsets,
 * escapes, encodings, comments, limits, every class of syntax error with its
 * line:col, truncated input, allocation failure, and the shared corpus. */
#include "base/alloc.h"
#include "base/diag.h"
#include "base/source.h"
#include "doc/doc.h"
#include "readers/json/json.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One parse: sources, diagnostics and doc, freed together. */
typedef struct fixture {
    ward_sources src;
    ward_diags diags;
    ward_doc doc;
    uint32_t id;
    int rc;
} fixture;

static int parse_opts(fixture *f, const char *text, size_t len, int comments, unsigned depth)
{
    ward_sources_init(&f->src);
    ward_diags_init(&f->diags);
    f->id = ward_sources_add(&f->src, "t.json", text, len);
    ck_assert_uint_ne(f->id, WARD_NO_FILE);
    ward_doc_init(&f->doc, f->id);
    ward_json_opts o = {comments, depth};
    f->rc = ward_json_parse(&f->doc, &f->src, f->id, &o, &f->diags);
    return f->rc;
}

static int parse_len(fixture *f, const char *text, size_t len)
{
    return parse_opts(f, text, len, 0, 0);
}

static int parse(fixture *f, const char *text) { return parse_len(f, text, strlen(text)); }

static void fixture_free(fixture *f)
{
    ward_doc_free(&f->doc);
    ward_diags_free(&f->diags);
    ward_sources_free(&f->src);
}

static ward_pos pos_of(const fixture *f, uint32_t off) { return ward_source_pos(&f->src, f->id, off); }

static const char *text_of(const fixture *f) { return ward_sources_get(&f->src, f->id)->text; }

static int str_is(const ward_node *n, const char *s)
{
    return n && n->kind == WARD_N_STRING && n->len == strlen(s) && memcmp(n->u.str, s, n->len) == 0;
}

/* Checks that the parse failed with exactly one diagnostic of `code` at
 * line:col whose message contains `substr`; fills why on mismatch.  Used
 * through EXPECT_ERROR so a failure names the caller's line. */
static int error_matches(const char *text, size_t len, int comments, ward_diag_code code, unsigned line,
                         unsigned col, const char *substr, char *why, size_t whylen)
{
    fixture f;
    parse_opts(&f, text, len, comments, 0);
    int ok = 0;
    if (f.rc != -1 || f.diags.n != 1 || f.doc.root) {
        snprintf(why, whylen, "rc=%d, %zu diagnostics, root=%p", f.rc, f.diags.n, (void *)f.doc.root);
    } else {
        const ward_diag *g = &f.diags.items[0];
        ward_pos p = pos_of(&f, g->span.start);
        ok = g->code == code && p.line == line && p.col == col && g->span.file == f.id &&
             strstr(g->message, substr) != NULL;
        snprintf(why, whylen, "got %s at %u:%u \"%s\"; want %s at %u:%u containing \"%s\"",
                 ward_diag_code_str(g->code), p.line, p.col, g->message, ward_diag_code_str(code), line,
                 col, substr);
    }
    fixture_free(&f);
    return ok;
}

#define EXPECT_ERROR_C(text, comments, code, line, col, substr)                                    \
    do {                                                                                           \
        char why_[512];                                                                            \
        ck_assert_msg(error_matches(text, sizeof(text) - 1, comments, code, line, col, substr,     \
                                    why_, sizeof why_),                                            \
                      "%s: %s", #text, why_);                                                      \
    } while (0)
#define EXPECT_ERROR(text, code, line, col, substr) EXPECT_ERROR_C(text, 0, code, line, col, substr)

START_TEST(every_kind_with_spans)
{
    fixture f;
    const char *t = "{\"a\": 1, \"bb\": [true, false, null],\n \"c\": {\"d\": \"x\"}, \"e\": -1.5e2, \"f\": {}, \"g\": []}";
    ck_assert_int_eq(parse(&f, t), 0);
    const ward_node *r = f.doc.root;
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(f.doc.file, f.id);
    ck_assert_int_eq(r->kind, WARD_N_OBJECT);
    ck_assert_uint_eq(r->len, 6);
    ck_assert_uint_eq(r->span.file, f.id);
    ck_assert_uint_eq(r->span.start, 0);
    ck_assert_uint_eq(r->span.end, strlen(t));
    const ward_member *m = r->u.members;
    /* keys in order, each with the offset of its opening quote */
    const char *keys[] = {"a", "bb", "c", "e", "f", "g"};
    for (int i = 0; i < 6; i++) {
        ck_assert_uint_eq(m[i].klen, strlen(keys[i]));
        ck_assert_int_eq(memcmp(m[i].key, keys[i], m[i].klen), 0);
        char quoted[8];
        snprintf(quoted, sizeof quoted, "\"%s\"", keys[i]);
        ck_assert_uint_eq(m[i].kstart, (uint32_t)(strstr(t, quoted) - t));
    }
    ck_assert_int_eq(m[0].value->kind, WARD_N_NUMBER);
    ck_assert_double_eq(m[0].value->u.num, 1);
    ck_assert_uint_eq(m[0].value->span.start, 6);
    ck_assert_uint_eq(m[0].value->span.end, 7);
    const ward_node *arr = m[1].value;
    ck_assert_int_eq(arr->kind, WARD_N_ARRAY);
    ck_assert_uint_eq(arr->len, 3);
    ck_assert_uint_eq(arr->span.start, 15);
    ck_assert_uint_eq(arr->span.end, 34);
    ck_assert_int_eq(arr->u.items[0]->kind, WARD_N_BOOL);
    ck_assert_int_eq(arr->u.items[0]->u.b, 1);
    ck_assert_uint_eq(arr->u.items[0]->span.start, 16);
    ck_assert_uint_eq(arr->u.items[0]->span.end, 20);
    ck_assert_int_eq(arr->u.items[1]->u.b, 0);
    ck_assert_uint_eq(arr->u.items[1]->span.end, 27);
    ck_assert_int_eq(arr->u.items[2]->kind, WARD_N_NULL);
    ck_assert_uint_eq(arr->u.items[2]->span.start, 29);
    const ward_node *c = m[2].value;
    ck_assert_int_eq(c->kind, WARD_N_OBJECT);
    ward_pos p = pos_of(&f, c->span.start);
    ck_assert_uint_eq(p.line, 2);
    ck_assert_uint_eq(p.col, 7);
    const ward_node *d = ward_node_get(c, "d");
    ck_assert(str_is(d, "x"));
    ck_assert_uint_eq(d->span.end - d->span.start, 3);   /* quotes included */
    ck_assert_int_eq(text_of(&f)[d->span.start], '"');
    ck_assert_double_eq(m[3].value->u.num, -150.0);
    ck_assert_uint_eq(m[3].value->span.end - m[3].value->span.start, 6);
    ck_assert_int_eq(m[4].value->kind, WARD_N_OBJECT);
    ck_assert_uint_eq(m[4].value->len, 0);
    ck_assert_int_eq(m[5].value->kind, WARD_N_ARRAY);
    ck_assert_uint_eq(m[5].value->len, 0);
    ck_assert_uint_eq(f.diags.n, 0);
    fixture_free(&f);
}
END_TEST

START_TEST(scalar_roots_and_whitespace)
{
    fixture f;
    ck_assert_int_eq(parse(&f, " \t\r\n \"hi\" \n"), 0);
    ck_assert(str_is(f.doc.root, "hi"));
    ck_assert_uint_eq(f.doc.root->span.start, 5);
    fixture_free(&f);
    ck_assert_int_eq(parse(&f, "null"), 0);
    ck_assert_int_eq(f.doc.root->kind, WARD_N_NULL);
    fixture_free(&f);
    ck_assert_int_eq(parse(&f, "[[[]],{\"\":[{}]}]"), 0);
    ck_assert_uint_eq(f.doc.root->len, 2);
    ck_assert_uint_eq(f.doc.root->u.items[1]->u.members[0].klen, 0);
    fixture_free(&f);
}
END_TEST

START_TEST(numbers_exact)
{
    static const char *nums[] = {
        "0", "-0", "1", "-1", "42", "0.1", "0.5", "-2.5E+3", "1e22", "1e23", "9007199254740993",
        "123456789012345678901234567890", "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308",
        "0.000001", "1E-7", "3.14159265358979323846", "100e-2", "1e0", "0e100", "-0.0e-5",
        "18446744073709551616", "0.30000000000000004",
    };
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        fixture f;
        ck_assert_msg(parse(&f, nums[i]) == 0, "%s", nums[i]);
        ck_assert_int_eq(f.doc.root->kind, WARD_N_NUMBER);
        double want = strtod(nums[i], NULL);
        ck_assert_msg(f.doc.root->u.num == want, "%s: %.17g != %.17g", nums[i], f.doc.root->u.num, want);
        ck_assert_uint_eq(f.doc.root->span.end, strlen(nums[i]));
        fixture_free(&f);
    }
    fixture f;
    ck_assert_int_eq(parse(&f, "-0"), 0);
    ck_assert(signbit(f.doc.root->u.num));
    fixture_free(&f);
}
END_TEST

START_TEST(number_errors)
{
    EXPECT_ERROR("01", WARD_D_DOC_SYNTAX, 1, 1, "leading zeros");
    EXPECT_ERROR("[-012]", WARD_D_DOC_SYNTAX, 1, 2, "leading zeros");
    EXPECT_ERROR("[1.]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number '1.'");
    EXPECT_ERROR("[.5]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number '.5'");
    EXPECT_ERROR("[1e]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number");
    EXPECT_ERROR("[1e+]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number");
    EXPECT_ERROR("[-]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number '-'");
    EXPECT_ERROR("[0x1F]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number");
    EXPECT_ERROR("[+1]", WARD_D_DOC_SYNTAX, 1, 2, "unexpected character '+'");
    EXPECT_ERROR("[NaN]", WARD_D_DOC_SYNTAX, 1, 2, "invalid literal 'NaN'");
    EXPECT_ERROR("[-Infinity]", WARD_D_DOC_SYNTAX, 1, 2, "invalid number");
    EXPECT_ERROR("[Infinity]", WARD_D_DOC_SYNTAX, 1, 2, "invalid literal");
    EXPECT_ERROR("[1e400]", WARD_D_DOC_SYNTAX, 1, 2, "out of range");
    EXPECT_ERROR("[-1e400]", WARD_D_DOC_SYNTAX, 1, 2, "out of range");
}
END_TEST

START_TEST(escapes_and_surrogates)
{
    fixture f;
    const char *t = "{\"k\\u00e9y\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t|\\u0041\\u00e9\\u20ac\\ud83d\\ude00\\u0000z\"}";
    ck_assert_int_eq(parse(&f, t), 0);
    const ward_member *m = &f.doc.root->u.members[0];
    ck_assert_uint_eq(m->klen, 4);
    ck_assert_int_eq(memcmp(m->key, "k\xc3\xa9y", 4), 0);
    ck_assert_uint_eq(m->kstart, 1);
    const char want[] = "a\"b\\c/d\b\f\n\r\t|A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\0z";
    ck_assert_uint_eq(m->value->len, sizeof want - 1);
    ck_assert_int_eq(memcmp(m->value->u.str, want, sizeof want - 1), 0);
    /* decoded strings live in the arena, not in the source text */
    const char *text = text_of(&f);
    ck_assert(m->value->u.str < text || m->value->u.str > text + strlen(t));
    ck_assert_uint_eq(m->value->span.start, 13);
    ck_assert_uint_eq(m->value->span.end, strlen(t) - 1);
    fixture_free(&f);

    EXPECT_ERROR("[\"ab\\q\"]", WARD_D_DOC_SYNTAX, 1, 5, "invalid escape '\\q'");
    EXPECT_ERROR("[\"\\u12G4\"]", WARD_D_DOC_SYNTAX, 1, 3, "expected 4 hex digits");
    EXPECT_ERROR("[\"\\u12\"]", WARD_D_DOC_SYNTAX, 1, 3, "\\u escape");
    EXPECT_ERROR("[\"x\\ud83d\"]", WARD_D_DOC_SYNTAX, 1, 4, "unpaired UTF-16 surrogate");
    EXPECT_ERROR("[\"\\ud83dx\"]", WARD_D_DOC_SYNTAX, 1, 3, "unpaired");
    EXPECT_ERROR("[\"\\ud83d\\u0041\"]", WARD_D_DOC_SYNTAX, 1, 3, "unpaired");
    EXPECT_ERROR("[\"\\ude00\"]", WARD_D_DOC_SYNTAX, 1, 3, "unpaired");
    EXPECT_ERROR("{\"\\udc00\": 1}", WARD_D_DOC_SYNTAX, 1, 3, "unpaired");
    EXPECT_ERROR("[\"abc\\", WARD_D_DOC_SYNTAX, 1, 6, "invalid escape");
}
END_TEST

START_TEST(zero_copy_strings)
{
    fixture f;
    const char *t = "{\"name\": \"st\xc3\xa9rage\", \"x\": [\"\"]}";
    ck_assert_int_eq(parse(&f, t), 0);
    const char *text = text_of(&f);
    const ward_member *m = &f.doc.root->u.members[0];
    ck_assert_ptr_eq(m->key, text + 2);
    ck_assert_ptr_eq(m->value->u.str, text + 10);
    ck_assert_uint_eq(m->value->len, 8);
    ck_assert_int_eq(m->value->u.str[m->value->len], '"');   /* not NUL-terminated */
    const ward_node *e = f.doc.root->u.members[1].value->u.items[0];
    ck_assert_uint_eq(e->len, 0);
    ck_assert_ptr_eq(e->u.str, text + strlen(t) - 3);
    fixture_free(&f);
}
END_TEST

START_TEST(utf8_bom)
{
    fixture f;
    const char t[] = "\xEF\xBB\xBF{\"a\": true}";
    ck_assert_int_eq(parse(&f, t), 0);
    ck_assert_uint_eq(f.doc.root->span.start, 3);    /* spans count from the file start */
    ck_assert_uint_eq(f.doc.root->u.members[0].kstart, 4);
    ward_pos p = pos_of(&f, 4);
    ck_assert_uint_eq(p.line, 1);
    ck_assert_uint_eq(p.col, 2);                      /* the BOM is not a column */
    fixture_free(&f);
    EXPECT_ERROR("\xEF\xBB\xBF{\"a\" 1}", WARD_D_DOC_SYNTAX, 1, 6, "expected ':' after object key");
    EXPECT_ERROR("\xEF\xBB\xBF", WARD_D_DOC_SYNTAX, 1, 1, "empty document");
    EXPECT_ERROR("\xEF\xBB\xBF\xEF\xBB\xBF{}", WARD_D_DOC_SYNTAX, 1, 1, "unexpected byte 0xEF");
}
END_TEST

/* UTF-8 text (ASCII plus BMP and astral characters) -> UTF-16 with a BOM. */
static char *to_utf16(const char *s, int big_endian, size_t *outlen)
{
    size_t n = strlen(s);
    char *out = malloc(2 * n + 4), *o = out;
    unsigned units[2];
    *o++ = big_endian ? (char)0xFE : (char)0xFF;
    *o++ = big_endian ? (char)0xFF : (char)0xFE;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        unsigned cp;
        if (*p < 0x80)
            cp = *p++;
        else if (*p < 0xE0)
            cp = (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu), p += 2;
        else if (*p < 0xF0)
            cp = (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu), p += 3;
        else
            cp = (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu), p += 4;
        int nu = 1;
        units[0] = cp;
        if (cp >= 0x10000) {
            units[0] = 0xD800 + ((cp - 0x10000) >> 10);
            units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int i = 0; i < nu; i++) {
            *o++ = (char)(big_endian ? units[i] >> 8 : units[i] & 0xFF);
            *o++ = (char)(big_endian ? units[i] & 0xFF : units[i] >> 8);
        }
    }
    *outlen = (size_t)(o - out);
    return out;
}

static void check_utf16(int big_endian)
{
    const char *u8 = "{\r\n  \"k\": \"\xc3\xa9\xf0\x9f\x98\x80\",\r\n  \"x\": [1, 2]\r\n}";
    size_t n;
    char *u16 = to_utf16(u8, big_endian, &n);
    fixture f;
    ck_assert_int_eq(parse_len(&f, u16, n), 0);
    /* the table now holds UTF-8 without the BOM */
    const ward_source *s = ward_sources_get(&f.src, f.id);
    ck_assert_uint_eq(s->len, strlen(u8));
    ck_assert_int_eq(memcmp(s->text, u8, s->len), 0);
    ck_assert_int_eq(s->text[s->len], 0);
    ck_assert(str_is(ward_node_get(f.doc.root, "k"), "\xc3\xa9\xf0\x9f\x98\x80"));
    const ward_member *x = ward_node_member(f.doc.root, "x", 1);
    ward_pos p = pos_of(&f, x->kstart);
    ck_assert_uint_eq(p.line, 3);
    ck_assert_uint_eq(p.col, 3);
    p = pos_of(&f, x->value->u.items[1]->span.start);
    ck_assert_uint_eq(p.line, 3);
    ck_assert_uint_eq(p.col, 12);
    fixture_free(&f);
    free(u16);

    /* errors after transcoding are located in the UTF-8 text */
    u16 = to_utf16("{\n  \"\xc3\xa9\": 1\n  \"b\": 2\n}", big_endian, &n);
    parse_len(&f, u16, n);
    ck_assert_int_eq(f.rc, -1);
    ck_assert_uint_eq(f.diags.n, 1);
    p = pos_of(&f, f.diags.items[0].span.start);
    ck_assert_uint_eq(p.line, 3);
    ck_assert_uint_eq(p.col, 3);
    fixture_free(&f);
    free(u16);
}

START_TEST(utf16_le_and_be)
{
    check_utf16(0);
    check_utf16(1);
    /* an unpaired surrogate and an odd byte count are encoding errors */
    fixture f;
    parse_len(&f, "\xFF\xFE[\0\x00\xD8]\0", 8);
    ck_assert_int_eq(f.rc, -1);
    ck_assert_uint_eq(f.diags.n, 1);
    ck_assert_int_eq(f.diags.items[0].code, WARD_D_DOC_ENCODING);
    ck_assert_uint_eq(f.diags.items[0].span.start, 4);
    fixture_free(&f);
    parse_len(&f, "\xFE\xFF\0[\0", 5);
    ck_assert_int_eq(f.diags.items[0].code, WARD_D_DOC_ENCODING);
    fixture_free(&f);
    parse_len(&f, "\xFF\xFE", 2);
    ck_assert_int_eq(f.rc, -1);
    ck_assert_str_eq(f.diags.items[0].message, "empty document");
    fixture_free(&f);
    EXPECT_ERROR("{\0}\0", WARD_D_DOC_ENCODING, 1, 1, "without a byte order mark");
    EXPECT_ERROR("\xFF\xFE\0\0{\0\0\0", WARD_D_DOC_ENCODING, 1, 1, "UTF-32");
}
END_TEST

START_TEST(crlf_positions)
{
    EXPECT_ERROR("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n  \"c\": 3\r\n}\r\n", WARD_D_DOC_SYNTAX, 4, 3,
                 "expected ',' or '}' after object member, found a string");
    fixture f;
    ck_assert_int_eq(parse(&f, "[\r\n1,\r\n\r\n  2]\r\n"), 0);
    ward_pos p = pos_of(&f, f.doc.root->u.items[1]->span.start);
    ck_assert_uint_eq(p.line, 4);
    ck_assert_uint_eq(p.col, 3);
    fixture_free(&f);
}
END_TEST

START_TEST(comments_on_and_off)
{
    const char t[] = "// ARM allows comments\n{ /* one */ \"a\": /* two\n*/ 1 // three\n}";
    fixture f;
    ck_assert_int_eq(parse_opts(&f, t, sizeof t - 1, 1, 0), 0);
    ck_assert_double_eq(ward_node_get(f.doc.root, "a")->u.num, 1);
    fixture_free(&f);
    EXPECT_ERROR(t, WARD_D_DOC_SYNTAX, 1, 1, "comments are not allowed");
    EXPECT_ERROR("{\"a\": 1 /* x */}", WARD_D_DOC_SYNTAX, 1, 9, "comments are not allowed");
    EXPECT_ERROR_C("{\"a\": 1 /* x }", 1, WARD_D_DOC_SYNTAX, 1, 9, "unterminated comment");
    EXPECT_ERROR_C("{\"a\": 1 / 2}", 1, WARD_D_DOC_SYNTAX, 1, 9, "unexpected character '/'");
    EXPECT_ERROR_C("// only a comment", 1, WARD_D_DOC_SYNTAX, 1, 18, "empty document");
    ck_assert_int_eq(parse_opts(&f, "[1]// end", 9, 1, 0), 0);
    fixture_free(&f);
    ck_assert_int_eq(parse_opts(&f, "[1]/**/", 7, 1, 0), 0);
    fixture_free(&f);
    ck_assert_int_eq(parse_opts(&f, "[1/***/]", 8, 1, 0), 0);
    fixture_free(&f);
}
END_TEST

START_TEST(depth_limit)
{
    enum { N = 100000 };
    char *t = malloc(2 * N + 1);
    memset(t, '[', N);
    memset(t + N, ']', N);
    t[2 * N] = 0;
    fixture f;
    ck_assert_int_eq(parse_len(&f, t, 2 * N), -1);
    ck_assert_uint_eq(f.diags.n, 1);
    ck_assert_int_eq(f.diags.items[0].code, WARD_D_DOC_DEPTH);
    ck_assert_uint_eq(f.diags.items[0].span.start, 512);   /* the 513th '[' */
    fixture_free(&f);
    /* exactly at the limit is fine; a raised limit admits more */
    ck_assert_int_eq(parse_len(&f, t + N - 512, 1024), 0);
    fixture_free(&f);
    ck_assert_int_eq(parse_opts(&f, t, 2 * N, 0, N), 0);
    fixture_free(&f);
    ck_assert_int_eq(parse_opts(&f, "{\"a\":[{}]}", 10, 0, 2), -1);
    ck_assert_int_eq(f.diags.items[0].code, WARD_D_DOC_DEPTH);
    ck_assert_uint_eq(f.diags.items[0].span.start, 6);
    fixture_free(&f);
    /* unclosed deep nesting under the limit: one error at the end */
    ck_assert_int_eq(parse_opts(&f, t, N, 0, N), -1);
    ck_assert_uint_eq(f.diags.n, 1);
    ck_assert_uint_eq(f.diags.items[0].span.start, N);
    fixture_free(&f);
    free(t);
}
END_TEST

START_TEST(duplicate_keys_kept)
{
    fixture f;
    ck_assert_int_eq(parse(&f, "{\"k\": 1, \"j\": 0, \"k\": 2}"), 0);
    ck_assert_uint_eq(f.doc.root->len, 3);
    ck_assert_uint_eq(f.doc.root->u.members[0].kstart, 1);
    ck_assert_uint_eq(f.doc.root->u.members[2].kstart, 17);
    ck_assert_double_eq(ward_node_get(f.doc.root, "k")->u.num, 2);
    ck_assert_uint_eq(ward_node_member(f.doc.root, "k", 1)->kstart, 17);
    fixture_free(&f);
}
END_TEST

START_TEST(syntax_errors_located)
{
    EXPECT_ERROR("", WARD_D_DOC_SYNTAX, 1, 1, "empty document");
    EXPECT_ERROR("  \n  ", WARD_D_DOC_SYNTAX, 2, 3, "empty document");
    EXPECT_ERROR("{\"a\": 1 \"b\": 2}", WARD_D_DOC_SYNTAX, 1, 9, "expected ',' or '}' after object member");
    EXPECT_ERROR("{\"a\" 1}", WARD_D_DOC_SYNTAX, 1, 6, "expected ':' after object key, found a number");
    EXPECT_ERROR("{\"a\":}", WARD_D_DOC_SYNTAX, 1, 6, "expected a value after ':', found '}'");
    EXPECT_ERROR("{\"a\":1,}", WARD_D_DOC_SYNTAX, 1, 8, "trailing commas");
    EXPECT_ERROR("[1,]", WARD_D_DOC_SYNTAX, 1, 4, "trailing commas");
    EXPECT_ERROR("[1 2]", WARD_D_DOC_SYNTAX, 1, 4, "expected ',' or ']' after array element");
    EXPECT_ERROR("[,1]", WARD_D_DOC_SYNTAX, 1, 2, "expected a value or ']', found ','");
    EXPECT_ERROR("{,}", WARD_D_DOC_SYNTAX, 1, 2, "expected a string key or '}'");
    EXPECT_ERROR("{a: 1}", WARD_D_DOC_SYNTAX, 1, 2, "object keys must be quoted");
    EXPECT_ERROR("{1: 1}", WARD_D_DOC_SYNTAX, 1, 2, "expected a string key or '}', found a number");
    EXPECT_ERROR("{\"a\":1,2}", WARD_D_DOC_SYNTAX, 1, 8, "expected a string key after ','");
    EXPECT_ERROR("[1}", WARD_D_DOC_SYNTAX, 1, 3, "expected ',' or ']' after array element, found '}'");
    EXPECT_ERROR("{\"a\":1]", WARD_D_DOC_SYNTAX, 1, 7, "found ']'");
    EXPECT_ERROR("]", WARD_D_DOC_SYNTAX, 1, 1, "expected a JSON value, found ']'");
    EXPECT_ERROR("[1] [2]", WARD_D_DOC_SYNTAX, 1, 5, "expected end of input after the JSON value");
    EXPECT_ERROR("{} x", WARD_D_DOC_SYNTAX, 1, 4, "invalid literal 'x'");
    EXPECT_ERROR("{\n  \"a\": [\n    1,\n", WARD_D_DOC_SYNTAX, 4, 1, "found end of input");
    EXPECT_ERROR("{\"a\": tru}", WARD_D_DOC_SYNTAX, 1, 7, "invalid literal 'tru'");
    EXPECT_ERROR("[True]", WARD_D_DOC_SYNTAX, 1, 2, "invalid literal 'True'");
    EXPECT_ERROR("[nulll]", WARD_D_DOC_SYNTAX, 1, 2, "invalid literal 'nulll'");
    EXPECT_ERROR("['a']", WARD_D_DOC_SYNTAX, 1, 2, "unexpected character '''");
    EXPECT_ERROR("{\"a\": \"x}", WARD_D_DOC_SYNTAX, 1, 7, "unterminated string");
    EXPECT_ERROR("[\"a\nb\"]", WARD_D_DOC_SYNTAX, 1, 4, "control character 0x0A");
    EXPECT_ERROR("[\"a\tb\"]", WARD_D_DOC_SYNTAX, 1, 4, "control character 0x09");
    EXPECT_ERROR("[\"caf\xc3\"]", WARD_D_DOC_ENCODING, 1, 6, "invalid UTF-8 byte 0xC3");
    EXPECT_ERROR("[\"\xed\xa0\x80\"]", WARD_D_DOC_ENCODING, 1, 3, "invalid UTF-8");   /* surrogate */
    EXPECT_ERROR("[\"\xc0\xaf\"]", WARD_D_DOC_ENCODING, 1, 3, "invalid UTF-8");       /* overlong */
    EXPECT_ERROR("[\"\xf4\x90\x80\x80\"]", WARD_D_DOC_ENCODING, 1, 3, "invalid UTF-8"); /* > U+10FFFF */
    EXPECT_ERROR("[\xc3\xa9]", WARD_D_DOC_SYNTAX, 1, 2, "unexpected byte 0xC3");
    EXPECT_ERROR("\n\n   @", WARD_D_DOC_SYNTAX, 3, 4, "unexpected character '@'");
}
END_TEST

START_TEST(eof_note_points_at_opener)
{
    fixture f;
    parse(&f, "{\"a\": [1, {\"b\": 2}");
    ck_assert_uint_eq(f.diags.n, 1);
    const ward_diag *g = &f.diags.items[0];
    ck_assert_uint_eq(g->span.start, 18);
    ck_assert_uint_eq(g->nnotes, 1);
    ck_assert_uint_eq(g->notes[0].span.start, 6);
    ck_assert_str_eq(g->notes[0].message, "'[' opened here");
    fixture_free(&f);
}
END_TEST

START_TEST(nul_bytes_inside)
{
    EXPECT_ERROR("[\"a\0b\"]", WARD_D_DOC_SYNTAX, 1, 4, "control character 0x00");
    EXPECT_ERROR("[1,\0 2]", WARD_D_DOC_SYNTAX, 1, 4, "unexpected byte 0x00");
    EXPECT_ERROR("{\"a\":1}\0", WARD_D_DOC_SYNTAX, 1, 8, "unexpected byte 0x00");
    EXPECT_ERROR("[1]\0\0", WARD_D_DOC_SYNTAX, 1, 4, "unexpected byte 0x00");
    fixture f;
    ck_assert_int_eq(parse_opts(&f, "[1] // x\0y", 10, 1, 0), 0);   /* a comment may hold any byte */
    fixture_free(&f);
    ck_assert_int_eq(parse_len(&f, "[\"\\u0000\"]", 10), 0);
    ck_assert_uint_eq(f.doc.root->u.items[0]->len, 1);
    fixture_free(&f);
}
END_TEST

static const char sample[] =
    "\xEF\xBB\xBF{\r\n  \"$schema\": \"https://schema.management.azure.com/x#\",\r\n"
    "  \"resources\": [ {\"type\": \"Microsoft.Storage/storageAccounts\", \"n\\u00e9\": -1.25e-3,\r\n"
    "    \"tags\": {}, \"x\": [true, false, null, \"\\ud83d\\ude00\"] } ] // done\r\n}\r\n";

START_TEST(truncated_prefixes)
{
    fixture f;
    ck_assert_int_eq(parse_opts(&f, sample, sizeof sample - 1, 1, 0), 0);
    fixture_free(&f);
    size_t full = sizeof sample - 1;
    /* Everything shorter than the closing brace is incomplete. */
    size_t last = (size_t)(strrchr(sample, '}') - sample);
    for (size_t n = 0; n <= last; n++) {
        parse_opts(&f, sample, n, 1, 0);
        ck_assert_msg(f.rc == -1 && f.diags.n == 1 && !f.doc.root, "prefix %zu", n);
        ck_assert_uint_le(f.diags.items[0].span.start, n);
        ck_assert_uint_le(f.diags.items[0].span.end, n);
        fixture_free(&f);
    }
    for (size_t n = last + 1; n <= full; n++) {
        ck_assert_msg(parse_opts(&f, sample, n, 1, 0) == 0, "prefix %zu", n);
        fixture_free(&f);
    }
}
END_TEST

/* Every allocation the reader makes may fail: it returns -1, never crashes
 * and (under the sanitizer build) never leaks. */
static void alloc_failure_loop(const char *text, size_t len, int comments)
{
    int done = 0;
    for (long n = 0; n < 100000 && !done; n++) {
        fixture f;
        ward_sources_init(&f.src);
        ward_diags_init(&f.diags);
        f.id = ward_sources_add(&f.src, "t.json", text, len);
        ward_doc_init(&f.doc, f.id);
        ward_json_opts o = {comments, 0};
        ward_alloc_fail_after(n);
        int rc = ward_json_parse(&f.doc, &f.src, f.id, &o, &f.diags);
        ward_alloc_fail_after(-1);
        if (rc == 0) {
            done = 1;
            ck_assert_ptr_nonnull(f.doc.root);
        } else {
            ck_assert_int_eq(rc, -1);
            ck_assert_ptr_null(f.doc.root);
            ck_assert_uint_le(f.diags.n, 1);
        }
        fixture_free(&f);
    }
    ck_assert(done);
}

START_TEST(allocation_failures)
{
    alloc_failure_loop(sample, sizeof sample - 1, 1);
    size_t n;
    char *u16 = to_utf16("{\"a\": [1, \"\\u00e9\", {\"b\": null}], \"c\": \"d\"}", 0, &n);
    alloc_failure_loop(u16, n, 0);
    free(u16);
    /* a big array and deep nesting force pool refills and stack growth */
    enum { N = 40000 };
    char *big = malloc(4 * N + 600);
    size_t k = 0;
    big[k++] = '[';
    for (int i = 0; i < N; i++)
        k += (size_t)sprintf(big + k, "%d,", i % 10);
    for (int i = 0; i < 500; i++)
        big[k++] = '[';
    for (int i = 0; i < 501; i++)
        big[k++] = ']';
    alloc_failure_loop(big, k, 0);
    free(big);
}
END_TEST

/* ---- the shared corpus -------------------------------------------------- */

typedef struct corpus_stats {
    int files, parsed, failed;
} corpus_stats;

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static void corpus_file(const char *path, corpus_stats *st)
{
    ward_sources src;
    ward_diags diags;
    ward_doc doc;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    uint32_t id = ward_sources_load(&src, path);
    ck_assert_msg(id != WARD_NO_FILE, "cannot load %s", path);
    ward_doc_init(&doc, id);
    ward_json_opts o = {1, 0};
    int rc = ward_json_parse(&doc, &src, id, &o, &diags);
    st->files++;
    if (rc == 0) {
        st->parsed++;
        ck_assert_ptr_nonnull(doc.root);
        ck_assert_uint_eq(diags.n, 0);
    } else {
        st->failed++;
        ck_assert_msg(diags.n == 1, "%s: %zu diagnostics", path, diags.n);
        const ward_diag *g = &diags.items[0];
        ck_assert_uint_eq(g->span.file, id);
        ward_pos p = ward_source_pos(&src, id, g->span.start);
        ck_assert_msg(p.line > 0 && p.col > 0, "%s: unlocated error", path);
        fprintf(stderr, "corpus: %s:%u:%u: %s\n", path, p.line, p.col, g->message);
    }
    ward_doc_free(&doc);
    ward_diags_free(&diags);
    ward_sources_free(&src);
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
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0)
            continue;
        if (S_ISDIR(sb.st_mode))
            corpus_walk(path, st);
        else if (S_ISREG(sb.st_mode) && ends_with(e->d_name, ".json"))
            corpus_file(path, st);
    }
    closedir(d);
}

START_TEST(corpus_json_files)
{
    const char *dir = tu_corpus_dir();
    if (!dir) {
        fprintf(stderr, "corpus_json_files: ../shared/corpus not found, skipped\n");
        return;
    }
    corpus_stats st = {0, 0, 0};
    corpus_walk(dir, &st);
    fprintf(stderr, "corpus: %d JSON files, %d parsed, %d located errors\n", st.files, st.parsed,
            st.failed);
    ck_assert_int_gt(st.files, 0);
}
END_TEST

/* Finds the UTF-16 LE plan under checkov/plan and checks that it parses. */
static int find_utf16_plan(const char *dir, char *out, size_t outlen)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    struct dirent *e;
    int found = 0;
    while (!found && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0)
            continue;
        if (S_ISDIR(sb.st_mode)) {
            found = find_utf16_plan(path, out, outlen);
        } else if (ends_with(e->d_name, ".json")) {
            FILE *fp = fopen(path, "rb");
            unsigned char b[2] = {0, 0};
            if (fp && fread(b, 1, 2, fp) == 2 && b[0] == 0xFF && b[1] == 0xFE) {
                snprintf(out, outlen, "%s", path);
                found = 1;
            }
            if (fp)
                fclose(fp);
        }
    }
    closedir(d);
    return found;
}

START_TEST(corpus_utf16_plan)
{
    const char *dir = tu_corpus_dir();
    if (!dir) {
        fprintf(stderr, "corpus_utf16_plan: ../shared/corpus not found, skipped\n");
        return;
    }
    char plans[4096], path[4096];
    snprintf(plans, sizeof plans, "%s/checkov/plan", dir);
    ck_assert_msg(find_utf16_plan(plans, path, sizeof path), "no UTF-16LE plan under %s", plans);
    ward_sources src;
    ward_diags diags;
    ward_doc doc;
    ward_sources_init(&src);
    ward_diags_init(&diags);
    uint32_t id = ward_sources_load(&src, path);
    ward_doc_init(&doc, id);
    ck_assert_int_eq(ward_json_parse(&doc, &src, id, NULL, &diags), 0);
    ck_assert_int_eq(doc.root->kind, WARD_N_OBJECT);
    const ward_node *pv = ward_node_get(doc.root, "planned_values");
    ck_assert_ptr_nonnull(pv);
    ward_pos p = ward_source_pos(&src, id, ward_node_member(doc.root, "planned_values", 14)->kstart);
    ck_assert_uint_gt(p.line, 0);
    ck_assert_uint_ge(p.col, 1);
    ward_doc_free(&doc);
    ward_diags_free(&diags);
    ward_sources_free(&src);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("json");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, every_kind_with_spans);
    tcase_add_test(tc, scalar_roots_and_whitespace);
    tcase_add_test(tc, numbers_exact);
    tcase_add_test(tc, number_errors);
    tcase_add_test(tc, escapes_and_surrogates);
    tcase_add_test(tc, zero_copy_strings);
    tcase_add_test(tc, utf8_bom);
    tcase_add_test(tc, utf16_le_and_be);
    tcase_add_test(tc, crlf_positions);
    tcase_add_test(tc, comments_on_and_off);
    tcase_add_test(tc, depth_limit);
    tcase_add_test(tc, duplicate_keys_kept);
    tcase_add_test(tc, syntax_errors_located);
    tcase_add_test(tc, eof_note_points_at_opener);
    tcase_add_test(tc, nul_bytes_inside);
    tcase_add_test(tc, truncated_prefixes);
    tcase_add_test(tc, allocation_failures);
    tcase_add_test(tc, corpus_json_files);
    tcase_add_test(tc, corpus_utf16_plan);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
