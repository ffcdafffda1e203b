namespace SalesBot.AI.Tests;

/// <summary>The checks that keep the model to the recorded answers.</summary>
public sealed class OutputChecksTests
{
    private const string Sources = "What are their goals?\nOpen a second shop in Leeds by spring, budget 8,000 EUR";

    [Theory]
    [InlineData("You want to open a second shop in Leeds by spring.")]
    [InlineData("Your budget is 8,000 EUR. You want a second shop.")]
    [InlineData("You want a second shop: Leeds comes first.")]
    public void Text_built_from_the_sources_passes(string text) => OutputChecks.Grounded([text], Sources);

    [Theory]
    [InlineData("You want three shops in 2027.", "a number")]
    [InlineData("You want a shop next to Harrods.", "a name")]
    [InlineData("Write to us at sales@example.com.", "a link")]
    [InlineData("Hello {prospect}, you want a shop.", "markup")]
    public void Numbers_names_links_and_placeholders_not_in_the_sources_are_rejected(string text, string reason)
    {
        var error = Assert.Throws<CoachOutputRejectedException>(() => OutputChecks.Grounded([text], Sources));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Спасибо, что Вы рассказали о планах: второй магазин в Казани.", "Второй магазин в Казани")]
    [InlineData("Dziękuję, że Pan opowiedział o planach: drugi sklep w Krakowie.", "Drugi sklep w Krakowie")]
    [InlineData("Ваш бюджет — 8 тыс. руб., на три магазина.", "Бюджет 8 тысяч рублей, три магазина")]
    [InlineData("Budżet to 8 tys. zł na trzy sklepy.", "Budżet: osiem tysięcy złotych, trzy sklepy, 8 000")]
    public void Russian_and_Polish_text_built_from_the_sources_passes_with_polite_address_and_the_sources_amounts(string text, string sources) =>
        OutputChecks.Grounded([text], sources);

    [Theory]
    [InlineData("Вы хотите открыть второй магазин к весне.", "Второй магазин к весне")]
    [InlineData("You want to open a second shop by spring.", "Second shop by spring")]
    public void Ordinals_and_words_that_only_look_like_numbers_are_not_numbers(string text, string sources) => OutputChecks.Grounded([text], sources);

    [Theory]
    [InlineData("Ваш бюджет — 8 тыс. руб.", "Бюджет 8 человек")]
    [InlineData("Budżet to 8 tys. zł.", "Zespół 8 osób")]
    [InlineData("Вы хотите три магазина.", "Второй магазин")]
    [InlineData("Chcesz mieć dwa sklepy.", "Drugi sklep")]
    [InlineData("You want two shops.", "A second shop")]
    [InlineData("Бюджет около миллиона.", "Бюджет 800 тысяч")]
    public void Amounts_and_numbers_in_words_not_in_the_sources_are_rejected_in_every_language(string text, string sources)
    {
        var error = Assert.Throws<CoachOutputRejectedException>(() => OutputChecks.Grounded([text], sources));
        Assert.Contains("a number", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"points\": ", "not JSON")]
    [InlineData("", "empty")]
    public void Answers_that_are_not_a_JSON_object_are_rejected(string json, string reason)
    {
        var error = Assert.Throws<CoachOutputRejectedException>(() => OutputChecks.ParseObject(json));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_are_held_to_their_item_count_and_length()
    {
        var root = OutputChecks.ParseObject("""{"points":["a","b","c"]}""");

        Assert.Equal(["a", "b", "c"], OutputChecks.Strings(root, "points", 1, 3, 10));
        Assert.Throws<CoachOutputRejectedException>(() => OutputChecks.Strings(root, "points", 1, 2, 10));
        Assert.Throws<CoachOutputRejectedException>(() => OutputChecks.Strings(OutputChecks.ParseObject("""{"points":["far too long"]}"""), "points", 1, 2, 5));
        Assert.Throws<CoachOutputRejectedException>(() => OutputChecks.Strings(root, "questions", 1, 3, 10));
    }

    [Fact]
    public void A_quote_must_appear_in_the_answer_ignoring_case_and_spacing()
    {
        Assert.True(OutputChecks.Quotes("We need  more time\nto think", "we need more time to think"));
        Assert.False(OutputChecks.Quotes("We need more time", "we need more money"));
        Assert.False(OutputChecks.Quotes("anything", "  "));
    }
}
