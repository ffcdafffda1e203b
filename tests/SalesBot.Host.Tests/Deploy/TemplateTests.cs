using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>deploymentTemplates/: the ARM template and its parameter file are well formed and fit together.</summary>
public sealed class TemplateTests
{
    private static readonly ArmTemplate Template = ArmTemplate.Main;

    [Fact]
    public void Template_IsAnArmDeploymentTemplate_WithParametersResourcesAndOutputs()
    {
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)Template.Json["$schema"]);
        Assert.NotEmpty(Template.Parameters);
        Assert.NotEmpty(Template.Json["outputs"]!.AsObject());
        var types = Template.Resources.Select(r => (string)r["type"]!).ToHashSet();
        Assert.Contains("Microsoft.Web/serverfarms", types);
        Assert.Contains("Microsoft.Web/sites", types);
        Assert.Contains("Microsoft.BotService/botServices", types);
        Assert.Contains("Microsoft.BotService/botServices/channels", types);
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers", types);
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers/databases", types);
        Assert.Contains("Microsoft.KeyVault/vaults", types);
        Assert.Contains("Microsoft.KeyVault/vaults/secrets", types);
    }

    [Fact]
    public void EveryParameter_IsUsed()
    {
        var unused = Template.Parameters.Select(p => p.Key).Where(name => Template.ParameterUses(name) == 0).ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void EveryVariable_IsUsed()
    {
        var unused = Template.Variables.Select(v => v.Key).Where(name => Template.VariableUses(name) == 0).ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void ParameterFile_NamesOnlyDeclaredParameters_AndNoSecrets()
    {
        var file = JsonNode.Parse(Repository.Read("deploymentTemplates", "main.parameters.json"))!.AsObject();
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", (string?)file["$schema"]);
        var given = file["parameters"]!.AsObject().Select(p => p.Key).ToList();

        Assert.NotEmpty(given);
        Assert.All(given, name => Assert.True(Template.Parameters.ContainsKey(name), $"main.parameters.json names '{name}', which main.json does not declare."));
        Assert.All(given, name => Assert.NotEqual("securestring", (string?)Template.Parameters[name]!["type"]));
    }

    [Fact]
    public void RequiredParameters_AreInTheParameterFile_OrGivenInTheReadmeCommand()
    {
        var file = JsonNode.Parse(Repository.Read("deploymentTemplates", "main.parameters.json"))!["parameters"]!.AsObject();
        var readme = Repository.Read("deploymentTemplates", "README.md");
        var required = Template.Parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).ToList();

        Assert.NotEmpty(required);
        Assert.All(required, name => Assert.True(
            file.ContainsKey(name) || readme.Contains(name + "=", StringComparison.Ordinal),
            $"Required parameter '{name}' is neither in main.parameters.json nor passed in the README's az command."));
    }

    [Fact]
    public void Secrets_AreSecureParameters_AndReachTheAppOnlyAsKeyVaultReferences()
    {
        string[] secretWords = ["Password", "Secret", "Token", "ApiKey", "ConnectionStrings__"];
        var secretSettings = Template.AppSettings.Where(s => secretWords.Any(w => s.Key.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Contains(secretSettings, s => s.Key == "ConnectionStrings__SalesBot");
        Assert.All(secretSettings, s => Assert.Contains("@Microsoft.KeyVault(SecretUri=", s.Value, StringComparison.Ordinal));
        Assert.All(secretSettings, s => Assert.DoesNotContain("parameters(", s.Value, StringComparison.Ordinal));

        var secretParameters = Template.Parameters.Where(p => secretWords.Any(w => p.Key.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.All(secretParameters, p => Assert.Equal("securestring", (string?)p.Value!["type"]));
    }

    [Fact]
    public void Outputs_CarryNoSecrets()
    {
        var outputs = ArmTemplate.Raw(Template.Json["outputs"]);
        Assert.Contains("parameters('", ArmTemplate.Raw(Template.Json["resources"]), StringComparison.Ordinal);

        foreach (var secret in Template.Parameters.Where(p => (string?)p.Value!["type"] == "securestring"))
        {
            Assert.DoesNotContain($"parameters('{secret.Key}')", outputs, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("listKeys", outputs, StringComparison.Ordinal);
    }

    [Fact]
    public void WebApp_IsLinuxDotNet10_HttpsOnly_AndProbesReadiness()
    {
        var web = Template.Resource("Microsoft.Web/sites");
        var config = web["properties"]!["siteConfig"]!;

        Assert.Equal("app,linux", (string?)web["kind"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)web["properties"]!["httpsOnly"]!);
        Assert.Equal("/health/ready", (string?)config["healthCheckPath"]);
        Assert.Equal("dotnet SalesBot.Host.dll", (string?)config["appCommandLine"]);
        Assert.Equal($"dotnet {typeof(Program).Assembly.GetName().Name}.dll", (string?)config["appCommandLine"]);
        Assert.Equal("http://+:8080", Template.AppSettings["Urls"]);
    }

    [Fact]
    public void Bot_HasTheTeamsChannel_AndAnAppTypeSalesBotAccepts()
    {
        var bot = Template.Resource("Microsoft.BotService/botServices");
        var teams = Template.Resource("Microsoft.BotService/botServices/channels");
        var allowed = Template.Parameters["botAppType"]!["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("MsTeamsChannel", (string?)teams["properties"]!["channelName"]);
        Assert.True((bool)teams["properties"]!["properties"]!["isEnabled"]!);
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed);
        Assert.Equal("[parameters('botAppType')]", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("[parameters('botAppType')]", Template.AppSettings["MicrosoftAppType"]);
        Assert.Equal((string?)bot["properties"]!["msaAppId"], Template.AppSettings["MicrosoftAppId"]);
    }

    [Fact]
    public void KeylessAzureOpenAI_GivesTheAppsIdentityTheOpenAIUserRole_AndTheAppTheIdentityInsteadOfAKey()
    {
        const string openAiUser = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"; // Cognitive Services OpenAI User
        var roles = Template.Resources.Where(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments").ToList();
        var role = Assert.Single(roles, r => ArmTemplate.Raw(r["properties"]!["roleDefinitionId"]).Contains("cognitiveServicesOpenAiUser", StringComparison.Ordinal));

        Assert.Equal(openAiUser, (string?)Template.Variables["cognitiveServicesOpenAiUser"]);
        Assert.Equal("[variables('openAiKeyless')]", (string?)role["condition"]);
        Assert.Matches(@"userAssignedIdentities.*\)\.principalId", ArmTemplate.Raw(role["properties"]!["principalId"]));
        Assert.Contains("Microsoft.CognitiveServices/accounts", ArmTemplate.Raw(role["scope"]), StringComparison.Ordinal);
        Assert.Equal(["Keyless", "Key"], Template.Parameters["openAiAuth"]!["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("Keyless", (string?)Template.Parameters["openAiAuth"]!["defaultValue"]);
        Assert.Contains("variables('openAiKeyless')", Template.AppSettings["OpenAI__ManagedIdentityClientId"], StringComparison.Ordinal);
        Assert.Contains("clientId", Template.AppSettings["OpenAI__ManagedIdentityClientId"], StringComparison.Ordinal);
        Assert.Contains("variables('hasOpenAiKey')", Template.AppSettings["OpenAI__ApiKey"], StringComparison.Ordinal);
        Assert.Contains("not(variables('openAiKeyless'))", ArmTemplate.Raw(Template.Variables["hasOpenAiKey"]), StringComparison.Ordinal);
        var account = Template.Resource("Microsoft.CognitiveServices/accounts");
        Assert.Equal("[variables('openAiKeyless')]", (string?)account["properties"]!["disableLocalAuth"]);
        Assert.Equal("[parameters('openAiAccountName')]", (string?)account["properties"]!["customSubDomainName"]);
        Assert.Single(Template.Resources, r => (string?)r["type"] == "Microsoft.CognitiveServices/accounts/deployments");
    }

    [Fact]
    public void ApplicationInsights_IsCreated_AndItsConnectionStringReachesTheApp()
    {
        var insights = Template.Resource("Microsoft.Insights/components");

        Assert.Equal("[parameters('applicationInsights')]", (string?)insights["condition"]);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", ArmTemplate.Raw(insights["properties"]!["WorkspaceResourceId"]), StringComparison.Ordinal);
        Assert.Contains("ConnectionString", Template.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.True((bool)Template.Parameters["applicationInsights"]!["defaultValue"]!);
    }
}
