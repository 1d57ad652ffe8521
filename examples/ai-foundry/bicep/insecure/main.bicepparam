// Parameters of the insecure example (ward reads them with main.bicep).
using 'main.bicep'

param workload = 'contoso-chat'
param env = 'prod'
param location = 'eastus2'

// Object ids below are examples, not real principals.
param developerObjectId = '3f2a6c1e-0b7d-4e52-9a61-2c8d4b7e9f10'
param dataScientistsGroupId = '7c1e9b24-5d3a-4f86-b0e2-91a4c6d8e3f5'
