using System.Text.Json;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Dialogs.Tests.Transcripts;

public sealed class CommandTranscriptTests
{
    [Fact]
    public async Task Help_ListsEveryCommandWithItsUsage()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("help")
            .AssertReply(
                "screen → qualify → prepare → needs → recommend → engage → finalize → feedback → exit",
                "`qualify <prospect>`", "`deal <prospect> [history]`", "`deals`", "`stage <prospect>", "`log <prospect> call|letter|meeting <outcome>`",
                "`won <prospect> [note]`", "`lost <prospect> <reason>`", "`drop <prospect> <reason>`", "`export`", "`settings",
                "`back`, `skip`, `status`, `help`, `cancel`")
            .Send("help log")
            .AssertReply("`log <prospect> call|letter|meeting <outcome>`: Record a call")
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownCommand_GetsShortHelpAndChangesNothing()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("frobnicate Acme")
            .AssertReply("I don't know \"frobnicate Acme\". Try `qualify <prospect>`", "`help`")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Null(await bot.Store.LoadConversationAsync(flow.Turn.StateKey, default));
    }

    [Fact]
    public async Task Deal_ShowsStageAnswersWithNotesAndDatesVerdictRedFlagsAndNextStep()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "no - we will learn it", "yes"])
            .Send("cancel").IgnoreReplies()
            .Send("DEAL acme")
            .AssertReply<DealReply>(d =>
            {
                Assert.Equal("Acme", d.Deal.Prospect);
                Assert.Equal(DealLink.Entry, d.Deal.Stage);
                Assert.Equal(3, d.Deal.Answers.Count);
                Assert.Contains(d.Deal.Answers, a => a.QuestionId == "experience" && a.Value == "no" && a.Note == "we will learn it");
                Assert.Contains(d.Deal.Judgement!.Flags, f => f.QuestionId == "experience");
                Assert.StartsWith("Finish Qualify for Acme: 3 of 10", d.Deal.NextStep.Action, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task DealHistory_ShowsEveryVersionWithItsAuthorAndTheAuditTrail()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("no").IgnoreReplies()
            .Send("back").IgnoreReplies()
            .Send("yes").IgnoreReplies()
            .Send("cancel").IgnoreReplies()
            .Send("stage Acme alignment").IgnoreReplies()
            .Send("deal Acme history")
            .AssertReply("Every answer version", "**no**", "v1 by ann", "**yes**", "v2 by ann", "**History:**", "Deal created for Acme.", "Stage entry → alignment (set by hand).")
            .StartTestAsync();
    }

    [Fact]
    public async Task Pipeline_GroupsDealsByStageWithVerdictAndNextStep()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("deals").AssertReply("No deals yet. Start with `qualify <prospect>`")
            .RunStep("qualify Acme", Answers.GoodQualification)
            .Send("qualify Beta").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("stage Beta contract").IgnoreReplies()
            .Send("drop Gamma").AssertReply("You have no deal named \"Gamma\"")
            .Send("pipeline")
            .AssertReply<PipelineReply>(p =>
            {
                Assert.Equal(["Acme", "Beta"], p.Deals.Select(d => d.Prospect));
                Assert.Equal([DealLink.Entry, DealLink.Contract], p.Deals.Select(d => d.Stage));
                Assert.Equal("screen Acme", p.Deals[0].NextStep.Command);
            })
            .Send("deals").AssertReply("**Your pipeline**", "_Entry_", "**Acme** (qualified)", "`screen Acme`", "_Contract_", "**Beta**")
            .StartTestAsync();
    }

    [Fact]
    public async Task Stage_AcceptsNamesAndNumbersAndRefusesUnknownStages()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify \"Big Co\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("stage big co execution").AssertReply("Big Co is now at **Execution** (5 of 7).")
            .Send("stage Big Co 6").AssertReply("Big Co is now at **Closing** (6 of 7).")
            .Send("stage Big Co heaven").AssertReply("\"heaven\" is not a stage.")
            .Send("stage closing").AssertReply("Which prospect?");
        await flow.StartTestAsync();

        Assert.Equal(DealLink.Closing, Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default)).Stage);
    }

    [Fact]
    public async Task Log_RecordsTouchesWithKindAndOutcome_AndRefusesAnUnknownKind()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme Corp").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("log Acme Corp call no answer").AssertReply("Logged a call with Acme Corp: no answer")
            .Send("log acme letter sent the personal letter").AssertReply("Logged a letter with Acme Corp: sent the personal letter")
            .Send("log Acme Corp fax hello").AssertReply("Say what kind of touch")
            .Send("log Acme Corp meeting").AssertReply("How did it go?");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var touches = await bot.Store.GetTouchesAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal([(TouchKind.Call, "no answer"), (TouchKind.Letter, "sent the personal letter")], touches.Select(t => (t.Kind, t.Outcome)));
    }

    [Fact]
    public async Task WonLostDrop_CloseWithTheReasonRecorded_LostNeedsAReason_AndReopenOpensAgain()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("lost Acme").AssertReply("Why? The reason is kept with the deal.")
            .Send("drop Acme never answers the phone").AssertReply("Acme is dropped (never answers the phone).")
            .Send("qualify Acme").AssertReply("Acme is dropped. Say `reopen Acme`")
            .Send("reopen Acme").AssertReply("Acme is open again.")
            .Send("won Acme").AssertReply("Congratulations: Acme is won.");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal((DealStatus.Won, DealLink.Contract), (deal.Status, deal.Stage));
        var statuses = (await bot.InEnglishAsync(flow.Turn.Owner, deal)).Where(e => e.Kind == "status").Select(e => e.Detail);
        Assert.Equal(["Marked dropped: never answers the phone", "Reopened.", "Marked won."], statuses);
    }

    [Fact]
    public async Task Export_GivesCsvAndJsonOfTheUsersDealsAndEveryAnswerVersion()
    {
        await using var bot = await TestBot.StartAsync();
        FileReply? csv = null;
        FileReply? json = null;
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("no - \"in-house\", mostly").IgnoreReplies()
            .Send("back").IgnoreReplies().Send("yes").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify =HYPERLINK(1)").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("export")
            .AssertReply("Your export: 2 deals and 2 answer versions.")
            .AssertReply<FileReply>(f => csv = f)
            .AssertReply<FileReply>(f => json = f)
            .StartTestAsync();

        Assert.Equal("text/csv", csv!.ContentType);
        var lines = csv.Content.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("prospect,stage,status,closed_reason,step,question_id,question,version,value,note,recorded_at,recorded_by", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Acme,entry,open,,qualify,need,Do they need what you deliver?,1,no,\"\"\"in-house\"\", mostly\",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Acme,entry,open,,qualify,need,Do they need what you deliver?,2,yes,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'=HYPERLINK(1),", StringComparison.Ordinal));

        using var doc = JsonDocument.Parse(json!.Content);
        var deals = doc.RootElement.GetProperty("deals");
        Assert.Equal(2, deals.GetArrayLength());
        var acme = deals.EnumerateArray().Single(d => d.GetProperty("prospect").GetString() == "Acme");
        Assert.Equal(2, acme.GetProperty("answers").GetArrayLength());
    }

    [Fact]
    public async Task AnotherUserOrTenant_SeesNoneOfTheDeals()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow(user: "ann").RunStep("qualify Acme", Answers.GoodQualification).StartTestAsync();

        await bot.Flow(user: "bob")
            .Send("deals").AssertReply("No deals yet.")
            .Send("deal Acme").AssertReply("You have no deal named \"Acme\"")
            .Send("export").AssertReply("Your export: 0 deals and 0 answer versions.").IgnoreReplies()
            .StartTestAsync();
        await bot.Flow(user: "ann", tenant: "other-tenant")
            .Send("deals").AssertReply("No deals yet.")
            .StartTestAsync();
        await bot.Flow(user: "ann", conversation: "another-chat")
            .Send("deals").AssertReply<PipelineReply>(p => Assert.Single(p.Deals))
            .StartTestAsync();
    }

    [Fact]
    public async Task Settings_WithoutArguments_ShowsThePlaybookDefault_AndRefusesJunk()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("settings").AssertReply("Your starting price: **5,000 USD**")
            .Send("settings price lots").AssertReply("Say the amount, for example `settings price 5000 USD`.")
            .Send("settings colour blue").AssertReply("Say `settings [price <amount>] [currency <code>] [language en|ru|pl]`")
            .Send("settings currency pln").AssertReply("Your starting price: **5,000 PLN**");
        await flow.StartTestAsync();

        Assert.Equal("PLN", (await bot.Store.GetProfileAsync(flow.Turn.Owner, default))!.Currency);
    }
}
