param location string = resourceGroup().location

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-contoso'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: 'oai-contoso'
    disableLocalAuth: true
  }

  resource strict 'raiPolicies' = {
    name: 'strict'
    properties: {
      basePolicyName: 'Microsoft.DefaultV2'
      mode: 'Default'
      contentFilters: [
        {
          name: 'Jailbreak'
          enabled: true
          blocking: true
          source: 'Prompt'
        }
      ]
    }
  }

  resource chat 'deployments' = {
    name: 'chat'
    sku: {
      name: 'Standard'
      capacity: 10
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: 'gpt-4o'
        version: '2024-11-20'
      }
      raiPolicyName: strict.name
    }
  }

  // the system policy Microsoft.DefaultV2 keeps the shield on
  resource mini 'deployments' = {
    name: 'mini'
    sku: {
      name: 'Standard'
      capacity: 10
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: 'gpt-4o-mini'
        version: '2024-07-18'
      }
      raiPolicyName: 'Microsoft.DefaultV2'
    }
    dependsOn: [
      chat
    ]
  }

  // no raiPolicyName: the service binds its default policy
  resource chat2 'deployments' = {
    name: 'chat2'
    sku: {
      name: 'Standard'
      capacity: 10
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: 'gpt-4.1'
        version: '2025-04-14'
      }
    }
    dependsOn: [
      mini
    ]
  }
}
