using SalesBot.Slack.Events;

namespace SalesBot.Slack.Tests.Events;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@UBOT> qualify Acme", "qualify Acme")]
    [InlineData("qualify &lt;Acme&gt; &amp; sons", "qualify <Acme> & sons")]
    [InlineData("log Acme letter sent to <mailto:pat@acme.com|pat@acme.com>", "log Acme letter sent to pat@acme.com")]
    [InlineData("log Acme call see <https://acme.com>", "log Acme call see https://acme.com")]
    [InlineData("log Acme meeting with <@U777|dana> in <#C1|sales>", "log Acme meeting with @dana in #sales")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Clean_GivesBackWhatTheUserTyped(string? slack, string typed)
    {
        Assert.Equal(typed, SlackText.Clean(slack, "UBOT"));
    }

    [Fact]
    public void LeadingMentionOfAnUnknownBot_IsRemovedFromAMention()
    {
        Assert.Equal("deals", SlackText.Clean(SlackText.WithoutLeadingMention("<@U0LAN0Z89> deals"), null));
    }
}
