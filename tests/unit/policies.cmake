# The built-in library: docs/rules.md is generated from the policies and must
# stay in sync; `ward test` runs every rule's cases (tests/policies/<ID>/).
find_program(WARD_PYTHON3 python3)
if(WARD_PYTHON3)
  add_test(NAME rules_doc_in_sync COMMAND ${WARD_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/policies/tools/gendocs.py --check
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
# Every built-in rule's cases (ARM, Bicep, Terraform plans...) with their
# expected findings, through the real binary.
add_test(NAME builtin_rule_tests COMMAND ward test ${PROJECT_SOURCE_DIR}/tests/policies)
# The examples: the organization policy's own tests, and the secure variants
# have nothing at or above medium while the insecure ones fail.
add_test(NAME examples_org_policy COMMAND ward test --policy ${PROJECT_SOURCE_DIR}/examples/org-policy/policies
         ${PROJECT_SOURCE_DIR}/examples/org-policy/tests)
set(WARD_EX ${PROJECT_SOURCE_DIR}/examples/ai-foundry)
add_test(NAME examples_secure_clean COMMAND ward check --no-config --fail-on medium ${WARD_EX}/bicep/secure
         ${WARD_EX}/arm/secure.json ${WARD_EX}/terraform/secure.plan.json ${WARD_EX}/azureml/endpoint-secure.yml)
# Exactly exit 1 (findings), not 2 (bad input).
add_test(NAME examples_insecure_fail COMMAND sh -c "\"$0\" check --no-config \"$@\" >/dev/null; test $? -eq 1"
         $<TARGET_FILE:ward> ${WARD_EX}/bicep/insecure ${WARD_EX}/arm/insecure.json
         ${WARD_EX}/terraform/insecure.plan.json ${WARD_EX}/azureml/endpoint-insecure.yml)
# Agreement with a peer: Checkov's own Azure AI fixtures (../shared/corpus/checkov)
# judged by the mapped ward rules; any disagreement not explained in
# tests/peers/checkov_agreement.py (and docs/peer-agreement.md) fails.
if(WARD_PYTHON3)
  add_test(NAME checkov_agreement COMMAND ${WARD_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/peers/checkov_agreement.py
           $<TARGET_FILE:ward> ${PROJECT_SOURCE_DIR}/../shared/corpus)
  set_tests_properties(checkov_agreement PROPERTIES SKIP_RETURN_CODE 77)
endif()
