# The built-in library: docs/rules.md is generated from the policies and must
# stay in sync; `ward test` runs every rule's cases (tests/policies/<ID>/).
find_program(WARD_PYTHON3 python3)
if(WARD_PYTHON3)
  add_test(NAME rules_doc_in_sync COMMAND ${WARD_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/policies/tools/gendocs.py --check
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
