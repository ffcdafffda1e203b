using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>Commands phrased the user's way: typos, everyday phrasings, partial names, jumping and correcting answers.</summary>
public sealed class UnderstandingTranscriptTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task MistypedCommand_AsksDidYouMeanWithAButton_AndChangesNothing()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualfy Acme")
            .AssertReply<QuestionReply>(q =>
            {
                Assert.Equal("Did you mean `qualify Acme`?", q.Text);
                Assert.Equal("qualify Acme", Assert.Single(q.Choices).Value);
            })
            .AssertNoMoreReplies();
        await flow.StartTestAsync();
        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));

        await flow.Send("qualify Acme").AssertReply("New deal: **Acme**.").IgnoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task WordsCloseToTwoCommands_GetTheShortHelpInstead()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("los Acme").AssertReply("I don't know \"los Acme\"")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("show me my deals")]
    [InlineData("show my deals")]
    [InlineData("my deals")]
    [InlineData("Please show the pipeline.")]
    public async Task EverydayPhrasings_ShowThePipeline(string text)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send(text).AssertReply<PipelineReply>(p => Assert.Equal("Acme", Assert.Single(p.Deals).Prospect))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("what's next with acme")]
    [InlineData("What should I do next with Acme?")]
    [InlineData("next acme")]
    [InlineData("what\u2019s next for Acme?")]
    public async Task EverydayPhrasings_GiveTheNextStep(string text)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send(text).AssertReply("**Acme**\n**Next step:** Screen", "`screen Acme`")
            .StartTestAsync();
    }

    [Fact]
    public async Task LetsQualify_StartsTheFlow_AndAStepTitleWorksLikeItsCommand()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("let's qualify acme").AssertReply("New deal: **acme**.").AssertReply("**Qualify: acme**").AssertQuestion(1, 10)
            .Send("warm exit \"acme\"").AssertReply("Left Qualify for acme").AssertReply("**Warm exit: acme**").AssertQuestion(1, 3)
            .Send("cancel").AssertReply("say `exit acme` to pick up again")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelHint_NamesTheStepCommand_AndWorksWhenTypedBack()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify \"Acme Corp\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("needs \"Acme Corp\"").IgnoreReplies()
            .Send("cancel").AssertReply("Cancelled Needs analysis for Acme Corp.", "say `needs \"Acme Corp\"` to pick up again")
            .Send("needs \"Acme Corp\"").AssertReply("**Needs analysis: Acme Corp**").AssertQuestion(1, 7)
            .Send("cancel").IgnoreReplies()
            .Send("needs analysis \"Acme Corp\"").AssertReply("**Needs analysis: Acme Corp**").AssertQuestion(1, 7)
            .StartTestAsync();
    }

    [Fact]
    public async Task WhichProspect_ListsTheOpenDeals_AndTakesAButtonOrATypedName()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify \"Acme Corp\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify Beta").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("deal")
            .AssertReply<QuestionReply>(q =>
            {
                Assert.StartsWith("Which prospect?", q.Text, StringComparison.Ordinal);
                Assert.Equal(["Acme Corp", "Beta"], q.Choices.Select(c => c.Title));
            })
            .Send("acme").AssertReply<DealReply>(d => Assert.Equal("Acme Corp", d.Deal.Prospect))
            .Send("next").AssertReply<QuestionReply>(q => Assert.StartsWith("Which prospect?", q.Text, StringComparison.Ordinal))
            .Send("Beta").AssertReply("**Beta**", "**Next step:**")
            .StartTestAsync();
    }

    [Fact]
    public async Task WhichProspect_AnsweredByTyping_FindsAUniquePartOfAnyWord_AsksWhenAmbiguous_AndSaysWhenNothingMatches()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify \"Sweet Crumbs\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify \"Acme Corp\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify \"Acme Labs\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("deal").AssertReply<QuestionReply>(q => Assert.StartsWith("Which prospect?", q.Text, StringComparison.Ordinal))
            .Send("crumbs").AssertReply<DealReply>(d => Assert.Equal("Sweet Crumbs", d.Deal.Prospect))
            .Send("next").AssertReply<QuestionReply>(q => Assert.StartsWith("Which prospect?", q.Text, StringComparison.Ordinal))
            .Send("crum").AssertReply("**Sweet Crumbs**", "**Next step:**")
            .Send("deal").IgnoreReplies()
            .Send("acme").AssertReply<QuestionReply>(q =>
            {
                Assert.Equal("\"acme\" could be any of these. Which one?", q.Text);
                Assert.Equal(["Acme Corp", "Acme Labs"], q.Choices.Select(c => c.Title));
            })
            .Send("labs").AssertReply<DealReply>(d => Assert.Equal("Acme Labs", d.Deal.Prospect))
            .Send("deal").IgnoreReplies()
            .Send("globex").AssertReply("You have no deal named \"globex\".")
            .AssertReply<QuestionReply>(q => Assert.StartsWith("Which prospect?", q.Text, StringComparison.Ordinal))
            .Send("cor").AssertReply<DealReply>(d => Assert.Equal("Acme Corp", d.Deal.Prospect))
            // The same matcher when a command's name is ambiguous: "deal acme" asks, "corp" answers.
            .Send("deal acme").AssertReply<QuestionReply>(q => Assert.Equal(["Acme Corp", "Acme Labs"], q.Choices.Select(c => c.Title)))
            .Send("corp").AssertReply<DealReply>(d => Assert.Equal("Acme Corp", d.Deal.Prospect))
            .StartTestAsync();
    }

    [Fact]
    public async Task PartialMultiWordNames_WorkInLogAndWon_AndTheNoteKeepsEveryOtherWord()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify \"Sweet Crumbs Bakery\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("log sweet crumbs call no answer").AssertReply("Logged a call with Sweet Crumbs Bakery: no answer")
            .Send("deal crumbs bak").AssertReply<DealReply>(d => Assert.Equal("Sweet Crumbs Bakery", d.Deal.Prospect))
            .Send("won sweet crumbs first phase signed").AssertReply("Congratulations: Sweet Crumbs Bakery is won.");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal("first phase signed", deal.ClosedReason);
        Assert.Equal("no answer", Assert.Single(await bot.Store.GetTouchesAsync(flow.Turn.Owner, deal.Id, Ct)).Outcome);
    }

    [Fact]
    public async Task GoToQuestion_JumpsWithinTheStep_AndRefusesANumberOutsideIt()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("go to question 5").AssertQuestion(5, 10, "budget")
            .Send("question 42").AssertReply("There is no question 42 here; this step has questions 1 to 10.").AssertQuestion(5, 10)
            .Send("8000 USD").AssertEventually("Question 6 of 10")
            .Send("go to question 1").AssertQuestion(1, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangeAnswer_InsideAFlow_RecordsANewVersion_AndTheVerdictIsRecomputed()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification)
            .Send("qualify Acme").IgnoreReplies()
            .Send("change budget to 1000")
            .AssertReply("Changed \"What budget does Acme have in mind?\" for Acme: 8,000 USD → **1,000 USD**.")
            .AssertEventually("Verdict:")
            .AssertQuestion(1, 10)
            .Send("cancel").IgnoreReplies()
            .Send("change acme decision maker to no - the CEO decides")
            .AssertReply("Changed \"Is your contact the final decision-maker?\" for Acme: yes → **no** (the CEO decides).")
            .AssertEventually("Verdict:")
            .Send("change acme budget to lots").AssertReply("Nothing was changed.")
            .Send("change acme weather to sunny").AssertReply("I can't tell which question you mean.");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, Ct);
        Assert.Equal(["8000 USD", "1000 USD"], answers.Where(a => a.QuestionId == "budget").OrderBy(a => a.Version).Select(a => a.Value));
        Assert.Equal("no", answers.Where(a => a.QuestionId == "decision-maker").MaxBy(a => a.Version)!.Value);
    }

    [Fact]
    public async Task ExactCommand_DuringAFreeTextQuestion_RunsInsteadOfBeingSavedAsTheAnswer()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .RunStep("screen Acme", ["yes", "yes"])
            .Send("deals").AssertReply<PipelineReply>(_ => { }).AssertQuestion(3, 3, "find you")
            .Send("deal Acme").AssertReply<DealReply>(_ => { }).AssertQuestion(3, 3)
            .Send("deals were slow for them, a friend sent them").AssertEventually("Screen done");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        var found = Assert.Single(await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, Ct), a => a.QuestionId == "found-you");
        Assert.Equal("deals were slow for them, a friend sent them", found.Value);
    }

    [Fact]
    public async Task ADateAnswerThatStartsWithACommandWord_IsTheAnswer()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification.Take(5))
            .Send("next friday").AssertEventually("Question 7 of 10")
            .StartTestAsync();
    }

    [Fact]
    public async Task UnsureWhetherCommandOrAnswer_DuringAFreeTextQuestion_AsksWithTheCommandAsAButton()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify \"Acme Corp\"").IgnoreReplies().Send("cancel").IgnoreReplies()
            .RunStep("screen \"Acme Corp\"", ["yes", "yes"])
            .Send("deal acme")
            .AssertReply<QuestionReply>(q =>
            {
                Assert.StartsWith("Is that your answer, or did you mean `deal \"Acme Corp\"`?", q.Text, StringComparison.Ordinal);
                Assert.Equal("deal \"Acme Corp\"", Assert.Single(q.Choices).Value);
            })
            .Send("deal \"Acme Corp\"").AssertReply<DealReply>(_ => { }).AssertQuestion(3, 3)
            .Send("deal acme").AssertReply<QuestionReply>(q => Assert.StartsWith("Is that your answer", q.Text, StringComparison.Ordinal))
            .Send("deal acme").AssertEventually("Screen done");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Equal("deal acme", Assert.Single(await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, Ct), a => a.QuestionId == "found-you").Value);
    }
}
