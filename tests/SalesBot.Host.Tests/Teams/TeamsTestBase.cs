namespace SalesBot.Host.Tests.Teams;

/// <summary>Each test gets its own fake Microsoft cloud and a SalesBot registered against it.</summary>
public abstract class TeamsTestBase : IAsyncLifetime
{
    internal FakeMicrosoftCloud Cloud { get; private set; } = null!;

    internal SalesBotServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cloud = await FakeMicrosoftCloud.StartAsync();
        Server = TeamsServer.Start(Cloud);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Cloud.DisposeAsync();
    }
}
