ward_check_test(check_eval SOURCES unit/check_eval.c LIBS ward_eval)
