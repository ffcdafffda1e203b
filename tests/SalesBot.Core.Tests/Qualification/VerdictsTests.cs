using SalesBot.Core.Qualification;

namespace SalesBot.Core.Tests.Qualification;

public sealed class VerdictsTests
{
    [Theory]
    [InlineData(Verdict.Qualified, "qualified")]
    [InlineData(Verdict.NeedsWork, "needs work")]
    [InlineData(Verdict.WalkAway, "walk away")]
    public void Each_verdict_has_the_words_the_bot_uses(Verdict verdict, string words)
    {
        Assert.Equal(words, verdict.Words());
    }

    [Fact]
    public void A_verdict_outside_the_enum_has_no_words()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Verdict)42).Words());
    }
}
