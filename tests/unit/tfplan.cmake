# The Terraform plan reader: unit tests, and golden end-to-end runs of `ward check`
# over tests/golden/tfplan/<case>/{policy.ward,plan.json,expected.txt}.
ward_check_test(check_tfplan SOURCES unit/check_tfplan.c LIBS ward_readers)

ward_golden_cases(tfplan plan.json)
