using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>The whole consultative process for one prospect, step by step.</summary>
public sealed class ProcessTranscriptTests
{
    [Fact]
    public async Task WholeProcess_FromScreenToExit_WalksEveryStepAndMovesTheDealRoundTheCycle()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("screen Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes"])
            .Send("a referral")
            .AssertReply("Screen done")
            .AssertReply("Verdict: **")
            .AssertReply("**Next step:** Qualify", "`qualify Acme`")

            .RunStep("qualify Acme", Answers.GoodQualification.SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **qualified**", "Score 100 on 12 of 12 answered")
            .AssertReply("**Next step:** Prepare", "`prepare Acme`")

            .Send("prepare Acme").AssertReply("**Prepare: Acme**").AssertQuestion(1, 4, "researched the company")
            .AnswerAll(["yes", "yes", "yes"])
            .Send("next friday")
            .AssertReply("Recorded: Fri ")
            .AssertReply("Preparation done")
            .AssertReply("**Next step:** Needs analysis", "`needs Acme`")

            .Send("needs Acme").AssertReply("**Needs analysis: Acme**").AssertQuestion(1, 7, "How did they get started in this industry?")
            .Send("Family bakery since 1990").AssertQuestion(2, 7, "business goals")
            .Send("Open two more shops").AssertQuestion(3, 7)
            .Send("Online orders for pickup").AssertQuestion(4, 7)
            .Send("No one in-house knows the web").AssertQuestion(5, 7, "grow revenue")
            .Send("About 30% next year").AssertQuestion(6, 7)
            .Send("yes").AssertQuestion(7, 7)
            .Send("yes")
            .AssertReply("Needs analysis done", "agree on their big-picture goal")
            .AssertReply("**Next step:** Recommend", "`recommend Acme`")

            .Send("recommend Acme").AssertReply("**Recommend: Acme**", "WHY").AssertQuestion(1, 3, "big-picture goal")
            .Send("Grow to three shops with online ordering").IgnoreReplies()
            .AnswerAll(["yes"])
            .Send("yes")
            .AssertReply("Both agreements are in place.")
            .AssertReply("**Next step:** Engage", "Are you ready to move forward?", "`engage Acme`")

            .Send("engage Acme")
            .AssertReply("**Engage: Acme**", "Are you ready to move forward?")
            .AssertReply("**Summary to read back to Acme**", "Family bakery since 1990", "Grow to three shops with online ordering", "Are you ready to move forward?")
            .AssertQuestion(1, 6, "summarize")
            .AnswerAll(["yes", "Nothing to add", "yes", "yes", "today"])
            .Send("yes")
            .AssertReply("Engaged: they are ready to move forward and agreed to the price.")
            .AssertReply("**Next step:** Finalize", "`finalize Acme`")

            .RunStep("finalize Acme", ["yes", "yes", "2 - then hourly", "yes", "yes", "yes"])
            .RunStep("feedback Acme", ["yes", "Fully satisfied", "nothing", "yes", "yes"])
            .Send("exit Acme").IgnoreReplies()
            .AnswerAll(["yes", "A second site for the catering arm"])
            .Send("6")
            .AssertReply("Warm exit recorded")
            .AssertReply("**Next step:** Stay in touch with Acme", "An exit is never a full stop");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal(DealLink.Exit, deal.Stage);
        Assert.Equal(["screen", "qualify", "prepare", "needs", "recommend", "engage", "finalize", "feedback", "exit"], deal.CompletedSteps);
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal(3 + 10 + 4 + 7 + 3 + 6 + 6 + 5 + 3, answers.Count);
        Assert.Equal("2023-01-01".Length, answers.Single(a => a.QuestionId == "meeting-date").Value.Length);
        var rounds = answers.Single(a => a.QuestionId == "revision-rounds");
        Assert.Equal(("2", "then hourly"), (rounds.Value, rounds.Note));
        var stages = (await bot.InEnglishAsync(flow.Turn.Owner, deal)).Where(e => e.Kind == "stage").Select(e => e.Detail);
        Assert.Equal(["Stage entry → alignment.", "Stage alignment → contract.", "Stage contract → closing.", "Stage closing → exit."], stages);
    }

    [Fact]
    public async Task Engage_WhenTheyAreNotReady_AdvisesTheFollowUpCadenceAsTheNextStep()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", Answers.GoodQualification)
            .Send("engage Acme").IgnoreReplies()
            .AnswerAll(["yes", "nothing"])
            .Send("unsure - they want to think about it")
            .AssertReply("Red flag: They neither said yes nor no: a stall.")
            .AssertReply("**Coaching note**", "Stall (\"think about it\")", "three calls and a letter")
            .AssertQuestion(4, 6)
            .AnswerAll(["no", "skip"])
            .Send("no")
            .AssertReply("Red flag: The price is not agreed yet.")
            .AssertReply<TextReply>(done =>
            {
                Assert.StartsWith("Engage recorded: they are not ready to move forward yet.", done.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Get their yes to the price", done.Text, StringComparison.Ordinal);
            })
            .AssertReply("**Next step:**", "three calls and a letter", "`engage Acme`")
            .StartTestAsync();
    }

    [Fact]
    public async Task StepCommand_ForAnUnknownProspectOnANonCreatingStep_SaysHowToStart()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("prepare Nobody")
            .AssertReply("You have no deal named \"Nobody\". Start one with `screen Nobody`")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
    }

    [Fact]
    public async Task StepCommand_WithoutAProspect_AsksWhichProspect()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify")
            .AssertReply("Which prospect? Say `qualify <prospect>`.")
            .StartTestAsync();
    }

    [Fact]
    public async Task QualifyingAnAmbiguousName_AsksWhichDealOrANewOne_AndRunsTheChoice()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme Corp").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify Acme Ltd").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify acme")
            .AssertReply<QuestionReply>(q =>
            {
                Assert.Equal("Which one do you mean?", q.Text);
                Assert.Equal(["Acme Corp", "Acme Ltd", "New deal: acme"], q.Choices.Select(c => c.Title));
            })
            .Send("Acme Ltd")
            .AssertReply("**Qualify: Acme Ltd**")
            .AssertQuestion(1, 10)
            .Send("cancel").IgnoreReplies()
            .Send("qualify acme").IgnoreReplies()
            .Send("3")
            .AssertReply("New deal: **acme**")
            .AssertReply("**Qualify: acme**");
        await flow.StartTestAsync();

        Assert.Equal(3, (await bot.Store.ListDealsAsync(flow.Turn.Owner, default)).Count);
    }
}
