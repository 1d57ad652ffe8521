# The Bicep reader: unit tests (tests/unit/check_bicep.c, with the shared
# corpus when present) and end-to-end goldens that run
# `ward check --no-builtin --policy policy.ward main.bicep` on each case
# directory of tests/golden/bicep/ (tests/golden/run_case.sh).
ward_check_test(check_bicep SOURCES unit/check_bicep.c LIBS ward_readers)

ward_golden_cases(bicep main.bicep)
