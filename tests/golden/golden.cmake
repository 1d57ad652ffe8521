# golden.cmake: end-to-end golden tests of the `ward` binary.
#   eval/<case>/{policy.ward,input.json,expected.txt}  -> golden.eval.<case>
#   diag/<case>.ward + <case>.expected                -> golden.diag.<case>
#   disasm/<case>.ward + <case>.expected              -> golden.disasm.<case>
# Regenerate: WARD_UPDATE_GOLDEN=1 ctest -R golden  (then review the diff!)
set(WARD_GOLDEN_DIR ${CMAKE_CURRENT_LIST_DIR})
set(WARD_GOLDEN_RUN ${WARD_GOLDEN_DIR}/run_golden.sh)

file(GLOB WARD_GOLDEN_EVAL LIST_DIRECTORIES true ${WARD_GOLDEN_DIR}/eval/*)
list(SORT WARD_GOLDEN_EVAL)
foreach(d ${WARD_GOLDEN_EVAL})
  if(IS_DIRECTORY ${d} AND EXISTS ${d}/policy.ward)
    get_filename_component(n ${d} NAME)
    add_test(NAME golden.eval.${n} COMMAND sh ${WARD_GOLDEN_RUN} eval $<TARGET_FILE:ward> ${d})
  endif()
endforeach()

foreach(kind diag disasm)
  file(GLOB cases ${WARD_GOLDEN_DIR}/${kind}/*.ward)
  list(SORT cases)
  foreach(f ${cases})
    get_filename_component(n ${f} NAME_WE)
    add_test(NAME golden.${kind}.${n} COMMAND sh ${WARD_GOLDEN_RUN} ${kind} $<TARGET_FILE:ward> ${f})
  endforeach()
endforeach()

# Adding or removing a case directory must re-run CMake's glob.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${WARD_GOLDEN_DIR}/eval ${WARD_GOLDEN_DIR}/diag ${WARD_GOLDEN_DIR}/disasm)
