ward_check_test(check_lang SOURCES unit/check_lang.c LIBS ward_compile ward_vm ward_readers ward_cli_lib)
