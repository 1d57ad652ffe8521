resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-contoso"
  location              = "eastus"
  resource_group_name   = "rg-ai"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-contoso"
}

locals {
  harm_filters = flatten([
    for category in ["Hate", "Sexual", "Violence", "Selfharm"] : [
      for source in ["Prompt", "Completion"] : {
        name   = category
        source = source
      }
    ]
  ])
}

# every category on prompts and completions, written with a dynamic block
resource "azurerm_cognitive_account_rai_policy" "dynamic" {
  name                 = "dynamic"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  dynamic "content_filter" {
    for_each = local.harm_filters
    content {
      name               = content_filter.value.name
      filter_enabled     = true
      block_enabled      = true
      severity_threshold = "Medium"
      source             = content_filter.value.source
    }
  }
}

# Violence is left out: whether it is inherited from the base policy is not documented
resource "azurerm_cognitive_account_rai_policy" "partial" {
  name                 = "partial"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name               = "Hate"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Prompt"
  }

  content_filter {
    name               = "Hate"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Completion"
  }

  content_filter {
    name               = "Sexual"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Prompt"
  }

  content_filter {
    name               = "Sexual"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Completion"
  }

  content_filter {
    name               = "Selfharm"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Prompt"
  }

  content_filter {
    name               = "Selfharm"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Medium"
    source             = "Completion"
  }

}
