// The bot in Azure Container Apps: at least two replicas behind the environment's load balancer, probes on
// /health/live and /health/ready, secrets from Key Vault through the managed identity, telemetry through the
// environment's OpenTelemetry agent (the app exports OTLP to it; it forwards to Application Insights).
param name string
param location string
param image string
param registryServer string
param identityId string
param logAnalyticsWorkspaceId string
@secure()
param appInsightsConnectionString string
param minReplicas int
param maxReplicas int
param botAppId string
param tenantId string
param secretUris object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: last(split(logAnalyticsWorkspaceId, '/'))
}

resource environment 'Microsoft.App/managedEnvironments@2024-10-02-preview' = {
  name: 'cae-${name}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    appInsightsConfiguration: {
      connectionString: appInsightsConnectionString
    }
    openTelemetryConfiguration: {
      tracesConfiguration: {
        destinations: [
          'appInsights'
        ]
      }
      logsConfiguration: {
        destinations: [
          'appInsights'
        ]
      }
    }
    zoneRedundant: false
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: [
        {
          name: 'bot-app-password'
          keyVaultUrl: secretUris.botAppPassword
          identity: identityId
        }
        {
          name: 'postgres-connection-string'
          keyVaultUrl: secretUris.postgresConnectionString
          identity: identityId
        }
        {
          name: 'admin-api-key'
          keyVaultUrl: secretUris.adminApiKey
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'agentassist'
          image: image
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: [
            { name: 'ASPNETCORE_HTTP_PORTS', value: '8080' }
            { name: 'Storage__Provider', value: 'Postgres' }
            { name: 'Storage__PostgresConnectionString', secretRef: 'postgres-connection-string' }
            { name: 'BotFramework__MicrosoftAppId', value: botAppId }
            { name: 'BotFramework__MicrosoftAppPassword', secretRef: 'bot-app-password' }
            { name: 'BotFramework__MicrosoftAppType', value: 'SingleTenant' }
            { name: 'BotFramework__MicrosoftAppTenantId', value: tenantId }
            { name: 'Admin__ApiKey', secretRef: 'admin-api-key' }
          ]
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/live'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/health/ready'
                port: 8080
              }
              periodSeconds: 5
              failureThreshold: 2
            }
            {
              type: 'Startup'
              httpGet: {
                path: '/health/live'
                port: 8080
              }
              periodSeconds: 2
              failureThreshold: 30
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
