# The Bicep reader: re2c lexer, Lemon grammar, evaluator into ARM-shaped resources.
list(APPEND WARD_READER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/bicep_ast.c
  ${CMAKE_CURRENT_LIST_DIR}/bicep_parse.c
  ${CMAKE_CURRENT_LIST_DIR}/bicep_eval.c
  ${CMAKE_CURRENT_LIST_DIR}/bicep_lib.c
  ${CMAKE_CURRENT_LIST_DIR}/bicep_read.c)
ward_add_lemon(bicep_parse)
ward_add_re2c(bicep_lex DEPENDS ${CMAKE_CURRENT_LIST_DIR}/bicep_syntax.h ${WARD_GEN_DIR}/bicep_parse.h)
list(APPEND WARD_READER_GENERATED ${WARD_GEN_DIR}/bicep_lex.c ${WARD_GEN_DIR}/bicep_parse.c)
list(APPEND WARD_READER_INCLUDES ${CMAKE_CURRENT_LIST_DIR})
