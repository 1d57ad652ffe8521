# fuzz_arm: JSON bytes -> the located JSON reader -> the ARM template reader.
ward_fuzz_target(fuzz_arm SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_arm.c LIBS ward_readers)
