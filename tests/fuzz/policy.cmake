ward_fuzz_target(fuzz_policy SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_policy.c LIBS ward_compile ward_vm)
ward_fuzz_target(fuzz_bundle SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_bundle.c
                 LIBS ward_compile ward_vm ward_readers ward_cli_lib)
