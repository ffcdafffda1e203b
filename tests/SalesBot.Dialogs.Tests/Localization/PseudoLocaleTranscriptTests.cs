using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;
using SalesBot.Dialogs.Tests.Nudges;
using SalesBot.Dialogs.Tests.Transcripts;
using SalesBot.Testing.Localization;
using Xunit.Abstractions;

namespace SalesBot.Dialogs.Tests.Localization;

/// <summary>
/// A Russian and a Polish user go through every command and flow of the bot with every resource sentence wrapped in
/// ⟦ ⟧: whatever English is left outside the brackets (and outside `code`, the prospect's name and the user's own words)
/// is a literal some renderer, or Core, still writes in English. The nudges (the follow-up cadence, the personal letter,
/// the feedback questionnaire, the digest) are sent through a recording channel and checked the same way.
/// </summary>
public sealed class PseudoLocaleTranscriptTests(ITestOutputHelper output)
{
    /// <summary>Names and codes that are the same in every language.</summary>
    private static readonly string[] Data = ["Acme", "Sweet Crumbs", "Sweet Buns", "Sweet", "Buns", "Nobody", "nowhere", "nonsense", "abracadabra", "SalesBot", "RUB", "PLN", "USD", "EUR", "CSV", "JSON", "PR", "ann", "UTC", "Europe", "Warsaw"];

    /// <summary>The English command words, which work in every language and which help names.</summary>
    private static readonly string[] CommandNames = ["help", "screen", "qualify", "prepare", "needs", "recommend", "engage", "finalize", "feedback", "exit", "deal", "next", "deals", "stage", "log", "won", "lost", "drop", "reopen", "change", "export", "settings", "nudges", "nudge", "forget", "share", "history", "pause", "resume", "digest", "price", "currency", "language", "me", "call", "letter", "meeting", "done", "snooze", "hour", "tomorrow", "week", "engagement", "entry", "alignment", "contract", "execution", "closing", "en", "ru", "pl", "off"];

    /// <summary>What a user types, in their language: every command, every step to the warm exit, retries, errors and "which prospect?".</summary>
    private static string[] Messages(string language)
    {
        var (yes, no, unsure, budget, date, gut, free, ready) = language == "ru"
            ? ("да", "нет - решает директор", "не знаю", "3 тыс. руб.", "через 2 недели", "Хорошее", "семейная пекарня", "вчера")
            : ("tak", "nie - decyduje prezes", "nie wiem", "3 tys. zł", "za 2 tygodnie", "Dobre", "rodzinna piekarnia", "wczoraj");
        var bad = language == "ru" ? "банан" : "banan";
        var to = language == "ru" ? "на" : "na";
        return
        [
            "help", language == "ru" ? "помощь" : "pomoc", "help qualify", "status", "cancel", "abracadabra", "qualfy Acme",
            "screen Acme", bad, yes, yes, free,
            "qualify Acme", yes, unsure, yes, yes, bad, budget, bad, date, yes, no, yes, gut,
            "deal Acme", "next Acme", "deal Acme history",
            $"change Acme decision-maker {to} {yes}", "change Acme budget", "change Acme nothing-here to 5",
            "qualify Acme", "back", "skip", "status", "cancel",
            "prepare Acme", yes, yes, yes, date,
            "needs Acme", free, free, free, free, free, yes, yes,
            "recommend Acme", free, yes, yes,
            "engage Acme", yes, free, yes, yes, ready, yes,
            "finalize Acme", yes, yes, "2", yes, yes, yes,
            "feedback Acme", yes, "1", free, yes, yes,
            "exit Acme", yes, free, "6",
            "log Acme call", "log Acme call " + (language == "ru" ? "не ответил" : "nie odebrał"), "log Acme letter " + free, "log Nobody call",
            "stage Acme", "stage Acme contract", "stage Acme nowhere",
            "deals", "pipeline", "next", "deal",
            "screen Sweet Crumbs", "cancel", "screen Sweet Buns", "cancel",
            "deal Sweet", "Nobody", "Sweet", "Buns",
            "next Sweet", "1",
            "won Acme", "reopen Acme", "lost Sweet Buns " + free, "drop Sweet Crumbs " + free, "reopen Sweet Crumbs", "drop Sweet Crumbs",
            "nudges", "nudges pause 2 weeks", "nudges resume", "nudges digest 8:30", "nudges digest off", "nudges nonsense",
            "nudge done 123", "nudge",
            "export",
            "settings", "settings price 6000", "settings currency EUR", "settings language xx", "settings nonsense",
            "share Acme",
            "forget Sweet Buns", yes, "forget Nobody", "forget me", no,
        ];
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("pl-PL", "pl")]
    public async Task Nothing_the_bot_writes_is_english(string locale, string language)
    {
        await using var bot = await TestBot.StartAsync();
        using var pseudo = PseudoLocale.Begin();
        var flow = new TestFlow(bot, bot.Flow().Turn with { Locale = locale });
        var messages = Messages(language);
        foreach (var message in messages)
        {
            flow.Send(message).IgnoreReplies();
        }

        await flow.StartTestAsync();

        AssertNoEnglish(flow.Transcript, language, messages);
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("pl-PL", "pl")]
    public async Task Nothing_the_nudges_say_is_english(string locale, string language)
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        using var pseudo = PseudoLocale.Begin();
        var owner = new Owner("t1", "ann");
        await bot.ReachableOnTeamsAsync(owner, "Europe/Warsaw", locale);
        var flow = new TestFlow(bot, bot.TeamsFlow(timeZone: "Europe/Warsaw").Turn with { Locale = locale });
        var silent = language == "ru" ? "не ответил" : "nie odebrał";
        string[] typed = ["screen Acme", "cancel", "needs Acme", language == "ru" ? "семейная пекарня" : "rodzinna piekarnia", "cancel", $"log Acme call {silent}"];
        foreach (var message in typed)
        {
            flow.Send(message).IgnoreReplies();
        }

