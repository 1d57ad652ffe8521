module "ai" {
  source     = "./modules/ai"
  local_auth = true
}

module "registry" {
  source  = "Azure/avm-res-cognitiveservices-account/azurerm"
  version = "0.7.0"
}
