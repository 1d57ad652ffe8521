/* value.h: runtime values of the VM.
 *
 * Values are small structs passed by value.  Scalars read from a document
 * keep a pointer to their node (`at`) and, when the node is an object
 * member, the offset of its key, so that the finding for a failed check can
 * point at the property that decided it.  ABSENT values keep the location
 * of the deepest part of their path that exists.  Lists and objects built
 * by policies live in the evaluation arena. */
#ifndef WARD_VALUE_H
#define WARD_VALUE_H

#include "../base/arena.h"
#include "../doc/doc.h"

#include <stdint.h>

typedef enum ward_vkind {
    WARD_V_ABSENT, WARD_V_NULL, WARD_V_BOOL, WARD_V_NUM, WARD_V_STR,
    WARD_V_NODE,     /* a document array or object */
    WARD_V_LIST,     /* a list built by the policy */
    WARD_V_OBJ,      /* an object built by the policy */
    WARD_V_RES,      /* a resource of the current set */
    WARD_V_UNKNOWN,  /* not known before deployment; s = description */
} ward_vkind;

enum {
    WARD_VF_KEYCALL = 1,
    WARD_VF_SECRET = 2,
    WARD_VF_ABSENTLOC = 4,   /* location is the deepest existing part of an absent path */
    WARD_VF_REFERENCE = 8,   /* unknown read from another resource: "reference(<id>).path" */
};

#define WARD_NO_KEY UINT32_MAX

typedef struct ward_value ward_value;
typedef struct ward_vlist { uint32_t n; ward_value *items; } ward_vlist;
typedef struct ward_vobj { uint32_t n; const char **keys; uint32_t *klens; ward_value *vals; } ward_vobj;

struct ward_value {
    uint8_t kind;
    uint8_t flags;
    uint32_t len;                /* STR / UNKNOWN text length */
    union {
        int b;
        double n;
        const char *s;
        const ward_node *node;
        ward_vlist *list;
        ward_vobj *obj;
        uint32_t res;
    } u;
    const ward_node *at;         /* document node that decided this value, or NULL */
    uint32_t kstart;             /* key offset of `at` as an object member, or WARD_NO_KEY */
};

static inline ward_value ward_v_absent(void)
{
    ward_value v = {WARD_V_ABSENT, 0, 0, {0}, NULL, WARD_NO_KEY};
    return v;
}
static inline ward_value ward_v_bool(int b)
{
    ward_value v = ward_v_absent();
    v.kind = WARD_V_BOOL;
    v.u.b = !!b;
    return v;
}
static inline ward_value ward_v_num(double n)
{
    ward_value v = ward_v_absent();
    v.kind = WARD_V_NUM;
    v.u.n = n;
    return v;
}
static inline ward_value ward_v_str(const char *s, uint32_t len)
{
    ward_value v = ward_v_absent();
    v.kind = WARD_V_STR;
    v.u.s = s;
    v.len = len;
    return v;
}
static inline ward_value ward_v_unknown(const char *why, uint32_t len)
{
    ward_value v = ward_v_str(why, len);
    v.kind = WARD_V_UNKNOWN;
    return v;
}

/* A value for a document node (kstart: its key offset or WARD_NO_KEY). */
ward_value ward_v_from_node(const ward_node *n, uint32_t kstart);

/* Three-valued truth: 1 true, 0 false, -1 unknown.  Only BOOL true is true. */
int ward_v_truth(const ward_value *v);
/* Collections: length and item access over document arrays and policy lists. */
int ward_v_is_list(const ward_value *v);
uint32_t ward_v_list_len(const ward_value *v);
ward_value ward_v_list_at(const ward_value *v, uint32_t i);
/* Equality: 1, 0 or -1 (unknown).  ci: ignore ASCII case in strings. */
int ward_v_equal(const ward_value *a, const ward_value *b, int ci);
/* Text form for templates and messages (into the arena). */
const char *ward_v_text(ward_arena *a, const ward_value *v, const char *(*res_name)(void *, uint32_t), void *ctx,
                        uint32_t *len);

#endif
