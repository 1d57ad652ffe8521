// Azure OpenAI / AI Services account with one chat model deployment and a
// custom content filter (RAI policy).
//
// INSECURE ON PURPOSE: every "WRONG:" comment marks a mistake that ward's
// built-in library reports.  The fixed version is ../../secure/modules/openai.bicep.

@description('Account name; also used as the custom subdomain (<name>.openai.azure.com).')
param name string
param location string
param tags object = {}

@description('Log Analytics workspace that receives the account logs.')
param logAnalyticsWorkspaceId string

@description('Role assignments on the account: principalId, principalType, roleDefinitionId (GUID).')
param roleAssignments array = []

@description('Chat model to deploy.')
param chatModel object = {
  name: 'gpt-4o'
  version: '2024-11-20'
  capacity: 50
}

// WRONG: no private endpoint (AZAI-RES-002)
resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  // WRONG: no managed identity (AZAI-ACC-008)
  properties: {
    customSubDomainName: name
    // WRONG: keys stay enabled: anyone holding key1/key2 has full data-plane access (AZAI-ACC-001)
    disableLocalAuth: false
    // WRONG: the endpoint is reachable from the internet (AZAI-RES-001)
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      // WRONG: "temporary" rule for the whole internet (AZAI-ACC-013)
      ipRules: [
        {
          value: '0.0.0.0/0'
        }
      ]
    }
    // WRONG: the model can be pointed at any URL ("on your data", tools) (AZAI-RES-003)
    restrictOutboundNetworkAccess: false
  }
}

// WRONG: Defender for AI switched off for this one account (AZAI-MOD-002)
resource defender 'Microsoft.CognitiveServices/accounts/defenderForAISettings@2025-06-01' = {
  parent: account
  name: 'Default'
  properties: {
    state: 'Disabled'
  }
}

// A "relaxed" content filter that a team created to stop false positives.
var raiPolicyName = 'relaxed-filter'

resource raiPolicy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {
  parent: account
  name: raiPolicyName
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    // WRONG: streamed tokens reach the user before the filter has judged them (AZAI-MOD-006)
    mode: 'Asynchronous_filter'
    contentFilters: [
      // WRONG: Prompt Shields for jailbreaks annotate but do not block (AZAI-MOD-003)
      { name: 'Jailbreak', source: 'Prompt', enabled: true, blocking: false }
      // WRONG: indirect (document) attacks are not filtered in a RAG app (AZAI-MOD-004)
      { name: 'Indirect Attack', source: 'Prompt', enabled: false, blocking: false }
      { name: 'Hate', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Sexual', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Violence', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Selfharm', source: 'Prompt', enabled: true, blocking: true, severityThreshold: 'Medium' }
      // WRONG: only high-severity hate in answers is blocked (AZAI-MOD-005)
      { name: 'Hate', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'High' }
      { name: 'Sexual', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'Medium' }
      { name: 'Violence', source: 'Completion', enabled: true, blocking: true, severityThreshold: 'Medium' }
      // WRONG: self-harm filtering on answers switched off (AZAI-MOD-005)
      { name: 'Selfharm', source: 'Completion', enabled: false, blocking: false, severityThreshold: 'Medium' }
    ]
  }
}

resource chat 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: 'chat'
  sku: {
    name: 'GlobalStandard'
    capacity: chatModel.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: chatModel.name
      version: chatModel.version
    }
    raiPolicyName: raiPolicyName
    // WRONG: the model behind the deployment changes without review (AZAI-MOD-009)
    versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
  }
  dependsOn: [
    raiPolicy
  ]
}

resource accountRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for ra in roleAssignments: {
  name: guid(account.id, ra.principalId, ra.roleDefinitionId)
  scope: account
  properties: {
    principalId: ra.principalId
    principalType: ra.principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ra.roleDefinitionId)
  }
}]

// WRONG: only metrics are sent, so prompts that trip the abuse monitor leave
// no audit trail (AZAI-MOD-011)
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

output name string = account.name
output customSubDomainName string = account.properties.customSubDomainName
output id string = account.id

// WRONG: the account key lands in the deployment history, readable by anyone
// with read access to the resource group (AZAI-ACC-005)
output key string = account.listKeys().key1
