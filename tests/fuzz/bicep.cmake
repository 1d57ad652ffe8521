# fuzz_bicep: arbitrary bytes -> the Bicep reader (parse and evaluate).
ward_fuzz_target(fuzz_bicep SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_bicep.c LIBS ward_readers)
