resource "azapi_resource" "ci" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-12-01"
  name      = "ci-alice"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  location  = "eastus"

  body = {
    properties = {
      computeType = "ComputeInstance"
      properties = {
        vmSize                 = "Standard_DS3_v2"
        idleTimeBeforeShutdown = "PT4H"
        setupScripts = {
          scripts = {
            creationScript = {
              scriptSource = "workspace"
              scriptData   = "Users/alice/setup.sh"
            }
            startupScript = {
              scriptSource = "inline"
              scriptData   = "pip install -r requirements.txt"
              timeout      = "PT5M"
            }
          }
        }
      }
    }
  }
}

# an older API version cannot express idleTimeBeforeShutdown
resource "azapi_resource" "old" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2025-06-01"
  name      = "ci-bob"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev"
  location  = "eastus"

  body = {
    properties = {
      computeType = "ComputeInstance"
      properties = {
        vmSize = "Standard_DS3_v2"
      }
    }
  }
}
