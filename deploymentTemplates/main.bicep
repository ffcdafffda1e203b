// SalesBot on Azure: a Linux Web App (.NET 10) on an App Service plan, an Azure Bot with the Teams channel,
// Azure Database for PostgreSQL Flexible Server, and a Key Vault holding every secret, which the app settings reference.
// Compile with `bicep build main.bicep` (main.json is committed); deploy with the az commands in README.md.

@description('Name of the web app; its address becomes https://<appName>.azurewebsites.net. Globally unique.')
@minLength(2)
@maxLength(40)
param appName string = 'salesbot-${uniqueString(resourceGroup().id)}'

@description('Azure region of everything but the bot (bots are global).')
param location string = resourceGroup().location

@description('App Service plan size: B1 for a team, P0v3 or larger for production.')
param appServicePlanSku string = 'B1'

@description('How SalesBot signs in to the Bot Framework: SingleTenant (an app registration with a client secret) or UserAssignedMSI (the managed identity this template creates; no secret).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string = 'SingleTenant'

@description('SingleTenant only: the app (client) id of your Entra app registration. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Stored in Key Vault.')
@secure()
param microsoftAppPassword string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free on both) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'salesbot'

@description('Administrator password of the PostgreSQL server (8-128 characters, three of: upper case, lower case, digits, symbols). Stored in Key Vault as part of the connection string.')
@secure()
@minLength(8)
param postgresAdminPassword string

@description('PostgreSQL compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string = 'Standard_B1ms'

@description('The tier that goes with postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GiB.')
param postgresStorageGb int = 32

@description('Slack signing secret (Basic Information → App Credentials). Empty leaves Slack off.')
@secure()
param slackSigningSecret string = ''

@description('Slack, one workspace: the bot token (xoxb-...). Leave empty for several workspaces (OAuth).')
@secure()
param slackBotToken string = ''

@description('Slack, several workspaces (OAuth): the app\'s client id.')
param slackClientId string = ''

@description('Slack, several workspaces (OAuth): the app\'s client secret.')
@secure()
param slackClientSecret string = ''

@description('Optional coach model: an Azure OpenAI or OpenAI endpoint. Empty keeps the deterministic coach.')
param openAiEndpoint string = ''

@description('API key of that endpoint. Stored in Key Vault.')
@secure()
param openAiApiKey string = ''

@description('Model or deployment name at that endpoint.')
param openAiModel string = ''

@description('Bearer token Prometheus must send to scrape https://<app>/metrics. A new random one each deployment unless given; read it from Key Vault (secret metrics-bearer-token).')
@secure()
param metricsBearerToken string = newGuid()

var tenantId = subscription().tenantId
var isMsi = botAppType == 'UserAssignedMSI'
var botAppId = isMsi ? identity.properties.clientId : microsoftAppId
var webHost = '${appName}.azurewebsites.net'
var keyVaultName = 'kv${uniqueString(resourceGroup().id, appName)}'
var databaseName = 'salesbot'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var hasSlackSigningSecret = !empty(slackSigningSecret)
var hasSlackBotToken = !empty(slackBotToken)
var hasSlackClientSecret = !empty(slackClientSecret)
var hasOpenAiKey = !empty(openAiApiKey)
var hasAppPassword = !isMsi && !empty(microsoftAppPassword)

// One identity for the web app: it reads Key Vault secrets, and with UserAssignedMSI it is also the bot's identity.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${appName}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${appName}'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageGb
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's rule for "services inside Azure", which includes App Service's outbound addresses.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'connection-string'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};Ssl Mode=Require'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasAppPassword) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource slackSigningSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasSlackSigningSecret) {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackBotTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasSlackBotToken) {
  parent: vault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

resource slackClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasSlackClientSecret) {
  parent: vault
  name: 'slack-client-secret'
  properties: {
    value: slackClientSecret
  }
}

resource openAiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasOpenAiKey) {
  parent: vault
  name: 'openai-api-key'
  properties: {
    value: openAiApiKey
  }
}

resource metricsTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'metrics-bearer-token'
  properties: {
    value: metricsBearerToken
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${appName}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appCommandLine: 'dotnet SalesBot.Host.dll'
      appSettings: [
        // Where Kestrel listens: appsettings.json says localhost:3978; App Service forwards to port 8080.
        { name: 'Urls', value: 'http://+:8080' }
        { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
        { name: 'Logging__Console__FormatterName', value: 'json' }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: hasAppPassword ? '@Microsoft.KeyVault(SecretUri=${appPasswordSecret!.properties.secretUri})' : '' }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'Storage__Provider', value: 'Postgres' }
        { name: 'ConnectionStrings__SalesBot', value: '@Microsoft.KeyVault(SecretUri=${connectionStringSecret.properties.secretUri})' }
        { name: 'Slack__SigningSecret', value: hasSlackSigningSecret ? '@Microsoft.KeyVault(SecretUri=${slackSigningSecretSecret!.properties.secretUri})' : '' }
        { name: 'Slack__BotToken', value: hasSlackBotToken ? '@Microsoft.KeyVault(SecretUri=${slackBotTokenSecret!.properties.secretUri})' : '' }
        { name: 'Slack__ClientId', value: slackClientId }
        { name: 'Slack__ClientSecret', value: hasSlackClientSecret ? '@Microsoft.KeyVault(SecretUri=${slackClientSecretSecret!.properties.secretUri})' : '' }
        { name: 'Slack__RedirectUrl', value: empty(slackClientId) ? '' : 'https://${webHost}/api/slack/oauth_redirect' }
        // /home survives restarts and is shared by all instances: the keys that encrypt stored Slack tokens live there.
        { name: 'Slack__KeysFolder', value: '/home/salesbot/data-protection-keys' }
        { name: 'OpenAI__Endpoint', value: openAiEndpoint }
        { name: 'OpenAI__ApiKey', value: hasOpenAiKey ? '@Microsoft.KeyVault(SecretUri=${openAiKeySecret!.properties.secretUri})' : '' }
        { name: 'OpenAI__Model', value: openAiModel }
        // Export download links point at the public host name, not at the address the Bot Connector called.
        { name: 'Export__PublicBaseUrl', value: 'https://${webHost}' }
        { name: 'Metrics__BearerToken', value: '@Microsoft.KeyVault(SecretUri=${metricsTokenSecret.properties.secretUri})' }
      ]
    }
  }
  dependsOn: [
    vaultReader
    database
    postgresFromAzure
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: appName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'SalesBot'
    description: 'Your sales coach: qualify prospects one question at a time and always know the next step.'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: isMsi ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The web app\'s address.')
output appUrl string = 'https://${web.properties.defaultHostName}'

@description('The bot\'s messaging endpoint (Azure Bot → Configuration).')
output messagingEndpoint string = bot.properties.endpoint

@description('The id to build the Teams app package with: dotnet run --project src/SalesBot.Host -- teams-package --app-id <this>.')
output botAppId string = botAppId

@description('Where the secrets are.')
output keyVaultName string = vault.name

@description('The address to put in the Slack app manifest in place of salesbot.example.com.')
output slackHost string = web.properties.defaultHostName
