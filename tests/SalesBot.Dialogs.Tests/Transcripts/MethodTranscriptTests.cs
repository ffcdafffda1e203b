using SalesBot.Core.Conversations;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// One conversation per rule of the method the coach teaches (DOMAIN.md): the verdict and the next step must follow
/// the rule, with the method's own wording, whatever else the answers say.
/// </summary>
public sealed class MethodTranscriptTests
{
    private const int Budget = 4;
    private const int Deadline = 5;
    private const int DecisionMaker = 7;
    private const int Gut = 9;

    /// <summary>A good qualification with one answer changed.</summary>
    private static string[] GoodQualificationWith(int index, string answer)
    {
        var answers = Answers.GoodQualification.ToArray();
        answers[index] = answer;
        return answers;
    }

    [Fact]
    public async Task ScreenBeforeAnyMeeting_NoToBothQuestions_MeansWalkAwayNotAMeeting()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("screen Acme").IgnoreReplies()
            .Send("no - just collecting quotes")
            .AssertReply("Blocker: There is no clear sign that they are serious about the project.", "Do not book a meeting yet.")
            .AssertQuestion(2, 3)
            .Send("no")
            .AssertReply("Blocker: They did not say yes to your starting price.", "Do not rush to meet")
            .AssertQuestion(3, 3)
            .Send("cold email")
            .AssertReply("Screen done")
            .AssertReply("Verdict: **walk away**", "Screen: no to every question.")
            .AssertReply("**Next step:** Walk away from Acme", "`drop Acme <reason>`", "Bad prospects never turn into good partners.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task ScreenBeforeAnyMeeting_AQualificationWithoutAScreen_IsSentBackToTheScreenNotToPrepare()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification.SkipLast(1))
            .Send("Good").IgnoreReplies()
            .Send("deal Acme")
            .AssertReply<DealReply>(d =>
            {
                Assert.Equal("screen Acme", d.Deal.NextStep.Command);
                Assert.Contains("Before you give anyone a meeting", d.Deal.NextStep.Action, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task DecisionMaker_Unsure_IsABlockerUntilAsked_AndClosesWhenTheSignerJoins_KeepingBothVersions()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", GoodQualificationWith(DecisionMaker, "unsure - the owner may sign").SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **needs work**", "Qualified once you know who signs and they are in the conversation.", "Blocker: You do not know yet who decides.")
            .AssertReply("**Next step:** Ask early and gently: \"Who, besides you, will be responsible for approvals?\"", "`qualify Acme`")
            .RunStep("qualify Acme", GoodQualificationWith(DecisionMaker, "yes - the owner joined the call").SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **qualified**", "Score 100 on 12 of 12 answered")
            .AssertReply("**Next step:** Prepare", "`prepare Acme`")
            .Send("deal Acme history")
            .AssertReply("Every answer version", "**unsure**", "the owner may sign", "**yes**", "the owner joined the call");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var versions = (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Where(a => a.QuestionId == "decision-maker");
        Assert.Equal([("unsure", 1), ("yes", 2)], versions.Select(a => (a.Value, a.Version)));
    }

    [Fact]
    public async Task DecisionMaker_No_BlocksQualifiedEvenWithEveryOtherAnswerPerfect()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", GoodQualificationWith(DecisionMaker, "no").SkipLast(1))
            .Send("Good").IgnoreReplies()
            .Send("deal Acme")
            .AssertReply<DealReply>(d =>
            {
                Assert.Equal(Verdict.NeedsWork, d.Deal.Judgement!.Verdict);
                Assert.Equal("Qualified once the person who signs is in the conversation.", d.Deal.Judgement.Change);
                Assert.Contains("time with anyone else is wasted", d.Deal.NextStep.Action, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheBlockersAdvice_IsGivenOnceAtTheEndOfTheStep_AsTheNextStep_NotAlsoInTheVerdictList()
    {
        const string Ask = "Who, besides you, will be responsible for approvals?";
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", GoodQualificationWith(DecisionMaker, "no").SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply<TextReply>(verdict =>
            {
                Assert.Contains("Blocker: Your contact is not the one who decides.", verdict.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(Ask, verdict.Text, StringComparison.Ordinal);
            })
            .AssertReply<TextReply>(next => Assert.Equal(1, Occurrences(next.Text, Ask)))
            .StartTestAsync();
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    [Theory]
    [InlineData("4000 USD", "Red flag: Their budget is below your starting price.", "qualified", "`prepare Acme`")]
    [InlineData("2000 USD", "Blocker: Their budget is less than half your starting price.", "needs work", "`qualify Acme`")]
    [InlineData("500 USD", "Hard stop: Their budget is a small fraction of your starting price.", "walk away", "`drop Acme <reason>`")]
    public async Task BudgetBelowTheStartingPrice_EducateSlightlyBelow_BlockFarBelow_LetGoAtATenth(string budget, string flag, string verdict, string command)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(Answers.GoodQualification.Take(Budget))
            .Send(budget)
            .AssertReply("Recorded: ")
            .AssertReply(flag, "the deal go")
            .AssertQuestion(Deadline + 1, 10)
            .AnswerAll(Answers.GoodQualification.Skip(Budget + 1).SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply($"Verdict: **{verdict}**")
            .AssertReply("**Next step:**", command)
            .StartTestAsync();
    }

    [Fact]
    public async Task RefusingToTalkNumbers_IsABlockerWhoseAdviceThrowsOutANumber()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", GoodQualificationWith(Budget, "won't say").SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **needs work**", "Blocker: They will not share a budget.", "Qualified once they name a budget.")
            .AssertReply("**Next step:** Reluctance often means they do not trust you yet, so educate them.", "Throw out a number", "`qualify Acme`")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("in 3 days", "Blocker: The deadline is only days away.", "needs work")]
    [InlineData("in 3 weeks", "Red flag: The deadline makes this a rush job.", "qualified")]
    public async Task RushJob_DaysAwayBlocks_WeeksAwayIsAWarningToNegotiate(string deadline, string flag, string verdict)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", GoodQualificationWith(Deadline, deadline).Take(Deadline))
            .Send(deadline)
            .AssertReply("Recorded: ")
            .AssertReply(flag, "Negotiate a realistic date")
            .AssertQuestion(Deadline + 2, 10)
            .AnswerAll(Answers.GoodQualification.Skip(Deadline + 1).SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply($"Verdict: **{verdict}**")
            .StartTestAsync();
    }

    [Fact]
    public async Task RushJob_FiveWeeksAway_IsNoFlagAtAll()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", Answers.GoodQualification.Take(Deadline))
            .Send("in 5 weeks")
            .AssertReply("Recorded: ")
            .AssertQuestion(Deadline + 2, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task BadProspectsNeverTurnIntoGoodPartners_AGutSayingNoIsAHardStop()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("screen Acme", Answers.GoodScreen)
            .RunStep("qualify Acme", Answers.GoodQualification.Take(Gut))
            .Send("Bad")
            .AssertReply("Hard stop: Your gut says no.", "Trust it and walk away.")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **walk away**")
            .AssertReply("**Next step:** Walk away from Acme", "`drop Acme <reason>`", "Bad prospects never turn into good partners")
            .StartTestAsync();
    }

    [Fact]
    public async Task TheIssuesProspect_NotSeriousNoStartingPriceATenthOfThePriceAndPaymentUnchecked_IsWalkAway()
    {
        await using var bot = await TestBot.StartAsync();
        var answers = GoodQualificationWith(Budget, "500 USD");
        answers[2] = "unsure";
        await bot.Flow()
            .RunStep("screen Acme", ["no", "no", "web search"])
            .RunStep("qualify Acme", answers.SkipLast(1))
            .Send("Good")
            .AssertReply("Qualification done")
            .AssertReply("Verdict: **walk away**", "Screen: no to every question.")
            .AssertReply("**Next step:** Walk away from Acme", "`drop Acme <reason>`")
            .StartTestAsync();
    }
}