        await flow.StartTestAsync();
        var rendered = new List<string>();
        var kinds = new List<NudgeKind>();
        for (var day = 0; day < 40 && !kinds.Contains(NudgeKind.Drop); day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            var before = channel.Sent.Count;
            await bot.DispatchAsync();
            foreach (var (_, nudge) in channel.Sent.Skip(before))
            {
                rendered.Add(TextRenderer.Render(nudge));
                foreach (var item in nudge.Items)
                {
                    var done = Done(item);
                    kinds.Add((await bot.Nudges().GetAsync(owner, done.Split(' ')[^1], CancellationToken.None))!.Kind);
                    if (kinds[^1] != NudgeKind.Drop)
                    {
                        await flow.Send(done).IgnoreReplies().StartTestAsync(); // the call made, the letter sent: the cadence goes on
                    }
                }
            }
        }

        // "Three calls and a letter", then the proposal to drop: every one of them is checked.
        Assert.Equal([NudgeKind.Call2, NudgeKind.Call3, NudgeKind.Letter, NudgeKind.Drop], kinds.Where(k => k is NudgeKind.Call2 or NudgeKind.Call3 or NudgeKind.Letter or NudgeKind.Drop));

        // The closing feedback questionnaire and the re-entry follow the last steps.
        await flow.Send("stage Acme closing").IgnoreReplies().Send("nudges digest 8:30").IgnoreReplies().StartTestAsync();
        for (var day = 0; day < 5; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            var before = channel.Sent.Count;
            await bot.DispatchAsync();
            foreach (var (_, nudge) in channel.Sent.Skip(before))
            {
                rendered.Add(TextRenderer.Render(nudge));
                foreach (var item in nudge.Items)
                {
                    kinds.Add((await bot.Nudges().GetAsync(owner, Done(item).Split(' ')[^1], CancellationToken.None))!.Kind);
                }
            }
        }

        Assert.Contains(NudgeKind.Feedback, kinds);

        Assert.True(rendered.Count >= 4, "Too few nudges sent:\n" + string.Join("\n---\n", rendered));
        AssertNoEnglish(string.Join("\n", rendered) + "\n" + flow.Transcript, language, typed);
    }

    /// <summary>The command a nudge's "done" button sends: "nudge done &lt;id&gt;".</summary>
    private static string Done(NudgeItem item) => item.Actions.First(a => a.Value.StartsWith("nudge done", StringComparison.Ordinal)).Value;

    private void AssertNoEnglish(string transcript, string language, IEnumerable<string> messages)
    {
        output.WriteLine(transcript);
        var english = transcript.Split('\n')
            .Where(line => !line.StartsWith("> ", StringComparison.Ordinal))
            .Select(line => (Line: line, Words: EnglishLiterals.Find(line, language, Data.Concat(messages).Concat(CommandNames))))
            .Where(found => found.Words.Count > 0)
            .Select(found => $"{string.Join(" ", found.Words)}  ←  {found.Line}")
            .Distinct()
            .ToList();
        Assert.True(english.Count == 0, "English outside the resources:\n" + string.Join("\n", english) + "\n\nTranscript:\n" + transcript);
    }
}
