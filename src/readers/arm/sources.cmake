# The ARM template reader (arm.h): entry point, scopes and evaluation,
# parameter files, resources.
list(APPEND WARD_READER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/arm.c
  ${CMAKE_CURRENT_LIST_DIR}/arm_params.c
  ${CMAKE_CURRENT_LIST_DIR}/arm_res.c
  ${CMAKE_CURRENT_LIST_DIR}/arm_scope.c)
list(APPEND WARD_READER_INCLUDES ${CMAKE_CURRENT_LIST_DIR})
