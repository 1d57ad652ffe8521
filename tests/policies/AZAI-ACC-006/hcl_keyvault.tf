resource "azurerm_ai_services" "ais" {
  name                  = "ais-kv"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  sku_name              = "S0"
  custom_subdomain_name = "ais-kv"
}

# Into Key Vault: low with allowKeyVaultCopies (prefer Entra ID).
resource "azurerm_key_vault_secret" "ais_key" {
  name         = "ais-key"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai"
  value        = azurerm_ai_services.ais.primary_access_key
}
