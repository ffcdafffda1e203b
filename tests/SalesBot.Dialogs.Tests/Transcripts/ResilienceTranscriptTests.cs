using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Transcripts;

public sealed class ResilienceTranscriptTests
{
    [Fact]
    public async Task Restart_MidQualify_ResumesAtTheSameQuestion()
    {
        using var folder = new TempFolder();
        await using (var before = await TestBot.StartAsync(folder))
        {
            await before.Flow().Send("qualify Acme").IgnoreReplies().AnswerAll(["yes", "yes"]).StartTestAsync();
        }

        await using var after = await TestBot.StartAsync(folder);
        var flow = after.Flow()
            .Send("status").AssertReply("Qualify for Acme: 8 questions to go, this one included.").AssertQuestion(3, 10)
            .Send("yes").AssertQuestion(4, 10);
        await flow.StartTestAsync();

        var deal = Assert.Single(await after.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal(3, (await after.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Count);
    }

    [Fact]
    public async Task TheVerdictTurn_ReadsTheDealsTouchesAndEventsOnce_ThoughTheWrapUpAndTheNudgePlanBothUseThem()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        var flow = bot.Flow().RunStep("qualify Acme", Answers.GoodQualification.SkipLast(1));
        await flow.StartTestAsync();
        (faults.TouchReads, faults.EventReads) = (0, 0);

        await flow.Send("Good").AssertReply("Qualification done").AssertReply("Verdict: **qualified**").StartTestAsync();

        Assert.Equal((1, 1), (faults.TouchReads, faults.EventReads));
    }

    [Fact]
    public async Task AnAnsweredQuestion_ReadsTheStoreOnce_ItsStartWithTheStackDealsProfileAnswersAndTouches()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        var turn = bot.Flow().Turn;
        await bot.Engine.ProcessAsync(turn with { Text = "qualify Acme" }, default);
        await bot.Engine.ProcessAsync(turn with { Text = "yes" }, default);
        (faults.TurnStarts, faults.TouchReads) = (0, 0);
        faults.OtherReads.Clear();

        var second = await bot.Engine.ProcessAsync(turn with { Text = "yes" }, default);
        var third = await bot.Engine.ProcessAsync(turn with { Text = "no" }, default);

        Assert.Contains(second, reply => reply is QuestionReply { Progress.Current: 3 });
        Assert.Contains(third, reply => reply is QuestionReply { Progress.Current: 4 });
        Assert.Equal(2, faults.TurnStarts);
        Assert.Equal(2, faults.TouchReads);
        Assert.Empty(faults.OtherReads);
        var deal = Assert.Single(await bot.Store.ListDealsAsync(turn.Owner, default));
        Assert.Equal(3, (await bot.Store.GetAnswersAsync(turn.Owner, deal.Id, default)).Count);
    }

    [Fact]
    public async Task CrashInsideAStep_ApologisesResetsOnlyThatConversationAndKeepsEveryRecordedAnswer()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        var ann = bot.Flow(user: "ann").Send("qualify Acme").IgnoreReplies().AnswerAll(["yes", "yes"]);
        var bob = bot.Flow(user: "bob").Send("qualify Zeta").IgnoreReplies().AnswerAll(["yes"]);
        await ann.StartTestAsync();
        await bob.StartTestAsync();

