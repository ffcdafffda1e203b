using SalesBot.Core.Conversations;

namespace SalesBot.Dialogs.Tests.Transcripts;

public sealed class InterruptionTranscriptTests
{
    [Fact]
    public async Task Status_MidQualify_SaysWhereYouAreAndAsksTheSameQuestionAgain()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes"])
            .Send("status")
            .AssertReply("Question 3 of 10 in Qualify for Acme.")
            .AssertQuestion(3, 10)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_MidQuestion_GivesTheTipAnExampleAndTheInterruptionWordsThenReasks()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("help")
            .AssertReply("Question 1 of 10 in Qualify for Acme.", "Tip: Check the work is not done by in-house staff", "Example answer: yes, no or unsure; add a note after a dash", "`back`", "`cancel`")
            .AssertQuestion(1, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_ReturnsToThePreviousQuestionAndANewAnswerBecomesANewVersion()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "no"])
            .Send("back")
            .AssertReply<QuestionReply>(q =>
            {
                Assert.Equal(2, q.Progress!.Current);
                Assert.Equal("no", q.CurrentAnswer);
            })
            .Send("yes").AssertQuestion(3, 10)
            .Send("back").AssertQuestion(2, 10)
            .Send("back").AssertQuestion(1, 10)
            .Send("back").AssertReply("This is the first question.").AssertQuestion(1, 10);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var experience = (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Where(a => a.QuestionId == "experience");
        Assert.Equal(["no", "yes"], experience.Select(a => a.Value));
    }

    [Fact]
    public async Task Skip_MovesOnWithoutRecordingAnAnswer_AndTheVerdictCountsItUnansweredAtZeroPoints()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("skip").AssertReply("Skipped.").AssertQuestion(2, 10)
            .AnswerAll(Answers.GoodQualification.Skip(1).SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **needs work**", "Score 100 on 9 of 12 answered", "answer 1 more", "need –/12")
            .AssertEventually("**Next step:**");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.DoesNotContain(await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default), a => a.QuestionId == "need");
    }

    [Fact]
    public async Task Cancel_KeepsTheAnswersGiven_AndQualifyAgainPicksUpAtTheFirstOpenQuestion()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes", "yes"])
            .Send("cancel")
            .AssertReply("Cancelled Qualify for Acme. The answers you gave are kept", "`qualify Acme`")
            .AssertNoMoreReplies()
            .Send("yes")
            .AssertReply("I don't know \"yes\"")
            .Send("qualify Acme")
            .AssertReply("Picking up at question 4 of 10.")
            .AssertQuestion(4, 10);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal(3, (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Count);
    }

    [Fact]
    public async Task InterruptionWords_WithNoOpenQuestion_SayThereIsNothingOpen()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("back").AssertReply("No question is open right now.")
            .Send("Skip").AssertReply("No question is open right now.")
            .Send("/cancel").AssertReply("No question is open right now.")
            .StartTestAsync();
    }

    [Fact]
    public async Task ViewCommand_DuringAYesNoQuestion_ShowsTheViewAndReasksTheQuestion()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("yes").IgnoreReplies()
            .Send("deals")
            .AssertReply<PipelineReply>(p => Assert.Equal("Acme", Assert.Single(p.Deals).Prospect))
            .AssertQuestion(2, 10)
            .Send("yes").AssertQuestion(3, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task FlowCommand_DuringAnotherFlow_LeavesItSayingWhereAndStartsTheNewOne()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes"])
            .Send("qualify Beta")
            .AssertReply("Left Qualify for Acme at question 3 of 10; answers so far are kept.")
            .AssertReply("New deal: **Beta**")
            .AssertReply("**Qualify: Beta**")
            .AssertQuestion(1, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task CommandWords_InAFreeTextAnswer_AreRecordedAsTheAnswer()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification)
            .Send("needs Acme").IgnoreReplies()
            .Send("deal flow from referrals got them started")
            .AssertQuestion(2, 7);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var started = (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Single(a => a.QuestionId == "started");
        Assert.Equal("deal flow from referrals got them started", started.Value);
    }

    [Fact]
    public async Task AmbiguousName_InAViewCommandMidFlow_ListsTheCandidatesWithoutLeavingTheFlow()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme Corp").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify Acme Ltd").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("qualify Zed").IgnoreReplies()
            .Send("deal acme")
            .AssertReply("\"acme\" could be \"Acme Corp\", \"Acme Ltd\"")
            .AssertQuestion(1, 10)
            .StartTestAsync();
    }
}
