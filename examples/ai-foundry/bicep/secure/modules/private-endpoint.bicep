// A private endpoint for one resource (the DNS zone group is managed by the
// platform team's policy and not declared here).

param name string
param location string
param tags object = {}
param subnetId string

@description('Id of the resource the endpoint connects to.')
param targetId string

@description('Sub-resource: account, searchService, amlworkspace, vault, blob ...')
param groupId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

output id string = endpoint.id
