# fuzz_json: arbitrary bytes -> the located JSON reader (with and without comments).
ward_fuzz_target(fuzz_json SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_json.c LIBS ward_readers)
