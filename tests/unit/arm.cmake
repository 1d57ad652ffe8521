# The ARM template reader: unit tests, and end-to-end goldens that run
# `ward check --no-builtin --policy policy.ward template.json` on each case
# directory of tests/golden/arm/ (see tests/golden/arm/run_arm_golden.sh).
ward_check_test(check_arm SOURCES unit/check_arm.c LIBS ward_readers)

file(GLOB WARD_ARM_GOLDEN LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/golden/arm/*)
list(SORT WARD_ARM_GOLDEN)
foreach(d ${WARD_ARM_GOLDEN})
  if(IS_DIRECTORY ${d} AND EXISTS ${d}/policy.ward)
    get_filename_component(n ${d} NAME)
    add_test(NAME golden.arm.${n}
             COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/golden/arm/run_arm_golden.sh $<TARGET_FILE:ward> ${d})
  endif()
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/arm)
