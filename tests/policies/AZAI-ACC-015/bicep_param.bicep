@description('Give compute nodes a public IP address')
param enableNodePublicIp bool = true

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-06-01' existing = {
  name: 'mlw-contoso'
}

resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2025-06-01' = {
  parent: ws
  name: 'cpu-cluster'
  location: resourceGroup().location
  properties: {
    computeType: 'AmlCompute'
    properties: {
      vmSize: 'Standard_DS3_v2'
      enableNodePublicIp: enableNodePublicIp
      remoteLoginPortPublicAccess: 'Disabled'
    }
  }
}
