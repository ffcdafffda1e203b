// SalesBot on Azure: a Linux Web App (.NET 10) on an App Service plan, an Azure Bot with the Teams channel,
// Azure Database for PostgreSQL Flexible Server, a Key Vault holding every secret, which the app settings reference,
// Application Insights for traces, metrics and logs, and optionally an Azure OpenAI account for the AI coach.
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

@description('AI coach on Azure OpenAI: Create an account with a model deployment, use an Existing account in this resource group (openAiAccountName, openAiModel = its deployment), or None (then openAiEndpoint may name OpenAI or any compatible endpoint).')
@allowed([
  'None'
  'Create'
  'Existing'
])
param openAiAccountMode string = 'None'

@description('Create/Existing: the Azure OpenAI account\'s name (also its sub-domain: https://<name>.openai.azure.com/).')
@minLength(2)
@maxLength(64)
param openAiAccountName string = 'oai-${appName}'

@description('Create/Existing: how SalesBot signs in. Keyless: the app\'s managed identity with the Cognitive Services OpenAI User role (no key exists; a created account has key sign-in turned off). Key: the account\'s key, kept in Key Vault.')
@allowed([
  'Keyless'
  'Key'
])
param openAiAuth string = 'Keyless'

@description('Create: the model to deploy, e.g. gpt-4o-mini.')
param openAiModelName string = 'gpt-4o-mini'

@description('Create: the model version.')
param openAiModelVersion string = '2024-07-18'

@description('Create: the deployment type (GlobalStandard, Standard, DataZoneStandard, ...).')
param openAiDeploymentSku string = 'GlobalStandard'

@description('Create: the deployment\'s capacity in thousands of tokens per minute.')
@minValue(1)
param openAiDeploymentCapacity int = 10

@description('None only: an OpenAI or OpenAI-compatible endpoint (e.g. https://api.openai.com/v1/). Empty keeps the deterministic coach.')
param openAiEndpoint string = ''

@description('None: the API key of openAiEndpoint. Existing with openAiAuth Key: the account\'s key, if the template should not read it. Stored in Key Vault.')
@secure()
param openAiApiKey string = ''

@description('The model (None) or deployment name (Existing; Create: the name of the deployment it makes, default the model name).')
param openAiModel string = ''

@description('Application Insights (with a Log Analytics workspace) for SalesBot\'s traces, metrics and logs; its connection string reaches the app as APPLICATIONINSIGHTS_CONNECTION_STRING.')
param applicationInsights bool = true

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
var useAzureOpenAi = openAiAccountMode != 'None'
var createOpenAi = openAiAccountMode == 'Create'
var openAiKeyless = useAzureOpenAi && openAiAuth == 'Keyless'
// The account's own key, read at deployment: Create with Key, or Existing with Key and no key given.
var readOpenAiKey = useAzureOpenAi && !openAiKeyless && empty(openAiApiKey)
var hasOpenAiKey = !openAiKeyless && (readOpenAiKey || !empty(openAiApiKey))
var openAiDeploymentName = createOpenAi && empty(openAiModel) ? openAiModelName : openAiModel
var cognitiveServicesOpenAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
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
    value: readOpenAiKey ? openAiAccountRef.listKeys().key1 : openAiApiKey
  }
  dependsOn: [
    openAiAccount
  ]
}

// The AI coach's Azure OpenAI account: created here (Create) or already there (Existing), in this resource group.
resource openAiAccount 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (createOpenAi) {
  name: openAiAccountName
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: openAiAccountName
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: openAiKeyless
  }
}

resource openAiDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (createOpenAi) {
  parent: openAiAccount
  name: openAiDeploymentName
  sku: {
    name: openAiDeploymentSku
    capacity: openAiDeploymentCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: openAiModelName
      version: openAiModelVersion
    }
  }
}

resource openAiAccountRef 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAiAccountName
}

// Keyless: the app's identity may call the account's models (and nothing else on it).
resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (openAiKeyless) {
  name: guid(resourceGroup().id, openAiAccountName, identity.id, cognitiveServicesOpenAiUser)
  scope: openAiAccountRef
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUser)
  }
  dependsOn: [
    openAiAccount
  ]
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (applicationInsights) {
  name: 'log-${appName}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = if (applicationInsights) {
  name: 'appi-${appName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
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
        // Azure OpenAI: the resource address (https://<account>.openai.azure.com/), which SalesBot reaches with Azure.AI.OpenAI.
        { name: 'OpenAI__Endpoint', value: useAzureOpenAi ? (createOpenAi ? openAiAccount!.properties.endpoint : openAiAccountRef.properties.endpoint) : openAiEndpoint }
        { name: 'OpenAI__ApiKey', value: hasOpenAiKey ? '@Microsoft.KeyVault(SecretUri=${openAiKeySecret!.properties.secretUri})' : '' }
        // Keyless: no key, so SalesBot signs in with this identity (it holds the Cognitive Services OpenAI User role).
        { name: 'OpenAI__ManagedIdentityClientId', value: openAiKeyless ? identity.properties.clientId : '' }
        { name: 'OpenAI__Model', value: openAiDeploymentName }
        // Traces, metrics and logs go to Application Insights (the Azure Monitor OpenTelemetry distro reads this).
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights ? insights!.properties.ConnectionString : '' }
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
    openAiDeployment
    openAiUser
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

@description('The AI coach\'s endpoint (empty when the coach is off).')
output openAiEndpoint string = useAzureOpenAi ? (createOpenAi ? openAiAccount!.properties.endpoint : openAiAccountRef.properties.endpoint) : openAiEndpoint

@description('Application Insights, where SalesBot\'s traces are (empty when off).')
output applicationInsightsName string = applicationInsights ? insights!.name : ''

@description('The address to put in the Slack app manifest in place of salesbot.example.com.')
output slackHost string = web.properties.defaultHostName
