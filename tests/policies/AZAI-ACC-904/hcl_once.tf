resource "azurerm_linux_virtual_machine" "jumpbox" {
  name                  = "vm-jumpbox"
  resource_group_name   = "rg-ai"
  location              = "eastus"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.Network/networkInterfaces/nic-jumpbox"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ops@contoso"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

# the advisory appears on the first ML compute or VM (compute instances first), once
resource "azurerm_machine_learning_compute_instance" "alice" {
  name                          = "ci-alice"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-contoso"
  virtual_machine_size          = "STANDARD_DS3_V2"
  node_public_ip_enabled        = false
}
