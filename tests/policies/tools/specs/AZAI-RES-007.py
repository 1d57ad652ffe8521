R = "AZAI-RES-007"
WS = "Microsoft.MachineLearningServices/workspaces"
ST = "Microsoft.Storage/storageAccounts"
STID = "[resourceId('Microsoft.Storage/storageAccounts', 'st')]"


def ws(props=None, kind="Hub"):
    p = {"storageAccount": STID, "keyVault": "[resourceId('Microsoft.KeyVault/vaults', 'kv')]"}
    p.update(props or {})
    return arm(WS, "hub", "2025-06-01", p, kind=kind, identity={"type": "SystemAssigned"})


def st(props=None):
    return arm(ST, "st", "2023-05-01", props if props is not None else {}, kind="StorageV2", sku={"name": "Standard_LRS"})


GOOD = {"allowSharedKeyAccess": False, "allowBlobPublicAccess": False, "publicNetworkAccess": "Disabled"}
CASES = [
    case("arm_fail", "arm", [ws({"publicNetworkAccess": "Disabled"}), st({"allowBlobPublicAccess": True})],
         [(R, "fail", (0, "properties")), (R, "fail", (1, "properties")), (R, "fail", (1, "properties.allowBlobPublicAccess")),
          (R, "fail", (1, "properties"))],
         comment="workspace on shared keys, storage allows shared keys (absent), public blobs, public network while the workspace is private"),
    case("arm_pass", "arm", [ws({"systemDatastoresAuthMode": "identity", "publicNetworkAccess": "Disabled"}), st(GOOD)], [(R, "none")]),
    case("arm_param", "arm", [ws({"systemDatastoresAuthMode": "[parameters('mode')]"}), st({"allowSharedKeyAccess": False})],
         [(R, "fail", (0, "properties.systemDatastoresAuthMode"))], parameters={"mode": param("string", "AccessKey")}),
    case("arm_relaxed", "arm", [ws(), st({})], [(R, "none")], params={"requireStorageIdentityAuth": False},
         comment="identity half off; workspace public so the network half does not apply"),
    case("arm_project", "arm", [ws(kind="Project")], [(R, "none")], comment="a Project uses its hub's storage"),
    case("arm_unknown", "arm", [ws()], [(R, "unknown", (0, "properties.storageAccount"))], comment="the storage account is not in the template"),
    case("tf_fail", "tf", [
        tf("azurerm_storage_account", "st", {"name": "st", "account_tier": "Standard"}),
        tf("azurerm_machine_learning_workspace", "ws", {"name": "ws", "storage_account_id": UNKNOWN, "key_vault_id": "x",
            "public_network_access_enabled": False},
           expressions={"storage_account_id": {"references": ["azurerm_storage_account.st.id", "azurerm_storage_account.st"]}}),
    ], [(R, "fail", (1, "")), (R, "fail", (0, "")), (R, "fail", (0, ""))],
        comment="access type default AccessKey, shared keys default on, public network default on while the workspace is private"),
    case("tf_pass", "tf", [
        tf("azurerm_storage_account", "st", {"name": "st", "shared_access_key_enabled": False, "public_network_access_enabled": False,
            "allow_nested_items_to_be_public": False}),
        tf("azurerm_machine_learning_workspace", "ws", {"name": "ws", "storage_account_id": UNKNOWN, "storage_account_access_type": "Identity",
            "public_network_access_enabled": False},
           expressions={"storage_account_id": {"references": ["azurerm_storage_account.st.id", "azurerm_storage_account.st"]}}),
    ], [(R, "none")]),
    case("tf_foundry", "tf", [
        tf("azurerm_storage_account", "st", {"name": "st", "shared_access_key_enabled": False}),
        tf("azurerm_ai_foundry", "hub", {"name": "hub", "storage_account_id": UNKNOWN},
           expressions={"storage_account_id": {"references": ["azurerm_storage_account.st.id", "azurerm_storage_account.st"]}}),
    ], [(R, "fail", (1, ""))], comment="azurerm_ai_foundry cannot switch to identity without azapi_update_resource"),
    case("tf_unknown", "tf", [tf("azurerm_machine_learning_workspace", "ws", {"name": "ws", "storage_account_id": UNKNOWN},
         expressions={"storage_account_id": {"references": ["var.storage_id"]}})], [(R, "unknown", (0, ""))]),
]
