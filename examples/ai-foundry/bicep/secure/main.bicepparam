// Parameters of the secure example (ward reads them with main.bicep).
using 'main.bicep'

param workload = 'contoso-chat'
param env = 'prod'
param location = 'swedencentral'

// Example ids, not real principals or subscriptions.
param dataScientistsGroupId = '7c1e9b24-5d3a-4f86-b0e2-91a4c6d8e3f5'
param privateEndpointSubnetId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub-network/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-private-endpoints'
