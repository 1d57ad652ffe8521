/* opcode.h: tables derived from opcodes.def. */
#ifndef WARD_OPCODE_H
#define WARD_OPCODE_H

#include <stdint.h>

typedef enum ward_opcode {
#define X(name, ops, pops, pushes, flags, doc) WARD_OP_##name,
#include "opcodes.def"
#undef X
    WARD_OP__COUNT
} ward_opcode;

typedef struct ward_opinfo {
    const char *name;
    const char *operands;   /* "A", "AB", "J", "AJ", "AA" ... */
    int pops, pushes;
    const char *flags;      /* 'J' may jump, 'E' ends a block */
    const char *doc;
} ward_opinfo;

const ward_opinfo *ward_opinfo_get(unsigned op);   /* NULL if op is not an opcode */
int ward_op_jumps(unsigned op);
int ward_op_ends(unsigned op);
/* Byte length of an instruction with this opcode (1 + operands). */
unsigned ward_op_length(unsigned op);

/* Quantifier codes for ACC. */
enum { WARD_QACC_ANY = 0, WARD_QACC_ALL = 1, WARD_QACC_COUNT = 2 };

#endif
