# The Terraform HCL reader: unit tests (tests/unit/check_hcl.c, with the
# shared corpus when present) and end-to-end goldens that run
# `ward check --no-builtin --policy policy.ward main.tf` on each case
# directory of tests/golden/hcl/ (tests/golden/run_case.sh).
ward_check_test(check_hcl SOURCES unit/check_hcl.c LIBS ward_readers)

ward_golden_cases(hcl main.tf)
