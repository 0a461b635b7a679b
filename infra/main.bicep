// AgentAssist on Azure: several stateless instances in Azure Container Apps over Azure Database for PostgreSQL
// Flexible Server, the Azure Bot resource with its Teams channel, secrets in Key Vault read through a user-assigned
// managed identity, and telemetry to Application Insights through the Container Apps OpenTelemetry (OTLP) agent.
// Deploy: az deployment group create -g <group> -f infra/main.bicep -p @infra/main.parameters.json (see docs/operations.md).
targetScope = 'resourceGroup'

@description('Short name used in every resource name (lower-case letters and digits, 3-12).')
@minLength(3)
@maxLength(12)
param name string

@description('Region of the resources (the Azure Bot resource is always global).')
param location string = resourceGroup().location

@description('Container image of the bot, built with `dotnet publish src/AgentAssist.Bot -t:PublishContainer`.')
param image string

@description('Registry server of the image (for example myregistry.azurecr.io); the managed identity pulls from it (grant it AcrPull).')
param registryServer string

@description('Instances that always run; at least two, so a restart or an upgrade never stops the service.')
@minValue(2)
param minReplicas int = 2

@description('Most instances under load (scaled on concurrent HTTP requests).')
param maxReplicas int = 6

@description('Microsoft Entra app registration (client) id of the bot.')
param botAppId string

@description('Client secret of the bot\'s app registration; stored in Key Vault only.')
@secure()
param botAppPassword string

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'agentassist'

@description('PostgreSQL administrator password; stored in Key Vault only (inside the connection string).')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute tier and SKU; Burstable B1ms suits a pilot, General Purpose for production.')
param postgresSku object = {
  name: 'Standard_B1ms'
  tier: 'Burstable'
}

@description('Days of PostgreSQL point-in-time backups (7-35).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int = 14

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Admin API key for the audit export (at least 32 characters); stored in Key Vault only.')
@secure()
param adminApiKey string

var suffix = uniqueString(resourceGroup().id, name)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${name}-${suffix}'
    location: location
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: '${name}-${suffix}'
    location: location
  }
}

module database 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: 'psql-${name}-${suffix}'
    location: location
    adminLogin: postgresAdminLogin
    adminPassword: postgresAdminPassword
    sku: postgresSku
    backupRetentionDays: backupRetentionDays
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${take(name, 8)}-${take(suffix, 10)}'
    location: location
    readerPrincipalId: identity.outputs.principalId
    secrets: {
      'bot-app-password': botAppPassword
      'postgres-connection-string': 'Host=${database.outputs.fqdn};Database=${database.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
      'admin-api-key': adminApiKey
    }
  }
}

module app 'modules/containerapp.bicep' = {
  name: 'containerapp'
  params: {
    name: 'ca-${name}-${suffix}'
    location: location
    image: image
    registryServer: registryServer
    identityId: identity.outputs.id
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    appInsightsConnectionString: monitoring.outputs.connectionString
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    botAppId: botAppId
    tenantId: tenant().tenantId
    secretUris: vault.outputs.secretUris
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${name}-${suffix}'
    sku: botSku
    appId: botAppId
    tenantId: tenant().tenantId
    endpoint: 'https://${app.outputs.fqdn}/api/messages'
    appInsightsAppId: monitoring.outputs.appId
  }
}

@description('Public host name of the service (its /health/ready, /api/messages and web page).')
output fqdn string = app.outputs.fqdn

@description('The messaging endpoint the Azure Bot resource calls.')
output messagingEndpoint string = 'https://${app.outputs.fqdn}/api/messages'

@description('Key Vault holding the secrets; rotate them there (docs/operations.md).')
output keyVaultName string = vault.outputs.name
