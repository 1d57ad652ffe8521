# The Terraform HCL reader: re2c lexer, Lemon grammar, evaluator into plan-shaped resources.
list(APPEND WARD_READER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/hcl_ast.c
  ${CMAKE_CURRENT_LIST_DIR}/hcl_parse.c
  ${CMAKE_CURRENT_LIST_DIR}/hcl_eval.c
  ${CMAKE_CURRENT_LIST_DIR}/hcl_lib.c
  ${CMAKE_CURRENT_LIST_DIR}/hcl_read.c)
ward_add_lemon(hcl_parse)
ward_add_re2c(hcl_lex DEPENDS ${CMAKE_CURRENT_LIST_DIR}/hcl_syntax.h ${WARD_GEN_DIR}/hcl_parse.h)
list(APPEND WARD_READER_GENERATED ${WARD_GEN_DIR}/hcl_lex.c ${WARD_GEN_DIR}/hcl_parse.c)
list(APPEND WARD_READER_INCLUDES ${CMAKE_CURRENT_LIST_DIR})
