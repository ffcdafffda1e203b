using System.Globalization;
using System.Net;
using SalesBot.Host.Tests.CrashReplay;
using SalesBot.Storage.Migrations;

namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>
/// Issue 7's proof: two SalesBot instances (separate processes) over one PostgreSQL database. Turns go to either
/// instance, concurrent turns of one conversation race on both, retried deliveries arrive at both — and every answer
/// is stored exactly once, and the user never sees an error.
/// </summary>
public sealed class ScaleOutTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    private const string AnswersSql =
        "SELECT d.user_id AS UserId, a.deal_id AS DealId, a.question_id AS QuestionId, a.version AS Version, a.value AS Value " +
        "FROM answers a JOIN deals d ON d.id = a.deal_id WHERE d.user_id = ANY(@Users) ORDER BY a.seq";

    private static readonly string Deadline = DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ten qualify answers, with a deadline months from today (the instances run on the real clock).</summary>
    private static readonly IReadOnlyList<QualifyStep> Script =
        QualifyScript.Steps.Select(step => step.QuestionId == "deadline" ? step with { Say = Deadline, Stored = Deadline } : step).ToList();

    [Fact]
    public async Task BothInstancesStartedAtOnce_AreReady_AndTheSchemaWasMigratedOnce()
    {
        foreach (var host in new[] { cluster.A, cluster.B })
        {
            using var ready = await host.Client.GetAsync("health/ready");
            Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        }

        Assert.Equal(
            MigrationScripts.Load("Postgres").Select(script => script.Version),
            await cluster.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version"));
    }

    [Fact]
    public async Task ManyConcurrentQualifications_WithTurnsAlternatingBetweenInstances_StoreEveryAnswerExactlyOnce()
    {
        const int Users = 16;
        var users = Enumerable.Range(0, Users).Select(_ => new ScaleOutUser()).ToList();

        await Task.WhenAll(users.Select((user, index) => Task.Run(async () =>
        {
            // Turn t of user u goes to instance (u + t) % 2: every conversation alternates, and at any moment both instances are busy.
            var turn = index;
            await user.SendAsync(Pick(turn++), "qualify Acme");
            foreach (var step in Script)
            {
                var replies = await user.SendAsync(Pick(turn++), step.Say);
                Assert.NotEmpty(replies);
            }
        })));

        var answers = await cluster.QueryAsync<StoredAnswer>(AnswersSql, new { Users = users.Select(user => user.UserId).ToArray() });
        foreach (var user in users)
        {
            var mine = answers.Where(answer => answer.UserId == user.UserId).ToList();
            Assert.True(
                Script.Select(step => (step.QuestionId, 1, step.Stored)).SequenceEqual(mine.Select(answer => (answer.QuestionId, answer.Version, answer.Value))),
                $"{user.UserId} has {string.Join(", ", mine.Select(a => $"{a.QuestionId} v{a.Version}={a.Value}"))}\n{cluster.Logs()}");
            Assert.Single(mine.Select(answer => answer.DealId).Distinct());
        }

        var states = await cluster.QueryAsync<string>(
            "SELECT json FROM conversation_states WHERE conversation_key = ANY(@Keys)",
            new { Keys = users.Select(user => $"local|webchat|{user.ConversationId}|{user.UserId}").ToArray() });
        // Every qualification ran to its verdict on one instance or the other: no dialog is left open anywhere.
        Assert.Empty(states);
    }

    [Fact]
    public async Task TwoTurnsOfOneConversation_OnBothInstancesAtTheSameMoment_OneReruns_AndBothAnswersAreStoredOnce()
    {
        var rerunsBefore = cluster.Reruns();
        var races = 0;
        var users = new List<ScaleOutUser>();

        // Each race: a fresh qualification, then "yes" to instance A and "no" to instance B at once. Race until one of the
        // instances has re-run a turn (usually the first race; the cap keeps a quiet machine from looping forever).
        while (races < 8 || (cluster.Reruns() == rerunsBefore && races < 60))
        {
            races++;
            var user = new ScaleOutUser();
            users.Add(user);
            await user.SendAsync(races % 2 == 0 ? cluster.A : cluster.B, "qualify Acme");
            var yes = user.Message("yes");
            var no = user.Message("no");
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var onA = Task.Run(async () => { await start.Task; return await user.PostAsync(cluster.A, yes); });
            var onB = Task.Run(async () => { await start.Task; return await user.PostAsync(cluster.B, no); });
            start.SetResult();
            var replies = await Task.WhenAll(onA, onB);

            Assert.All(replies, texts => Assert.Contains(texts, text => text.Contains('?', StringComparison.Ordinal)));
        }

        var answers = await cluster.QueryAsync<StoredAnswer>(AnswersSql, new { Users = users.Select(user => user.UserId).ToArray() });
        foreach (var user in users)
        {
            var mine = answers.Where(answer => answer.UserId == user.UserId).ToList();

            // Whichever committed first answered question 1; the other re-ran on fresh state and answered question 2.
            Assert.Equal(["experience", "need"], mine.Select(answer => answer.QuestionId).Order());
            Assert.Equal(["no", "yes"], mine.Select(answer => answer.Value).Order());
            Assert.All(mine, answer => Assert.Equal(1, answer.Version));
        }

        Assert.True(cluster.Reruns() > rerunsBefore, $"No turn was re-run in {races} races: the instances never overlapped.\n{cluster.Logs()}");
    }

    [Fact]
    public async Task TheSameActivityRetriedToBothInstancesAtOnce_IsProcessedOnce()
    {
        var user = new ScaleOutUser();
        await user.SendAsync(cluster.A, "qualify Acme");
        var retried = user.Message("yes");

        var replies = await Task.WhenAll(user.PostAsync(cluster.A, retried), user.PostAsync(cluster.B, retried.DeepClone().AsObject()));

        var answers = await cluster.QueryAsync<StoredAnswer>(AnswersSql, new { Users = new[] { user.UserId } });
        Assert.Equal([("need", "yes")], answers.Select(answer => (answer.QuestionId, answer.Value)));
        Assert.Single(replies, texts => texts.Count > 0);
    }

    [Fact]
    public async Task DueNudges_AreSentExactlyOnce_WhileTheDispatchersOfBothInstancesShareTheOutbox()
    {
        const int Users = 12;
        const int NudgesEach = 3;
        await using var inbox = await NudgeInbox.StartAsync();
        var users = Enumerable.Range(0, Users).Select(_ => new ScaleOutUser("msteams", inbox.ServiceUrl)).ToList();

        // Each user talks to the bot on Teams (half of them through each instance): a deal, and a stored Teams address.
        await Task.WhenAll(users.Select((user, index) => user.SendAsync(Pick(index), "qualify Acme")));
        var deals = await cluster.QueryAsync<(string UserId, string DealId)>(
            "SELECT user_id, id FROM deals WHERE user_id = ANY(@Users)", new { Users = users.Select(user => user.UserId).ToArray() });
        Assert.Equal(Users, deals.Count);

        // Nudges that fell due a little while ago, for digest users (their due nudges go out at once, as one message, whatever
        // the hour on the real clock), all written in one transaction: both dispatchers find them at the same moment.
        var ids = deals.SelectMany(deal => Enumerable.Range(1, NudgesEach).Select(i => $"{deal.DealId}.stalled.scaleout{i}")).ToArray();
        await using (var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var (userId, dealId) in deals)
            {
                await Dapper.SqlMapper.ExecuteAsync(
                    connection,
                    "INSERT INTO user_profiles (tenant_id, user_id, starting_price, currency, updated_at, digest_at) " +
                    "VALUES ('local', @userId, 5000, 'USD', now(), '08:00') ON CONFLICT (tenant_id, user_id) DO UPDATE SET digest_at = '08:00'",
                    new { userId },
                    transaction);
                await Dapper.SqlMapper.ExecuteAsync(
                    connection,
                    "INSERT INTO nudges (id, tenant_id, user_id, deal_id, kind, due_at, state, created_at) " +
                    "SELECT @dealId || '.stalled.scaleout' || n, 'local', @userId, @dealId, 'stalled', now() - n * interval '1 minute', 'pending', now() " +
                    "FROM generate_series(1, @NudgesEach) n",
                    new { userId, dealId, NudgesEach },
                    transaction);
            }

            await transaction.CommitAsync();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<(string Id, string State, int Attempts)> nudges;
        do
        {
            await Task.Delay(200);
            nudges = await cluster.QueryAsync<(string Id, string State, int Attempts)>(
                "SELECT id, state, attempts FROM nudges WHERE id = ANY(@ids)", new { ids });
        }
        while (nudges.Any(nudge => nudge.State != "sent") && clock.Elapsed < TimeSpan.FromSeconds(60));
        await Task.Delay(1000); // a duplicate send, if there were one, would arrive now

        Assert.True(
            nudges.All(nudge => nudge.State == "sent" && nudge.Attempts == 1),
            $"{string.Join(", ", nudges.Where(n => n.State != "sent" || n.Attempts != 1).Select(n => $"{n.Id} {n.State} x{n.Attempts}"))}\n{cluster.Logs()}");
        Assert.Equal(ids.Order(), nudges.Select(nudge => nudge.Id).Order());

        // One digest message per user, into that user's own conversation, and nothing more.
        var posts = inbox.Posts;
        Assert.Equal(users.Select(user => user.ConversationId).Order(), posts.Select(post => post.ConversationId).Order());
    }

    [Fact]
    public async Task SlackUsers_WhoseEventsAlternateBetweenInstances_AndAreRetriedToTheOther_HaveEveryAnswerStoredOnceInOrder()
    {
        const int Users = 8;
        var slack = new SignedSlack(ScaleOutCluster.SlackSigningSecret, "TSCALE");
        var users = Enumerable.Range(0, Users).Select(_ => "US" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()).ToList();

        // Event t of user u is acked by instance (u + t) % 2, and every third is retried (X-Slack-Retry-Num) to the other one.
        // Acked means written to the shared inbox; either instance may run it, but one user's work runs in order.
        await Task.WhenAll(users.Select((userId, index) => Task.Run(async () =>
        {
            var turn = index;
            foreach (var say in SlackScript())
            {
                var callback = slack.DmEvent(userId, say);
                using (var ack = await slack.PostEventAsync(Pick(turn).Client, callback, attempt: 0))
                {
                    Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
                }

                if (turn % 3 == 0)
                {
                    using var retry = await slack.PostEventAsync(Pick(turn + 1).Client, callback, attempt: 1);
                    Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
                }

                turn++;
            }
        })));

        var answers = await SlackAnswersAsync(users, QualifyScript.Steps.Count);
        foreach (var user in users)
        {
            var mine = answers.Where(answer => answer.UserId == user).ToList();
            Assert.True(
                Script.Select(step => (step.QuestionId, 1, step.Stored)).SequenceEqual(mine.Select(answer => (answer.QuestionId, answer.Version, answer.Value))),
                $"{user} has {string.Join(", ", mine.Select(a => $"{a.QuestionId} v{a.Version}={a.Value}"))}\n{cluster.Logs()}");
            Assert.Single(mine.Select(answer => answer.DealId).Distinct());
        }

        Assert.Equal([0L], await cluster.QueryAsync<long>("SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task SlackWork_AckedByAnInstanceThatIsKilledBeforeRunningIt_IsRunByTheOtherInstance_InOrder()
    {
        var slack = new SignedSlack(ScaleOutCluster.SlackSigningSecret, "TSCALE");
        var user = "UK" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var said = SlackScript().Take(5).ToList();

        // A slow Slack API keeps instance A's worker busy, so most of what A acked is still in the inbox when A dies.
        cluster.Slack.Delay = TimeSpan.FromMilliseconds(250);
        try
        {
            foreach (var say in said)
            {
                using var ack = await slack.PostEventAsync(cluster.A.Client, slack.DmEvent(user, say), attempt: 0);
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            }

            List<StoredAnswer> answers = [];
            await cluster.KillAAsync(async () =>
            {
                var storedWhenKilled = await cluster.QueryAsync<StoredAnswer>(AnswersSql, new { Users = new[] { user } });
                Assert.True(storedWhenKilled.Count < said.Count - 1, $"A ran {storedWhenKilled.Count} answers before it was killed: nothing was left to take over");
                Assert.NotEqual([0L], await cluster.QueryAsync<long>("SELECT count(*) FROM inbox"));
                cluster.Slack.Delay = TimeSpan.Zero;

                // Only B is up: it takes over A's claims once their leases run out, and runs the rest in order.
                answers = await SlackAnswersAsync([user], said.Count - 1);
            });

            Assert.Equal(
                Script.Take(said.Count - 1).Select(step => (step.QuestionId, 1, step.Stored)),
                answers.Select(answer => (answer.QuestionId, answer.Version, answer.Value)));
            Assert.Equal([0L], await cluster.QueryAsync<long>("SELECT count(*) FROM inbox"));
        }
        finally
        {
            cluster.Slack.Delay = TimeSpan.Zero;
        }
    }

    /// <summary>"qualify Acme" and the ten answers, all typed in the DM.</summary>
    private static IEnumerable<string> SlackScript() => ["qualify Acme", .. Script.Select(step => step.Say)];

    /// <summary>Waits (up to a minute) until every user has <paramref name="each"/> answers and the inbox is empty; then a moment more for a duplicate.</summary>
    private async Task<List<StoredAnswer>> SlackAnswersAsync(IReadOnlyList<string> users, int each)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<StoredAnswer> answers;
        do
        {
            await Task.Delay(200);
            answers = await cluster.QueryAsync<StoredAnswer>(AnswersSql, new { Users = users.ToArray() });
        }
        while ((users.Any(user => answers.Count(answer => answer.UserId == user) < each)
                || (await cluster.QueryAsync<long>("SELECT count(*) FROM inbox"))[0] > 0)
               && clock.Elapsed < TimeSpan.FromSeconds(60));
        await Task.Delay(500);
        return await cluster.QueryAsync<StoredAnswer>(AnswersSql, new { Users = users.ToArray() });
    }

    private HostProcess Pick(int turn) => turn % 2 == 0 ? cluster.A : cluster.B;
}
