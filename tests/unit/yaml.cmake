ward_check_test(check_yaml SOURCES unit/check_yaml.c LIBS ward_readers)
