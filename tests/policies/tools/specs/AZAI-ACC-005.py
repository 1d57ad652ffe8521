R = "AZAI-ACC-005"
ACCT = "resourceId('Microsoft.CognitiveServices/accounts', 'oai')"


def acct():
    return arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {"customSubDomainName": "oai", "disableLocalAuth": True},
               kind="OpenAI", sku={"name": "S0"})


CASES = [
    case("arm_fail", "arm", [acct()], [(R, "fail", ("outputs", "key.value"))],
         outputs={"key": {"type": "string", "value": "[listKeys(" + ACCT + ", '2024-10-01').key1]"},
                  "endpoint": {"type": "string", "value": "[reference(" + ACCT + ", '2024-10-01').endpoint]"}}),
    case("arm_concat", "arm", [acct()], [(R, "fail", ("outputs", "conn.value"))],
         outputs={"conn": {"type": "string", "value": "[concat('key=', listKeys(" + ACCT + ", '2024-10-01').key1)]"}},
         comment="a key inside concat() is still a key"),
    case("arm_secure_low", "arm", [acct()], [(R, "fail", ("outputs", "key.value"))],
         outputs={"key": {"type": "securestring", "value": "[listKeys(" + ACCT + ", '2024-10-01').key1]"}},
         comment="secure output: reported as low (allowSecureOutputs)"),
    case("arm_pass", "arm", [acct()], [(R, "none")],
         outputs={"name": {"type": "string", "value": "oai"},
                  "endpoint": {"type": "string", "value": "[reference(" + ACCT + ", '2024-10-01').endpoint]"}}),
    case("tf_gap", "tf", [tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"})],
         [(R, "none")], comment="Terraform outputs are not read from plan JSON yet (see the rule help)"),
]
