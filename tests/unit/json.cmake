ward_check_test(check_json SOURCES unit/check_json.c LIBS ward_readers)
