R = "AZAI-RES-008"
KVID = "[resourceId('Microsoft.KeyVault/vaults', 'kv')]"


def ws(kind="Hub", kv=KVID):
    return arm("Microsoft.MachineLearningServices/workspaces", "hub", "2025-06-01",
               {"storageAccount": "x", "keyVault": kv}, kind=kind, identity={"type": "SystemAssigned"})


def kv(props):
    p = {"tenantId": "t", "sku": {"family": "A", "name": "standard"}}
    p.update(props)
    return arm("Microsoft.KeyVault/vaults", "kv", "2023-07-01", p)


CASES = [
    case("arm_fail", "arm", [ws(), kv({})],
         [(R, "fail", (1, "properties")), (R, "fail", (1, "properties")), (R, "fail", (1, "properties"))],
         comment="absent: access policies, no purge protection, public"),
    case("arm_pass", "arm", [ws(), kv({"enableRbacAuthorization": True, "enablePurgeProtection": True, "publicNetworkAccess": "disabled"})],
         [(R, "none")]),
    case("arm_acl", "arm", [ws(), kv({"enableRbacAuthorization": True, "enablePurgeProtection": True, "networkAcls": {"defaultAction": "Deny"}})],
         [(R, "none")]),
    case("arm_param", "arm", [ws(), kv({"enableRbacAuthorization": "[parameters('rbac')]", "enablePurgeProtection": True})],
         [(R, "fail", (1, "properties.enableRbacAuthorization"))], parameters={"rbac": param("bool", False)},
         params={"requireVaultPrivate": False}),
    case("arm_unknown", "arm", [ws()], [(R, "unknown", (0, "properties.keyVault"))]),
    case("tf_fail", "tf", [
        tf("azurerm_key_vault", "kv", {"name": "kv", "rbac_authorization_enabled": False, "sku_name": "standard"}),
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "key_vault_id": UNKNOWN},
           expressions={"key_vault_id": {"references": ["azurerm_key_vault.kv.id", "azurerm_key_vault.kv"]}}),
    ], [(R, "fail", (0, "rbac_authorization_enabled")), (R, "fail", (0, "")), (R, "fail", (0, ""))]),
    case("tf_pass", "tf", [
        tf("azurerm_key_vault", "kv", {"name": "kv", "rbac_authorization_enabled": True, "purge_protection_enabled": True,
            "public_network_access_enabled": False}),
        tf("azurerm_machine_learning_workspace", "ws", {"name": "ws", "key_vault_id": UNKNOWN},
           expressions={"key_vault_id": {"references": ["azurerm_key_vault.kv.id", "azurerm_key_vault.kv"]}}),
    ], [(R, "none")]),
]
