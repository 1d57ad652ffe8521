# fuzz_hcl: arbitrary bytes -> the Terraform HCL reader (parse and evaluate).
ward_fuzz_target(fuzz_hcl SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_hcl.c LIBS ward_readers)
