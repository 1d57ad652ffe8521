resource "azurerm_cognitive_account" "acct" {
  name = "x"
  tags = {
    a = 1
    b = = 2
  }
}
