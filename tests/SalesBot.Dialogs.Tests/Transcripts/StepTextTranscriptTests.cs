using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>What the bot says after a step, a close or a verdict follows what was answered, and shows no internal ids.</summary>
public sealed class StepTextTranscriptTests
{
    [Fact]
    public async Task Recommend_WithTheGoalUnsure_DoesNotSayBothAgreementsAreInPlace()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("recommend Acme").IgnoreReplies()
            .Send("New website").IgnoreReplies()
            .Send("unsure").IgnoreReplies()
            .Send("yes")
            .AssertReply<TextReply>(done =>
            {
                Assert.StartsWith("Recommendation recorded, but the first agreement is missing", done.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Both agreements", done.Text, StringComparison.Ordinal);
            })
            .IgnoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Finalize_WithoutRenegotiationTerms_DoesNotSayRenegotiateThroughTheContract()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .RunStep("finalize Acme", ["yes", "yes", "2", "yes", "no"])
            .Send("yes")
            .AssertEventually("Signed, but with no renegotiation terms")
            .StartTestAsync();
    }

    [Fact]
    public async Task Won_BeforeTheAgreementIsFinalized_PointsToFinalize_AndAfterIt_ToTheWorkAndFeedback()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("won Acme").AssertReply("Congratulations: Acme is won.", "`finalize Acme`")
            .Send("reopen Acme").IgnoreReplies()
            .RunStep("finalize Acme", ["yes", "yes", "2", "yes", "yes", "yes"])
            .Send("won Acme")
            .AssertReply<TextReply>(t =>
            {
                Assert.Contains("Next: deliver the work, then collect feedback (`feedback Acme`).", t.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("written agreement", t.Text, StringComparison.Ordinal);
            })
            .Send("deals").AssertReply("_Won_\n- **Acme**: ")
            .Send("deal Acme").AssertReply<DealReply>(d =>
            {
                Assert.Null(d.Deal.Judgement);
                Assert.StartsWith("**Acme** · stage Contract (4 of 7) · won", TextRenderer.Render(d), StringComparison.Ordinal);
                Assert.DoesNotContain("Verdict:", TextRenderer.Render(d), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Verdict_NamesQuestionsInWords_NotByTheirIds()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification.Take(9))
            .Send("Good")
            .AssertEventually("Weights: serious –/5, starting price –/5, need 12/12, industry experience 8/8, can pay 10/10")
            .IgnoreReplies()
            .Send("deal Acme history")
            .AssertReply<DealReply>(d => Assert.DoesNotContain("can-pay", TextRenderer.Render(d), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpOnAYesNoQuestion_GivesAnExampleThatFitsAnyQuestion()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .RunStep("feedback Acme", [])
            .Send("help")
            .AssertReply<TextReply>(t =>
            {
                Assert.Contains("Question 1 of 5 in Feedback for Acme", t.Text, StringComparison.Ordinal);
                Assert.Contains("Example answer: yes, no or unsure", t.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("in-house", t.Text, StringComparison.Ordinal);
            })
            .IgnoreReplies()
            .StartTestAsync();
    }
}
