using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Tests.Mapping;

public sealed class TeamsMarkdownTests
{
    [Theory]
    [InlineData("Start with `qualify <prospect>`, for example `qualify Acme`.", "Start with `qualify` _&lt;prospect&gt;_, for example `qualify Acme`.")]
    [InlineData("- `deal <prospect> [history]`: One deal.", "- `deal` _&lt;prospect&gt;_ `[history]`: One deal.")]
    [InlineData("Change it with `settings price <amount>`.", "Change it with `settings price` _&lt;amount&gt;_.")]
    [InlineData("Say `log A&B call <outcome>`.", "Say log A&amp;B call _&lt;outcome&gt;_.")]
    public void CodeSpans_NeverCarryEntities_PlaceholdersMoveOutInItalics(string markdown, string teams)
    {
        var rendered = TeamsMarkdown.Render(markdown);

        Assert.Equal(teams, rendered);
        foreach (var span in rendered.Split('`').Where((_, i) => i % 2 == 1))
        {
            Assert.DoesNotContain("&", span, StringComparison.Ordinal);
            Assert.DoesNotContain("<", span, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Acme <b>& Sons</b> > 3", "Acme &lt;b&gt;&amp; Sons&lt;/b&gt; &gt; 3")]
    [InlineData("a*b_c and `x*y_z` and **bold** and _it_", "a*b_c and `x*y_z` and **bold** and _it_")]
    [InlineData("a lone ` backtick", "a lone ` backtick")]
    [InlineData("fish & chips `a_b*c`", "fish &amp; chips `a_b*c`")]
    public void Text_EscapesAngleBracketsAndAmpersands_AndLeavesMarkupAndCodeAlone(string markdown, string teams)
    {
        Assert.Equal(teams, TeamsMarkdown.Render(markdown));
    }

    [Fact]
    public void AList_EndsBeforeTheNextParagraph_SoTheParagraphIsNotPartOfTheLastBullet()
    {
        var rendered = TeamsMarkdown.Render("Verdict: **qualified**.\n- Red flag: late payer.\n- Red flag: rush.\nWeights: need 10/10.\n- again\n\nThen ask: anything?");

        Assert.Equal("Verdict: **qualified**.\n- Red flag: late payer.\n- Red flag: rush.\n\nWeights: need 10/10.\n- again\n\nThen ask: anything?", rendered);
    }

    [Theory]
    [InlineData("**Next step:** Be ready\nWhy: x", "Next step: Be ready")]
    [InlineData("Say `qualify <prospect>` to start", "Say qualify <prospect> to start")]
    [InlineData("- _Tip:_ ask them", "Tip: ask them")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    public void Plain_IsTheFirstLineWithoutMarkup(string markdown, string plain)
    {
        Assert.Equal(plain, TeamsMarkdown.Plain(markdown));
    }
}
