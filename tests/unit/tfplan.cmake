# The Terraform plan reader: unit tests, and golden end-to-end runs of `ward check`
# over tests/golden/tfplan/<case>/{policy.ward,plan.json,expected.txt}.
ward_check_test(check_tfplan SOURCES unit/check_tfplan.c LIBS ward_readers)

file(GLOB WARD_TFPLAN_GOLDEN LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/golden/tfplan/*)
list(SORT WARD_TFPLAN_GOLDEN)
foreach(d ${WARD_TFPLAN_GOLDEN})
  if(IS_DIRECTORY ${d} AND EXISTS ${d}/policy.ward)
    get_filename_component(n ${d} NAME)
    add_test(NAME golden.tfplan.${n}
             COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/golden/tfplan/run.sh $<TARGET_FILE:ward> ${d})
  endif()
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/tfplan)