        faults.FailNextAnswersRead = new InvalidOperationException("disk on fire");
        await ann
            .Send("yes")
            .AssertReply("Sorry, something went wrong on my side (incident ", "Your recorded answers are safe")
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Null(await bot.Store.LoadConversationAsync(ann.Turn.StateKey, default));
        var deal = Assert.Single(await bot.Store.ListDealsAsync(ann.Turn.Owner, default));
        Assert.Equal(["need", "experience"], (await bot.Store.GetAnswersAsync(ann.Turn.Owner, deal.Id, default)).Select(a => a.QuestionId));
        await bob.Send("yes").AssertQuestion(3, 10).StartTestAsync();
        await ann.Send("qualify Acme").AssertReply("Picking up at question 3 of 10.").AssertQuestion(3, 10).StartTestAsync();
    }

    [Fact]
    public async Task TwoInstancesRunOneConversationAtOnce_OneCommitsTheOtherRerunsOnFreshState_NoAnswerLostOrDoubled()
    {
        using var folder = new TempFolder();
        await using var one = await TestBot.StartAsync(folder, configure: FaultInjectingStore.Install);
        await using var two = await TestBot.StartAsync(folder, configure: FaultInjectingStore.Install);
        var flow = one.Flow().Send("qualify Acme").IgnoreReplies();
        await flow.StartTestAsync();

        // Both instances load the same version before either commits: the second commit meets a stale version.
        var bothLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        Func<Task> afterLoad = () =>
        {
            if (Interlocked.Increment(ref waiting) == 2)
            {
                bothLoaded.TrySetResult();
            }

            return waiting <= 2 ? bothLoaded.Task.WaitAsync(TimeSpan.FromSeconds(10)) : Task.CompletedTask;
        };
        var faultsOne = one.Services.GetRequiredService<FaultInjectingStore>();
        var faultsTwo = two.Services.GetRequiredService<FaultInjectingStore>();
        faultsOne.AfterLoad = afterLoad;
        faultsTwo.AfterLoad = afterLoad;
        var first = Task.Run(() => one.Engine.ProcessAsync(flow.Turn with { Text = "yes" }, default));
        var second = Task.Run(() => two.Engine.ProcessAsync(flow.Turn with { Text = "no - in-house team" }, default));
        var replies = await Task.WhenAll(first, second);

        Assert.Equal(1, faultsOne.Conflicts + faultsTwo.Conflicts);
        Assert.All(replies, r => Assert.IsType<QuestionReply>(r[^1]));
        Assert.Equal([2, 3], replies.Select(r => ((QuestionReply)r[^1]).Progress!.Current).Order());
        var deal = Assert.Single(await one.Store.ListDealsAsync(flow.Turn.Owner, default));
        var answers = await one.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal(["experience", "need"], answers.Select(a => a.QuestionId).Order());
        Assert.All(answers, a => Assert.Equal(1, a.Version));
        Assert.Equal(["no", "yes"], answers.Select(a => a.Value).Order());
    }

    [Fact]
    public async Task HundredMessagesToOneConversationAtOnce_AllQueueInProcess_NoConflictNoFailureEveryTouchStoredOnce()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        var flow = bot.Flow().Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies();
        await flow.StartTestAsync();

        var replies = await Task.WhenAll(Enumerable.Range(1, 100).Select(i =>
            Task.Run(() => bot.Engine.ProcessAsync(flow.Turn with { Text = $"log Acme call outcome {i}" }, default))));

        Assert.Equal(0, faults.Conflicts);
        Assert.All(replies, r => Assert.DoesNotContain(r.OfType<TextReply>(), t => t.Text == TurnPipeline.BusyText));
        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var outcomes = (await bot.Store.GetTouchesAsync(flow.Turn.Owner, deal.Id, default)).Select(t => t.Outcome).ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"outcome {i}").Order(), outcomes.Order());
    }

    [Fact]
    public async Task ConflictsOnEveryAttempt_AnswerBusyNothingRecorded_AndTheResendRuns()
    {
        using var folder = new TempFolder();
        await using var bot = await TestBot.StartAsync(folder, settings: new Dictionary<string, string?> { ["Conversation:MaxAttempts"] = "1" }, configure: FaultInjectingStore.Install);
        await using var other = await TestBot.StartAsync(folder);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        var flow = bot.Flow().Send("qualify Acme").IgnoreReplies();
        await flow.StartTestAsync();

        // Another instance answers between this instance's load and its commit, once.
        var interfered = 0;
        faults.AfterLoad = async () =>
        {
            if (Interlocked.Exchange(ref interfered, 1) == 0)
            {
                await other.Engine.ProcessAsync(flow.Turn with { Text = "yes" }, default);
            }
        };
        var busy = await bot.Engine.ProcessAsync(flow.Turn with { Text = "no - in-house team" }, default);

        var reply = Assert.IsType<TextReply>(Assert.Single(busy));
        Assert.Equal(TurnPipeline.BusyText, reply.Text);
        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal(["yes"], (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Select(a => a.Value));

        var resent = await bot.Engine.ProcessAsync(flow.Turn with { Text = "no - in-house team" }, default);
        Assert.Equal(3, Assert.IsType<QuestionReply>(resent[^1]).Progress!.Current);
        Assert.Equal(["no", "yes"], (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Select(a => a.Value).Order());
    }

    [Fact]
    public async Task HugeMessage_IsRefusedWithTheLimitAndNothingIsStored()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify " + new string('A', 2100))
            .AssertReply("That message is 2,108 characters long; I read at most 2,000.", "Nothing was recorded.")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Null(await bot.Store.LoadConversationAsync(flow.Turn.StateKey, default));
    }

    [Fact]
    public async Task EmptyMessage_MidQuestion_GetsANoticeAndTheQuestionStaysOpen()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("   ").AssertReply("I got an empty message.")
            .Send("yes").AssertQuestion(2, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task UnreadableDialogState_IsDroppedAndTheTurnStillWorks()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow();
        await bot.Store.CommitAsync(new TurnCommit(flow.Turn.Owner) { State = new ConversationStateWrite(flow.Turn.StateKey, "{not json", 0) }, default);

        await flow.Send("deals").AssertReply("No deals yet.").StartTestAsync();

        Assert.Null(await bot.Store.LoadConversationAsync(flow.Turn.StateKey, default));
    }

    [Fact]
    public async Task TeamPlaybook_FromConfiguration_IsTheOneAsked()
    {
        using var folder = new TempFolder();
        var playbook = JsonNode.Parse(ReadDefaultPlaybook())!;
        var qualify = playbook["steps"]!.AsArray().Single(s => (string?)s!["id"] == "qualify")!;
        var questions = qualify["questions"]!.AsArray();
        while (questions.Count > 2)
        {
            questions.RemoveAt(questions.Count - 1);
        }

        questions[0]!["text"] = "Does {prospect} really need a website?";
        qualify.AsObject().Remove("doneWhen"); // its wrap-ups look at budget and deadline, which this team dropped
        File.WriteAllText(folder.File("team.json"), playbook.ToJsonString());

        await using var bot = await TestBot.StartAsync(folder, settings: new Dictionary<string, string?> { ["Playbook:Path"] = folder.File("team.json") });
        await bot.Flow()
            .Send("qualify Acme").AssertReply("New deal").AssertReply("**Qualify: Acme**")
            .AssertQuestion(1, 2, "Does Acme really need a website?")
            .StartTestAsync();
    }

    [Fact]
    public async Task InvalidTeamPlaybook_StopsStartUpWithTheFileTheEntryAndTheProblem()
    {
        using var folder = new TempFolder();
        var playbook = JsonNode.Parse(ReadDefaultPlaybook())!;
        playbook["steps"]![1]!["questions"]![4]!["kind"] = "moneyy";
        File.WriteAllText(folder.File("broken.json"), playbook.ToJsonString());

        var error = await Assert.ThrowsAsync<PlaybookException>(() =>
            TestBot.StartAsync(folder, settings: new Dictionary<string, string?> { ["Playbook:Path"] = folder.File("broken.json") }));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("steps[1] (qualify) > questions[4] (budget)", error.Message, StringComparison.Ordinal);
        Assert.Contains("moneyy", error.Message, StringComparison.Ordinal);
    }

    private static string ReadDefaultPlaybook()
    {
        using var stream = typeof(Playbook).Assembly.GetManifestResourceStream("SalesBot.Core.default-playbook.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
