/* image.h: a compiled program in memory (what a .wardb file holds).
 *
 * Pools: strings, constants, a u32 pool (reference lists, selector types).
 * Code: one byte array; each function is a slice of it.  Rules have
 * metadata and selectors; the type index maps (family, lower-cased type)
 * to selectors so the VM only runs rules that select a resource's type.
 * The line table maps code offsets to policy source lines for disasm and
 * error findings. */
#ifndef WARD_IMAGE_H
#define WARD_IMAGE_H

#include <stddef.h>
#include <stdint.h>

typedef enum ward_const_kind { WARD_K_NULL, WARD_K_BOOL, WARD_K_NUM, WARD_K_STR } ward_const_kind;

typedef struct ward_const {
    uint8_t kind;
    double num;              /* NUM, and BOOL as 0/1 */
    uint32_t str;            /* STR: string index */
} ward_const;

typedef enum ward_func_kind {
    WARD_FN_FUNC,            /* user function (called with CALL) */
    WARD_FN_GLOBAL,          /* module-level let: a 0-argument function */
    WARD_FN_PARAMDEF,        /* computes a parameter's default */
    WARD_FN_SELECTOR,        /* entry point: local 0 is the resource */
} ward_func_kind;

typedef struct ward_func {
    uint32_t name;           /* string index */
    uint32_t file;           /* string index of the policy file path */
    uint8_t kind;
    uint8_t nparams;
    uint16_t nlocals;        /* including parameters */
    uint32_t code_off, code_len;
    uint16_t max_stack;      /* set by the verifier */
} ward_func;

typedef struct ward_lineent {
    uint32_t pc;             /* absolute code offset */
    uint32_t line, col;
} ward_lineent;

typedef enum ward_ptype {
    WARD_PT_ANY, WARD_PT_BOOL, WARD_PT_NUMBER, WARD_PT_STRING, WARD_PT_LIST, WARD_PT_OBJECT, WARD_PT__COUNT
} ward_ptype;

typedef struct ward_param_rec {
    uint32_t name;           /* "module.name" for stdlib modules, plain name otherwise */
    uint8_t type;            /* ward_ptype */
    uint32_t deffn;          /* function computing the default */
} ward_param_rec;

typedef struct ward_rule_rec {
    uint32_t id, title, section, help;   /* string indices */
    uint8_t severity;        /* ward_severity */
    uint8_t enabled;         /* 0: opt-in, off unless configured */
    uint32_t refs_start, nrefs;          /* in the u32 pool: string indices */
    uint32_t sel_start, nsel;            /* in the selector table */
} ward_rule_rec;

typedef struct ward_sel_rec {
    uint32_t rule;
    uint8_t family;          /* ward_family */
    uint32_t func;           /* a WARD_FN_SELECTOR function */
    uint32_t types_start, ntypes;        /* in the u32 pool: string indices ("*" = any type) */
} ward_sel_rec;

typedef struct ward_tindex_ent {
    uint8_t family;
    uint32_t type;           /* string index of the lower-cased type */
    uint32_t sel;
} ward_tindex_ent;

typedef struct ward_image {
    char **strs;             /* NUL-terminated copies */
    uint32_t *slens;
    uint32_t nstrs;
    ward_const *consts;
    uint32_t nconsts;
    uint32_t *u32s;
    uint32_t nu32s;
    ward_func *funcs;
    uint32_t nfuncs;
    uint8_t *code;
    uint32_t code_len;
    ward_lineent *lines;
    uint32_t nlines;
    ward_param_rec *params;
    uint32_t nparams;
    ward_rule_rec *rules;
    uint32_t nrules;
    ward_sel_rec *sels;
    uint32_t nsels;
    ward_tindex_ent *tindex; /* sorted by family, then type string */
    uint32_t ntindex;
    uint8_t digest[32];      /* SHA-256 of the serialised content */
    int verified;
    char *strblock;          /* when set, every strs[i] points into this one block */
} ward_image;

void ward_image_init(ward_image *img);
void ward_image_free(ward_image *img);
/* The source line of a code offset (0 if unknown). */
const ward_lineent *ward_image_line(const ward_image *img, uint32_t pc);
/* Selectors for (family, type): fills *first and returns the count of
 * consecutive entries in img->tindex (type compared case-insensitively). */
uint32_t ward_image_lookup(const ward_image *img, unsigned family, const char *type, uint32_t *first);
/* Sorts the type index (the compiler calls this before serialising). */
void ward_image_sort_index(ward_image *img);

#endif
