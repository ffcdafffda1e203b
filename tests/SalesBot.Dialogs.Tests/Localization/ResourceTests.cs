using System.Globalization;
using SalesBot.Dialogs.Localization;
using SalesBot.Testing.Localization;

namespace SalesBot.Dialogs.Tests.Localization;

public sealed class ResourceTests
{
    [Fact]
    public void Every_dialogs_resource_exists_in_russian_and_polish_with_the_same_placeholders()
    {
        var problems = ResourceCompleteness.Problems(typeof(BotText).Assembly, "SalesBot.Dialogs.Localization.Strings");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_core_sentence_exists_in_russian_and_polish_with_the_same_placeholders()
    {
        var problems = ResourceCompleteness.Problems(typeof(Core.Localization.CoreText).Assembly, "SalesBot.Core.Localization.CoreStrings");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("en", 1, "1 question")]
    [InlineData("en", 2, "2 questions")]
    [InlineData("en", 5, "5 questions")]
    [InlineData("ru", 1, "1 вопрос")]
    [InlineData("ru", 2, "2 вопроса")]
    [InlineData("ru", 5, "5 вопросов")]
    [InlineData("ru", 21, "21 вопрос")]
    [InlineData("ru", 11, "11 вопросов")]
    [InlineData("pl", 1, "1 pytanie")]
    [InlineData("pl", 2, "2 pytania")]
    [InlineData("pl", 5, "5 pytań")]
    [InlineData("pl", 12, "12 pytań")]
    [InlineData("pl", 21, "21 pytań")]
    [InlineData("pl", 22, "22 pytania")]
    [InlineData("pl", 24, "24 pytania")]
    [InlineData("pl", 25, "25 pytań")]
    [InlineData("pl", 102, "102 pytania")]
    [InlineData("pl", 112, "112 pytań")]
    [InlineData("pl", 0, "0 pytań")]
    [InlineData("ru", 22, "22 вопроса")]
    [InlineData("ru", 112, "112 вопросов")]
    public void Plural_forms_follow_the_language(string language, int count, string expected)
    {
        var format = language switch
        {
            "ru" => "{0} {0|вопрос|вопроса|вопросов}",
            "pl" => "{0} {0|pytanie|pytania|pytań}",
            _ => "{0} {0|question|questions}",
        };

        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, PluralForms.Apply(format, [count], BotCulture.For(language)), count));
    }

    [Theory]
    [InlineData("ru-RU", "Осталось")]
    [InlineData("pl-PL", "Zostały")]
    public void A_sentence_with_a_count_takes_the_form_of_the_count(string locale, string expected)
    {
        using var culture = BotCulture.Use(locale);
        var text = Strings.Format("Flow.QuestionsLeft", "Flow", "Acme", locale == "ru-RU" ? 5 : 3);
        Assert.Contains(expected.ToLowerInvariant(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_culture_scope_puts_the_previous_culture_back()
    {
        var before = CultureInfo.CurrentUICulture;
        using (BotCulture.Use("pl-PL"))
        {
            Assert.Equal("pl", BotCulture.Current);
            Assert.Equal("Anulowano.", Strings.Get("Engine.Cancelled"));
        }

        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void Every_language_adds_its_own_words_for_the_commands_and_english_ones_stay()
    {
        Assert.Contains("квалифицировать", CommandWords.In("qualify", "ru"));
        Assert.Contains("kwalifikuj", CommandWords.In("qualify", "pl"));
        Assert.Empty(CommandWords.In("qualify", "en"));
        Assert.Equal("deals", CommandWords.Canonical("сделки", ["deal", "deals"]));
        Assert.Equal("deals", CommandWords.Canonical("transakcje", ["deal", "deals"]));
        Assert.Equal("deals", CommandWords.Canonical("deals", ["deal", "deals"]));
    }
}
