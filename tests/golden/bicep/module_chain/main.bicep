// The module's finding points into the module file, names the chain and the input.
module ai 'modules/ai.bicep' = {
  name: 'aiDeploy'
  params: {
    accountName: 'acct1'
    localAuth: false
  }
}
