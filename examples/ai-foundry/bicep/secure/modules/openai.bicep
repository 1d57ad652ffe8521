// Azure OpenAI / AI Services account with one chat model deployment and a
// custom content filter (RAI policy): the fixed version of
// ../../insecure/modules/openai.bicep.  "FIXED:" comments name the rule each
// setting satisfies.

@description('Account name; also used as the custom subdomain (<name>.openai.azure.com).')
param name string
param location string
param tags object = {}

@description('Log Analytics workspace that receives the account logs.')
param logAnalyticsWorkspaceId string

@description('Subnet that holds the private endpoint of the account.')
param privateEndpointSubnetId string

@description('Hosts the model may call (AI Search for "on your data").')
param allowedFqdns array

@description('Role assignments on the account: principalId, principalType, roleDefinitionId (GUID).')
param roleAssignments array = []

@description('Chat model to deploy.')
param chatModel object = {
  name: 'gpt-4o'
  version: '2024-11-20'
  capacity: 50
}

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  // FIXED: the account reaches Search and Storage with its own identity (AZAI-ACC-008)
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    // FIXED: needed for Entra ID tokens and private endpoints (AZAI-ACC-004)
    customSubDomainName: name
    // FIXED: Entra ID only, no keys (AZAI-ACC-001)
    disableLocalAuth: true
    // FIXED: reachable only through the private endpoint below (AZAI-RES-001, AZAI-ACC-013)
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      ipRules: []
      virtualNetworkRules: []
    }
    // FIXED: outbound calls only to the listed hosts (AZAI-RES-003)
    restrictOutboundNetworkAccess: true
    allowedFqdnList: allowedFqdns
  }
}

// FIXED: Defender for AI stays on for this account (AZAI-MOD-002)
resource defender 'Microsoft.CognitiveServices/accounts/defenderForAISettings@2025-06-01' = {
  parent: account
  name: 'Default'
  properties: {
    state: 'Enabled'
  }
}

var raiPolicyName = 'strict-filter'

// FIXED: both prompt shields block, the harm filters block from Medium up on
// prompts and completions, and streaming waits for the filter
// (AZAI-MOD-003, AZAI-MOD-004, AZAI-MOD-005, AZAI-MOD-006)
resource raiPolicy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {
  parent: account
  name: raiPolicyName
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    mode: 'Default'
    contentFilters: [
      { name: 'Jailbreak', source: 'Prompt', enabled: true, blocking: true }
      { name: 'Indirect Attack', source: 'Prompt', enabled: true, blocking: true }
      { name: 'Hate', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Sexual', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Violence', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Selfharm', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Hate', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Sexual', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Violence', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Selfharm', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Protected Material Text', source: 'Completion', enabled: true, blocking: true }
      { name: 'Protected Material Code', source: 'Completion', enabled: true, blocking: false }
    ]
  }
}

resource chat 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: 'chat'
  // FIXED: prompts are processed inside the data zone, not globally (org rule)
  sku: {
    name: 'DataZoneStandard'
    capacity: chatModel.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: chatModel.name
      version: chatModel.version
    }
    raiPolicyName: raiPolicyName
    // FIXED: a new model version is deployed only through a reviewed change (AZAI-MOD-009)
    versionUpgradeOption: 'NoAutoUpgrade'
  }
  dependsOn: [
    raiPolicy
  ]
}

// FIXED: callers get data-plane roles only (AZAI-ACC-009, AZAI-ACC-010)
resource accountRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for ra in roleAssignments: {
  name: guid(account.id, ra.principalId, ra.roleDefinitionId)
  scope: account
  properties: {
    principalId: ra.principalId
    principalType: ra.principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ra.roleDefinitionId)
  }
}]

// FIXED: request and audit logs go to Log Analytics (AZAI-MOD-011)
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

module endpoint 'private-endpoint.bicep' = {
  name: 'pe-${name}'
  params: {
    name: 'pe-${name}'
    location: location
    tags: tags
    subnetId: privateEndpointSubnetId
    targetId: account.id
    groupId: 'account'
  }
}

output name string = account.name
output customSubDomainName string = account.properties.customSubDomainName
output id string = account.id
output principalId string = account.identity.principalId
// FIXED: no key in the outputs: consumers use their own identity (AZAI-ACC-005)
