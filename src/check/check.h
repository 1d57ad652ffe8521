/* check.h: semantic analysis of parsed policy modules.
 *
 * The checker resolves every name (locals, module-level lets, parameters,
 * functions, builtins, module-qualified names of imports), checks arity and
 * the types it can see (literals, builtin results), validates rule metadata
 * and selectors, rejects duplicate rule ids and recursion, assigns local
 * slots and function numbers, and annotates the AST for the compiler.  It
 * reports every error it finds, with a location. */
#ifndef WARD_CHECK_H
#define WARD_CHECK_H

#include "../base/diag.h"
#include "../base/source.h"
#include "../syntax/ast.h"

#include <stddef.h>
#include <stdint.h>

/* Static types the checker can infer. */
typedef enum ward_type {
    WARD_T_ANY, WARD_T_BOOL, WARD_T_NUM, WARD_T_STR, WARD_T_LIST, WARD_T_OBJ, WARD_T_RES, WARD_T_NULL
} ward_type;

typedef struct ward_module ward_module;

typedef enum ward_sym_kind { WARD_SYM_PARAM, WARD_SYM_GLOBAL, WARD_SYM_FUNC } ward_sym_kind;

typedef struct ward_sym {
    const char *name;
    ward_sym_kind kind;
    uint32_t index;           /* parameter number or function number */
    ward_ast *ast;
    ward_module *mod;
} ward_sym;

struct ward_module {
    char *name;               /* owned */
    uint32_t file;
    ward_ast *items;
    ward_sym *syms;
    size_t nsyms, capsyms;
    ward_module **imports;    /* resolved imports */
    size_t nimports, capimports;
    int builtin_lib;          /* part of the embedded library */
};

/* A function the compiler will emit. */
typedef struct ward_fn_plan {
    uint32_t kind;            /* ward_func_kind (bytecode/image.h) */
    const char *name;
    ward_ast *ast;            /* FUNC, GLOBAL, PARAM or SELECTOR node */
    ward_ast *rule;           /* selectors: the rule */
    ward_module *mod;
    uint32_t nparams, nlocals;
} ward_fn_plan;

typedef struct ward_program {
    ward_module **mods;
    size_t nmods, capmods;
    ward_sym *params;         /* all parameters, in number order */
    size_t nparams, capparams;
    ward_fn_plan *fns;
    size_t nfns, capfns;
    ward_ast **rules;
    size_t nrules, caprules;
    ward_arena arena;         /* AST and strings of every module */
} ward_program;

void ward_program_init(ward_program *p);
void ward_program_free(ward_program *p);
/* Adds a parsed module (name = file stem); returns it or NULL. */
ward_module *ward_program_add_module(ward_program *p, const char *name, uint32_t file, ward_ast *items, int builtin_lib);
ward_module *ward_program_find_module(ward_program *p, const char *name);

/* Resolves imports with `load` (called for a module name that is not yet in
 * the program; it must add the module or return -1), then checks everything.
 * Returns the number of errors added to diags. */
typedef int (*ward_import_fn)(void *ctx, ward_program *p, const char *name, ward_span where);
size_t ward_check_program(ward_program *p, ward_diags *diags, ward_import_fn load, void *ctx);

#endif
