@allowed([
  'Dynamic'
  'Manual'
])
param poolManagementType string = 'Manual'

var lifecycleType = 'Forever'

resource pool 'Microsoft.App/sessionPools@2025-07-01' = {
  name: 'pool-param'
  location: 'eastus'
  properties: {
    poolManagementType: poolManagementType
    containerType: 'PythonLTS'
    dynamicPoolConfiguration: {
      lifecycleConfiguration: {
        lifecycleType: lifecycleType
      }
    }
  }
}
