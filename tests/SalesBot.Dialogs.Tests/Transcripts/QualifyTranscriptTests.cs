using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Dialogs.Tests.Transcripts;

public sealed class QualifyTranscriptTests
{
    [Fact]
    public async Task Qualify_AGoodProspect_AsksTenQuestionsInOrderThenSaysQualifiedAndSendsBackToTheScreenBeforeAnyMeeting()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme")
            .AssertReply("New deal: **Acme**")
            .AssertReply("**Qualify: Acme**")
            .AssertQuestion(1, 10, "Do they need what you deliver?")
            .Send("yes").AssertQuestion(2, 10, "experience in their industry")
            .Send("y").AssertQuestion(3, 10, "pay")
            .Send("Yes.").AssertQuestion(4, 10, "repeat business")
            .Send("yes").AssertQuestion(5, 10, "budget")
            .Send("$8,000").AssertReply("Recorded: 8,000 USD").AssertQuestion(6, 10, "When do they need the work finished?")
            .Send("2027-03-01").AssertReply("Recorded: Mon 1 Mar 2027").AssertQuestion(7, 10)
            .Send("yes").AssertQuestion(8, 10, "decision-maker")
            .Send("yes").AssertQuestion(9, 10, "personality")
            .Send("yes").AssertReply<QuestionReply>(q =>
            {
                Assert.Equal(["Good", "Unsure", "Bad"], q.Choices.Select(c => c.Title));
                Assert.All(q.Choices, c => Assert.Equal(c.Title, c.Value));
            })
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **qualified**", "Score 100 on 10 of 12 answered", "serious –/5", "need 12/12")
            .AssertReply("**Next step:** Screen: Before you give anyone a meeting", "`screen Acme`")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal("Acme", deal.Prospect);
        Assert.True(deal.HasCompleted("qualify"));
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal(10, answers.Count);
        Assert.Equal("8000 USD", answers.Single(a => a.QuestionId == "budget").Value);
        Assert.Equal("good", answers.Single(a => a.QuestionId == "gut").Value);
        Assert.All(answers, a => Assert.Equal("ann", a.RecordedBy));
    }

    [Fact]
    public async Task Qualify_WhenTheyDoNotNeedIt_FlagsAtOnceAndEndsWithWalkAwayAndDropAdvice()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Beta").IgnoreReplies()
            .Send("no - they use in-house staff")
            .AssertReply("Hard stop: They do not need what you deliver.")
            .AssertQuestion(2, 10)
            .AnswerAll(Answers.GoodQualification.Skip(1).SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **walk away**", "Hard stop: They do not need what you deliver.")
            .AssertReply("Walk away from Beta", "`drop Beta <reason>`", "Bad prospects never turn into good partners.")
            .StartTestAsync();
    }

    [Fact]
    public async Task YesNoAnswer_WithANote_RecordsTheValueAndTheNoteSeparately()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow().Send("qualify Acme").IgnoreReplies().Send("no - they use in-house staff").IgnoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var answer = Assert.Single(await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default));
        Assert.Equal(("need", "no", "they use in-house staff"), (answer.QuestionId, answer.Value, answer.Note));
    }

    [Theory]
    [InlineData("5k", "5000 USD")]
    [InlineData("$5,000", "5000 USD")]
    [InlineData("5000 USD", "5000 USD")]
    [InlineData("won't say", "unknown")]
    public async Task MoneyAnswer_InCommonForms_IsStoredNormalized(string typed, string stored)
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow().Send("qualify Acme").IgnoreReplies().AnswerAll(["yes", "yes", "yes", "yes", typed]);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal(stored, answers.Single(a => a.QuestionId == "budget").Value);
    }

    [Fact]
    public async Task InvalidAnswers_AreReaskedWithAnExampleAndNothingIsRecordedUntilValid()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("perhaps later")
            .AssertReply("Please answer yes, no or unsure", "For example: no - they use in-house staff")
            .AssertQuestion(1, 10)
            .AnswerAll(["yes", "yes", "yes", "yes"])
            .Send("lots of money")
            .AssertReply("Please give an amount", "For example: 5,000 USD")
            .AssertQuestion(5, 10)
            .Send("9000 EUR")
            .AssertReply("Recorded: 9,000 EUR")
            .AssertReply("Red flag: Their budget is in another currency than your starting price.", "Confirm the amount in your own currency")
            .AssertQuestion(6, 10)
            .Send("the 45th of Smarch")
            .AssertReply("Please give a date", "For example: 2026-12-07")
            .AssertQuestion(6, 10)
            .Send("2027-02-30")
            .AssertReply("is not a real date")
            .AssertQuestion(6, 10)
            .Send("1 Mar 2027").AssertReply("Recorded: Mon 1 Mar 2027").AssertQuestion(7, 10);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal(6, answers.Count);
        Assert.Equal("2027-03-01", answers.Single(a => a.QuestionId == "deadline").Value);
        Assert.Equal("9000 EUR", answers.Single(a => a.QuestionId == "budget").Value);
    }

    [Fact]
    public async Task RushDeadline_RaisesTheRushFlagRightAfterTheAnswer()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes", "yes", "yes", "8000 USD"])
            .Send("in 2 weeks")
            .AssertReply("Recorded: ")
            .AssertReply("Red flag: The deadline makes this a rush job.")
            .AssertQuestion(7, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task Screen_WhenTheyCannotAffordTheStartingPrice_AdvisesNotToBookAMeetingYet()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("screen Gamma")
            .AssertReply("New deal: **Gamma**")
            .AssertReply("**Screen: Gamma**")
            .AssertQuestion(1, 3, "serious")
            .Send("yes")
            .AssertQuestion(2, 3, "My prices start at 5,000 USD.")
            .Send("no")
            .AssertReply("Blocker: They did not say yes to your starting price.", "Do not rush to meet")
            .AssertQuestion(3, 3)
            .Send("a referral from Bob")
            .AssertReply("Screen done")
            .AssertReply("Verdict: **needs work**")
            .AssertReply("**Next step:** Do not rush to meet", "`screen Gamma`")
            .StartTestAsync();
    }

    [Fact]
    public async Task Settings_StartingPrice_IsUsedInTheScreeningQuestionAndTheBudgetFlag()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("settings price 12k EUR")
            .AssertReply("Your starting price: **12,000 EUR**")
            .Send("screen Delta").IgnoreReplies()
            .Send("yes")
            .AssertQuestion(2, 3, "My prices start at 12,000 EUR.")
            .Send("cancel").IgnoreReplies()
            .Send("qualify Delta").IgnoreReplies()
            .AnswerAll(["yes", "yes", "yes", "yes"])
            .Send("8000 EUR")
            .AssertReply("Recorded: 8,000 EUR")
            .AssertReply("Red flag: Their budget is below your starting price.");
        await flow.StartTestAsync();

        var profile = await bot.Store.GetProfileAsync(flow.Turn.Owner, default);
        Assert.Equal((12000m, "EUR"), (profile!.StartingPrice, profile.Currency));
    }

    [Fact]
    public async Task Qualify_AgainAfterAllAnswered_GoesThroughAgainShowingRecordedAnswersAndKeepsEveryVersion()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification)
            .Send("qualify acme")
            .AssertReply("**Qualify: Acme**", "All 10 questions have answers")
            .AssertReply<QuestionReply>(q => Assert.Equal("yes", q.CurrentAnswer))
            .Send("unsure - a new CTO started")
            .AssertReply("Blocker: You do not know yet whether they need what you deliver.")
            .AssertQuestion(2, 10)
            .Send("skip").AssertReply("Skipped.").AssertQuestion(3, 10)
            .Send("cancel").IgnoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var need = (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Where(a => a.QuestionId == "need").ToList();
        Assert.Equal([("yes", 1), ("unsure", 2)], need.Select(a => (a.Value, a.Version)));
        Assert.Equal("a new CTO started", need[1].Note);
    }

    [Fact]
    public async Task DealStage_AfterQualify_IsEntryAndTheAuditTrailRecordsTheCompletion()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow().RunStep("qualify Acme", Answers.GoodQualification);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal(DealLink.Entry, deal.Stage);
        var events = await bot.InEnglishAsync(flow.Turn.Owner, deal);
        Assert.Contains(events, e => e.Kind == "created");
        Assert.Contains(events, e => e.Kind == "step" && e.Detail.Contains("Qualify", StringComparison.Ordinal));
    }
}
