/* verify.h: structural verification of a program image.
 *
 * Every image that came from outside (a .wardb file) is verified before the
 * VM may run it: known opcodes, operands in range, jumps onto instruction
 * starts, consistent stack depths on every path, calls with the callee's
 * arity, an acyclic call graph, consistent rule, selector and index tables.
 * After success, no byte string can make the VM read out of bounds. */
#ifndef WARD_VERIFY_H
#define WARD_VERIFY_H

#include "image.h"

#include <stddef.h>

enum { WARD_MAX_STACK = 1024, WARD_MAX_LOCALS = 4096 };

/* Returns 0 and sets img->verified, or -1 with a reason in why. */
int ward_verify(ward_image *img, char *why, size_t whylen);

/* Builtin arity table (from builtins.def) shared with the checker and VM. */
typedef struct ward_builtin_info {
    const char *name;
    int min_args, max_args;
    const char *arg_types;
    char result;
    const char *doc;
} ward_builtin_info;

enum {
#define X(name, mn, mx, args, res, doc) WARD_BI_##name,
#include "builtins.def"
#undef X
    WARD_BI__COUNT
};

const ward_builtin_info *ward_builtin_get(unsigned id);
int ward_builtin_find(const char *name);   /* id or -1 */

#endif
