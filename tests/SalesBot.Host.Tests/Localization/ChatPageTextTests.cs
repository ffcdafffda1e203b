using SalesBot.Dialogs.Localization;
using SalesBot.Testing.Localization;

namespace SalesBot.Host.Tests.Localization;

public sealed class ChatPageTextTests
{
    [Fact]
    public void Every_chat_page_resource_exists_in_russian_and_polish_with_the_same_placeholders()
    {
        var problems = ResourceCompleteness.Problems(typeof(ChatPageText).Assembly, "SalesBot.Host.Localization.Strings");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("pl")]
    public void Every_word_of_the_page_comes_from_the_resources(string locale)
    {
        var language = BotCulture.For(locale).TwoLetterISOLanguageName;
        using var pseudo = PseudoLocale.Begin();
        var words = ChatPageText.For(locale);

        Assert.Equal(language, words["lang"]);
        foreach (var (key, text) in words.Where(w => w.Key != "lang"))
        {
            Assert.StartsWith(PseudoLocale.Open.ToString(), text, StringComparison.Ordinal);
            Assert.True(EnglishLiterals.Find(text, language, LocalizedSamples.Data).Count == 0, $"{key}: {text}");
        }
    }

    [Fact]
    public void The_page_names_every_element_the_words_go_into()
    {
        var html = File.ReadAllText(Path.Combine(Deploy.Repository.Root, "src/SalesBot.Host/wwwroot/index.html"));
        var script = File.ReadAllText(Path.Combine(Deploy.Repository.Root, "src/SalesBot.Host/wwwroot/chat.js"));
        foreach (var id in (string[])["subtitle", "new-chat", "input", "send"])
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        foreach (var key in ChatPageText.For("en").Keys)
        {
            Assert.Contains("words." + key, script, StringComparison.Ordinal);
        }
    }
}
