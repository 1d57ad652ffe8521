# fuzz_tfplan: arbitrary bytes -> located JSON reader -> Terraform plan reader.
ward_fuzz_target(fuzz_tfplan SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_tfplan.c LIBS ward_readers)
