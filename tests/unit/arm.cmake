# The ARM template reader: unit tests, and end-to-end goldens that run
# `ward check --no-builtin --policy policy.ward template.json` on each case
# directory of tests/golden/arm/ (tests/golden/run_case.sh).
ward_check_test(check_arm SOURCES unit/check_arm.c LIBS ward_readers)

ward_golden_cases(arm template.json)
