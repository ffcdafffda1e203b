using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Processing;
using SalesBot.Storage;

namespace SalesBot.Host.Tests.Slack;

/// <summary>The Slack inbox in the real host: an item that keeps coming back (it killed its worker again and again) is given up, and the user hears about it.</summary>
public sealed class SlackInboxTests
{
    [Fact]
    public async Task AnItemClaimedAsOftenAsAllowed_IsGivenUpWithoutRunning_AndTheUserGetsTheApology()
    {
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["Slack:InboxMaxAttempts"] = "3",
        });
        var user = host.User();
        var job = new TurnJob(new SlackTenant("T1", "T1", null), user.UserId, "qualify Acme", TurnSource.DirectMessage)
        {
            DmChannelId = user.Dm,
            DeliveryIds = ["event:EvPoison"],
        };

        // As the inbox holds it after three claims whose workers died (its lease has run out).
        var connectionString = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString;
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.ExecuteAsync(
                "INSERT INTO inbox (channel_id, partition_key, dedupe_key, payload, received_at, attempts, claimed_by, lease_until) " +
                "VALUES ('slack', @PartitionKey, 'event:EvPoison', @payload, 0, 3, 'dead-instance', 0)",
                new { job.PartitionKey, payload = SlackJobJson.Write(job) });
        }

        host.Queue.Wake();
        var inbox = host.Services.GetRequiredService<IInboxStore>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await inbox.CountAsync("slack", default) > 0 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, await inbox.CountAsync("slack", default));
        var apology = Assert.Single(host.Slack.Of("chat.postMessage"));
        Assert.Equal(user.Dm, apology.Channel);
        Assert.Matches(@"\(incident [0-9a-f]{8}\)", apology.AllText);
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, default));
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Message.Contains("given up after 4 claims", StringComparison.Ordinal));
    }
}
