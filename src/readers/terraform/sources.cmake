# The Terraform plan JSON reader (`terraform show -json` output).
list(APPEND WARD_READER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/plan.c
  ${CMAKE_CURRENT_LIST_DIR}/plan_map.c
  ${CMAKE_CURRENT_LIST_DIR}/plan_values.c
  ${CMAKE_CURRENT_LIST_DIR}/plan_config.c)
list(APPEND WARD_READER_INCLUDES ${CMAKE_CURRENT_LIST_DIR})
