// Key Vault (RBAC, soft delete, purge protection) with the service's secrets; the managed identity may read them.
param name string
param location string
param readerPrincipalId string
@secure()
param secrets object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for item in items(secrets): {
  parent: vault
  name: item.key
  properties: {
    value: item.value
  }
}]

// Key Vault Secrets User.
var secretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUser)
  properties: {
    roleDefinitionId: secretsUser
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output secretUris object = {
  botAppPassword: '${vault.properties.vaultUri}secrets/bot-app-password'
  postgresConnectionString: '${vault.properties.vaultUri}secrets/postgres-connection-string'
  adminApiKey: '${vault.properties.vaultUri}secrets/admin-api-key'
}
