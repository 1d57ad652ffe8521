/* json.c: the JSON text parser behind json() and base64ToJson().
 *
 * Template text is parsed with cJSON (a well-kept library; these values need
 * no positions of their own: they are placed at the span of the calling
 * expression) and converted into arena nodes.  Depth is capped at
 * WARD_EVAL_MAX_NODE_DEPTH and sizes at the evaluator's item caps, and every
 * node spends a step of the budget. */
#include "evalint.h"

#include <cjson/cJSON.h>
#include <string.h>

typedef struct conv {
    ward_eval_ctx *ctx;
    ward_span span;
    const char *err;
} conv;

static ward_node *convert(conv *cv, const cJSON *j, int depth);

static ward_node *convert_container(conv *cv, const cJSON *j, int depth)
{
    size_t n = 0;
    for (const cJSON *k = j->child; k; k = k->next)
        n++;
    if (n > WARD_EVAL_MAX_ITEMS) {
        cv->err = cJSON_IsArray(j) ? "array too large" : "object too large";
        return NULL;
    }
    int is_obj = cJSON_IsObject(j);
    ward_node *out = is_obj ? ward_ev_object(cv->ctx, n, cv->span) : ward_ev_array(cv->ctx, n, cv->span);
    if (!out)
        return NULL;
    size_t i = 0;
    for (const cJSON *k = j->child; k; k = k->next, i++) {
        ward_node *v = convert(cv, k, depth + 1);
        if (!v)
            return NULL;
        if (!is_obj) {
            out->u.items[i] = v;
            continue;
        }
        ward_node *key = ward_ev_str(cv->ctx, k->string ? k->string : "", k->string ? strlen(k->string) : 0, cv->span);
        if (!key)
            return NULL;
        out->u.members[i].key = key->u.str;
        out->u.members[i].klen = key->len;
        out->u.members[i].kstart = cv->span.start;
        out->u.members[i].value = v;
    }
    return out;
}

static ward_node *convert(conv *cv, const cJSON *j, int depth)
{
    if (depth > WARD_EVAL_MAX_NODE_DEPTH) {
        cv->err = "nested too deeply";
        return NULL;
    }
    if (!ward_ev_spend(cv->ctx, 1)) {
        cv->err = "too large to evaluate";
        return NULL;
    }
    if (cJSON_IsNull(j))
        return ward_ev_null(cv->ctx, cv->span);
    if (cJSON_IsBool(j))
        return ward_ev_bool(cv->ctx, cJSON_IsTrue(j), cv->span);
    if (cJSON_IsNumber(j))
        return ward_ev_num(cv->ctx, j->valuedouble, cv->span);
    if (cJSON_IsString(j))
        return ward_ev_str(cv->ctx, j->valuestring, strlen(j->valuestring), cv->span);
    return convert_container(cv, j, depth);
}

ward_node *ward_ev_parse_json(ward_eval_ctx *ctx, const char *s, size_t n, ward_span span, const char **err)
{
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(s, n, &end, 0);
    *err = NULL;
    if (!j) {
        /* cJSON reports where it stopped, not why: give the position. */
        size_t at = end && end >= s && end <= s + n ? (size_t)(end - s) : n;
        *err = ward_arena_printf(ctx->arena, "syntax error at character %zu", at + 1);
        return NULL;
    }
    /* cJSON stops after the first value: anything but white space after it is an error. */
    while (end && end < s + n && (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r'))
        end++;
    ward_node *v = NULL;
    if (end && end != s + n) {
        *err = "unexpected text after the value";
    } else {
        conv cv = {ctx, span, NULL};
        v = convert(&cv, j, 0);
        *err = cv.err;
    }
    cJSON_Delete(j);
    return v;
}
