# The Bicep reader: unit tests (tests/unit/check_bicep.c, with the shared
# corpus when present) and end-to-end goldens that run
# `ward check --no-builtin --policy policy.ward main.bicep` on each case
# directory of tests/golden/bicep/ (see run_bicep_golden.sh there).
ward_check_test(check_bicep SOURCES unit/check_bicep.c LIBS ward_readers)

file(GLOB WARD_BICEP_GOLDEN LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/golden/bicep/*)
list(SORT WARD_BICEP_GOLDEN)
foreach(d ${WARD_BICEP_GOLDEN})
  if(IS_DIRECTORY ${d} AND EXISTS ${d}/policy.ward)
    get_filename_component(n ${d} NAME)
    add_test(NAME golden.bicep.${n}
             COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/golden/bicep/run_bicep_golden.sh $<TARGET_FILE:ward> ${d})
  endif()
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/bicep)
