/* opcode.c: opcode descriptors projected from opcodes.def. */
#include "opcode.h"

#include <string.h>

static const ward_opinfo table[WARD_OP__COUNT] = {
#define X(name, ops, pops, pushes, flags, doc) {#name, ops, pops, pushes, flags, doc},
#include "opcodes.def"
#undef X
};

const ward_opinfo *ward_opinfo_get(unsigned op) { return op < WARD_OP__COUNT ? &table[op] : NULL; }

int ward_op_jumps(unsigned op) { return op < WARD_OP__COUNT && strchr(table[op].flags, 'J') != NULL; }

int ward_op_ends(unsigned op) { return op < WARD_OP__COUNT && strchr(table[op].flags, 'E') != NULL; }

unsigned ward_op_length(unsigned op)
{
    if (op >= WARD_OP__COUNT)
        return 0;
    unsigned n = 1;
    for (const char *p = table[op].operands; *p; p++)
        n += *p == 'A' ? 2 : *p == 'B' ? 1 : 4;
    return n;
}
