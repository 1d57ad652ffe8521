ward_fuzz_target(fuzz_armexpr SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_armexpr.c LIBS ward_eval)
