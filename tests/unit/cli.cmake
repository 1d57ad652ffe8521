add_test(NAME cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_test.sh $<TARGET_FILE:ward>)
add_test(NAME precommit COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/precommit_test.sh $<TARGET_FILE:ward> ${PROJECT_SOURCE_DIR})
set_tests_properties(precommit PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
