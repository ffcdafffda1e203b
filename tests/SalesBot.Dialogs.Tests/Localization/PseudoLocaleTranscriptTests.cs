using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Tests.Transcripts;
using SalesBot.Testing.Localization;

namespace SalesBot.Dialogs.Tests.Localization;

/// <summary>
/// A Russian and a Polish user go through the bot with every resource sentence wrapped in ⟦ ⟧: whatever English is
/// left outside the brackets (and outside `code`, the prospect's name and the user's own words) is a literal some
/// renderer still writes in English.
/// </summary>
public sealed class PseudoLocaleTranscriptTests
{
    /// <summary>Names and codes that are the same in every language.</summary>
    private static readonly string[] Data = ["Acme", "SalesBot", "RUB", "PLN", "USD", "EUR", "CSV", "JSON", "PR"];

    /// <summary>The English command words, which work in every language and which help names.</summary>
    private static readonly string[] CommandNames = ["help", "screen", "qualify", "prepare", "needs", "recommend", "engage", "finalize", "feedback", "exit", "deal", "next", "deals", "stage", "log", "won", "lost", "drop", "reopen", "change", "export", "settings", "nudges", "nudge", "forget", "share"];

    private static readonly string[] Messages =
    [
        "help", "помощь", "pomoc", "status", "cancel", "abracadabra", "qualfy Acme",
    ];

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("pl-PL", "pl")]
    public async Task Nothing_the_bot_writes_is_english(string locale, string language)
    {
        await using var bot = await TestBot.StartAsync();
        using var pseudo = PseudoLocale.Begin();
        var flow = new TestFlow(bot, bot.Flow().Turn with { Locale = locale });
        foreach (var message in Messages)
        {
            flow.Send(message).IgnoreReplies();
        }

        await flow.StartTestAsync();

        var english = flow.Transcript.Split('\n')
            .Where(line => !line.StartsWith("> ", StringComparison.Ordinal))
            .Select(line => (Line: line, Words: EnglishLiterals.Find(line, language, Data.Concat(Messages).Concat(CommandNames))))
            .Where(found => found.Words.Count > 0)
            .Select(found => $"{string.Join(" ", found.Words)}  ←  {found.Line}")
            .ToList();
        Assert.True(english.Count == 0, "English outside the resources:\n" + string.Join("\n", english) + "\n\nTranscript:\n" + flow.Transcript);
    }
}
