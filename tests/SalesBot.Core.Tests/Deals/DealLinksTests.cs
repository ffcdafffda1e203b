using SalesBot.Core.Deals;

namespace SalesBot.Core.Tests.Deals;

public sealed class DealLinksTests
{
    [Theory]
    [InlineData("engagement", DealLink.Engagement)]
    [InlineData("Entry", DealLink.Entry)]
    [InlineData("ALIGNMENT", DealLink.Alignment)]
    [InlineData("cOnTrAcT", DealLink.Contract)]
    [InlineData("  execution  ", DealLink.Execution)]
    [InlineData("closing", DealLink.Closing)]
    [InlineData("exit", DealLink.Exit)]
    public void A_link_name_in_any_case_parses_to_that_link(string text, DealLink expected)
    {
        Assert.True(DealLinks.TryParse(text, out var link));
        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData("1", DealLink.Engagement)]
    [InlineData("2", DealLink.Entry)]
    [InlineData("3", DealLink.Alignment)]
    [InlineData("4", DealLink.Contract)]
    [InlineData("5", DealLink.Execution)]
    [InlineData(" 6 ", DealLink.Closing)]
    [InlineData("7", DealLink.Exit)]
    public void A_number_from_1_to_7_parses_to_the_link_at_that_place_in_the_cycle(string text, DealLink expected)
    {
        Assert.True(DealLinks.TryParse(text, out var link));
        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("contracts")]
    [InlineData("the contract")]
    [InlineData("2.5")]
    public void Numbers_outside_1_to_7_and_words_that_are_not_links_do_not_parse(string text)
    {
        Assert.False(DealLinks.TryParse(text, out _));
    }

    [Theory]
    [InlineData("entry, alignment")]
    [InlineData("engagement,entry")]
    [InlineData("1,2")]
    public void A_list_of_several_links_does_not_parse_as_a_third_link(string text)
    {
        // Enum.TryParse reads "a, b" as a flags combination: Engagement(1) | Entry(2) == Alignment(3).
        var parsed = DealLinks.TryParse(text, out var link);

        Assert.False(parsed, $"'{text}' parsed as {link}");
    }

    [Fact]
    public void Name_is_the_lower_case_link_name_and_parses_back_to_the_same_link()
    {
        foreach (var link in Enum.GetValues<DealLink>())
        {
            var name = link.Name();

            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.True(DealLinks.TryParse(name, out var parsed));
            Assert.Equal(link, parsed);
        }

        Assert.Equal("alignment", DealLink.Alignment.Name());
    }
}
