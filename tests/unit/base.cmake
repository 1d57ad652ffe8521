ward_check_test(check_base SOURCES unit/check_base.c LIBS ward_doc)
