param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: location
  sku: {
    name: 'standard'
  }
  properties: {
    disableLocalAuth: true
  }
}

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

  resource policy 'raiPolicies' = {
    name: 'rag-policy'
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
        {
          name: 'Indirect Attack'
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
      raiPolicyName: policy.name
    }
  }

  // embeddings take no chat prompts
  resource embed 'deployments' = {
    name: 'embed'
    sku: {
      name: 'Standard'
      capacity: 10
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: 'text-embedding-3-large'
        version: '1'
      }
    }
    dependsOn: [
      chat
    ]
  }
}
