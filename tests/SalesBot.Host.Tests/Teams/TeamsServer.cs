namespace SalesBot.Host.Tests.Teams;

/// <summary>SalesBot configured as a registered Azure Bot (single tenant) against the fake Microsoft cloud on loopback.</summary>
internal static class TeamsServer
{
    public static SalesBotServer Start(FakeMicrosoftCloud cloud, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "test-secret-not-real",
            ["MicrosoftAppTenantId"] = FakeMicrosoftCloud.Tenant,
            ["BotAuth:BotFrameworkMetadataUrl"] = cloud.BotFrameworkMetadataUrl,
            ["BotAuth:EntraMetadataUrl"] = cloud.EntraMetadataUrl,
            ["BotAuth:LoginInstance"] = cloud.LoginInstance,
            ["BotAuth:AllowedServiceUrlHosts:0"] = FakeMicrosoftCloud.ConnectorHost,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var server = SalesBotServer.With(settings);
        server.Outbound.Alias(FakeMicrosoftCloud.LoginHost, cloud.Port);
        server.Outbound.Alias(FakeMicrosoftCloud.ConnectorHost, cloud.Port);
        server.Outbound.Trust(cloud.Certificate);
        return server;
    }
}
