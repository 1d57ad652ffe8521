ward_fuzz_target(fuzz_yaml SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_yaml.c LIBS ward_readers)
