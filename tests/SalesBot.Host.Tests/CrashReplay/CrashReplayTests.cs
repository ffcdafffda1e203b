using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Host.Tests.ScaleOut;
using SalesBot.Host.Tests.Slack;
using SalesBot.Storage;
using SalesBot.Testing;
using SalesBot.Testing.Postgres;
using Xunit.Abstractions;

namespace SalesBot.Host.Tests.CrashReplay;

/// <summary>
/// Issue 16's proof of exactly-once turns: the built host runs as a child process and is killed with a real kill -9 at
/// random points while local-chat users and Slack users qualify a deal. After each kill it is started again on the same
/// database, and the channels' retries are replayed: every activity not answered 200 is sent again with the same id,
/// every Slack event not acked is sent again with Slack's retry headers. In the end every acknowledged answer is stored
/// exactly once and none twice — the Slack ones, acked before they ran, included. The seed is printed (and in every
/// failure message); set SALESBOT_CRASH_SEED to run one again.
/// </summary>
public sealed class CrashReplayTests(ITestOutputHelper output)
{
    private const string SigningSecret = "crash-signing-secret-0123456789abcdef";
    private const int LocalUsers = 4;
    private const int SlackUsers = 4;
    private const int Kills = 3;

    private static readonly string Deadline = DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"qualify Acme" and the ten answers, all typed, each with the value it must be stored as.</summary>
    private static readonly IReadOnlyList<(string Say, string? QuestionId, string? Stored)> Script =
    [
        ("qualify Acme", null, null),
        .. QualifyScript.Steps.Select(step => step.QuestionId == "deadline" ? (Deadline, step.QuestionId, Deadline) : (step.Say, step.QuestionId, step.Stored)),
    ];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task KilledAtRandomPointsAndRestarted_WithTheChannelsRetriesReplayed_StoresEveryAcknowledgedAnswerExactlyOnce(string provider)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SALESBOT_CRASH_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"seed {seed} (SALESBOT_CRASH_SEED={seed} runs this again)");
        var random = new Random(seed);

        using var folder = new TempFolder();
        await using var postgres = provider == "Postgres" ? await TestPostgres.CreateDatabaseAsync() : null;
        var connectionString = postgres?.ConnectionString ?? folder.SqliteConnectionString();
        await using var slack = await FakeSlack.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:SalesBot"] = connectionString,
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-crash-test",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:KeysFolder"] = folder.File("keys"),

            // A dead instance's claims run out quickly, and the inbox is looked at often, so recovery is quick.
            ["Slack:InboxLease"] = "00:00:02",
            ["Slack:InboxPollInterval"] = "00:00:00.100",
            ["Nudges:Enabled"] = "false",
        };
        await using var host = new RestartingHost(settings);
        await host.StartAsync();

        var signed = new SignedSlack(SigningSecret, "TCRASH");
        var locals = Enumerable.Range(0, LocalUsers).Select(_ => new ScaleOutUser()).ToList();
        var slackUsers = Enumerable.Range(0, SlackUsers).Select(i => $"UCRASH{seed % 10_000:D4}{i}").ToList();
        var started = 0;
        var failed = 0;

        // The kill points: after this many sends were started (so a kill lands while others are in flight), plus a few ms.
        var total = (LocalUsers + SlackUsers) * Script.Count;
        var killAt = Enumerable.Range(0, Kills).Select(_ => random.Next(5, total - 5)).Order().ToList();
        var killDelays = killAt.Select(_ => random.Next(0, 40)).ToList();
        var pauses = Enumerable.Range(0, LocalUsers + SlackUsers).Select(_ => new Random(random.Next())).ToList();

        async Task SendUntilAckedAsync(Func<HostProcess, int, Task<bool>> send)
        {
            Interlocked.Increment(ref started);
            for (var attempt = 0; ; attempt++)
            {
                var instance = await host.UpAsync();
                if (await send(instance, attempt))
                {
                    return;
                }

                Interlocked.Increment(ref failed);
                await Task.Delay(20);
                Assert.True(attempt < 200, $"seed {seed}: a message was never acknowledged\n{host.Logs()}");
            }
        }

        var localRuns = locals.Select((user, u) => Task.Run(async () =>
        {
            foreach (var (say, _, _) in Script)
            {
                var activity = user.Message(say);
                await SendUntilAckedAsync((instance, _) => PostActivityAsync(instance, activity));
                await Task.Delay(pauses[u].Next(0, 15));
            }
        })).ToList();
        var slackRuns = slackUsers.Select((userId, u) => Task.Run(async () =>
        {
            foreach (var (say, _, _) in Script)
            {
                var callback = signed.DmEvent(userId, say);
                await SendUntilAckedAsync((instance, attempt) => PostEventAsync(signed, instance, callback, attempt));
                await Task.Delay(pauses[LocalUsers + u].Next(0, 15));
            }
        })).ToList();
        var killer = Task.Run(async () =>
        {
            for (var k = 0; k < Kills; k++)
            {
                while (Volatile.Read(ref started) < killAt[k])
                {
                    await Task.Delay(2);
                }

                await Task.Delay(killDelays[k]);
                await host.KillAndRestartAsync();
            }
        });

        await Task.WhenAll([.. localRuns, .. slackRuns, killer]);
        output.WriteLine($"{host.Kills} kills after {string.Join(", ", killAt)} sends; {failed} sends failed and were replayed");

        using var services = StoreServices(provider, connectionString);
        var store = services.GetRequiredService<ISalesBotStore>();
        var inbox = services.GetRequiredService<IInboxStore>();
        var owners = locals.Select(user => new Owner("local", user.UserId)).Concat(slackUsers.Select(id => new Owner(signed.TeamId, id))).ToList();
        var expected = Script.Where(line => line.QuestionId is not null).Select(line => (line.QuestionId!, 1, line.Stored!)).ToList();

        // Slack was acked before the work ran: what the kills interrupted runs from the inbox after the restart.
        var answers = new Dictionary<Owner, List<(string, int, string)>>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(200);
            foreach (var owner in owners)
            {
                answers[owner] = await AnswersAsync(store, owner);
            }
        }
        while ((answers.Values.Any(list => list.Count < expected.Count) || await inbox.CountAsync("slack", default) > 0) && clock.Elapsed < TimeSpan.FromSeconds(45));
        await Task.Delay(500); // a second run of something, if there were one, would land now
        Assert.Equal(0, await inbox.CountAsync("slack", default));

        Assert.Equal(Kills, host.Kills);
        foreach (var owner in owners)
        {
            var deals = await store.ListDealsAsync(owner, default);
            var stored = await AnswersAsync(store, owner);
            Assert.True(
                deals.Count == 1 && stored.SequenceEqual(expected),
                $"seed {seed}: {owner} has {deals.Count} deal(s) and the answers {string.Join(", ", stored.Select(a => $"{a.Item1} v{a.Item2}={a.Item3}"))}\n{host.Logs()}");
        }
    }

    private static async Task<bool> PostActivityAsync(HostProcess instance, JsonObject activity)
    {
        try
        {
            using var response = await instance.Client.PostAsync(
                "api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("something went wrong", body, StringComparison.OrdinalIgnoreCase);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ObjectDisposedException or IOException)
        {
            return false;
        }
    }

    private static async Task<bool> PostEventAsync(SignedSlack signed, HostProcess instance, JsonObject callback, int attempt)
    {
        try
        {
            using var response = await signed.PostEventAsync(instance.Client, callback, attempt);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ObjectDisposedException or IOException)
        {
            return false;
        }
    }

    private static async Task<List<(string, int, string)>> AnswersAsync(ISalesBotStore store, Owner owner)
    {
        var answers = new List<(string, int, string)>();
        foreach (var deal in await store.ListDealsAsync(owner, default))
        {
            answers.AddRange((await store.GetAnswersAsync(owner, deal.Id, default)).Select(a => (a.QuestionId, a.Version, a.Value)));
        }

        return answers;
    }

    /// <summary>The store as the host configures it, over the database the instances used (already migrated by them).</summary>
    private static ServiceProvider StoreServices(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:SalesBot"] = connectionString,
        }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSalesBotStorage(configuration).BuildServiceProvider();
    }
}
