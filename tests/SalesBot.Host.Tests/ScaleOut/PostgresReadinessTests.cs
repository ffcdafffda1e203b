using System.Net;
using SalesBot.Testing.Postgres;

namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>/health/ready reports the PostgreSQL database: a load balancer stops sending turns to an instance that cannot store them.</summary>
public sealed class PostgresReadinessTests
{
    [Fact]
    public async Task ReadinessFails_WhenTheDatabaseGoesAway_WhileLivenessStaysUp()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var host = await HostProcess.StartAsync("instance", new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:SalesBot"] = database.ConnectionString,
        });
        using var readyBefore = await host.Client.GetAsync("health/ready");

        await database.DisposeAsync(); // DROP DATABASE ... WITH (FORCE): the instance's sessions are cut and the database is gone
        using var readyAfter = await host.Client.GetAsync("health/ready");
        using var live = await host.Client.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.OK, readyBefore.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
