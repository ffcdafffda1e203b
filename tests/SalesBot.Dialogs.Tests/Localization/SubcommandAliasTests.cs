using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Tests.Nudges;
using SalesBot.Dialogs.Tests.Transcripts;

namespace SalesBot.Dialogs.Tests.Localization;

/// <summary>
/// The words after a command ("nudges pause", "settings price", "deal Acme history", "forget me", "nudge snooze … week")
/// work in Russian and Polish as well as in English, and help shows the user's own words.
/// </summary>
public sealed class SubcommandAliasTests
{
    private static readonly Owner Ann = new("t1", "ann");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero); // 10:30 in Warsaw

    /// <summary>The words a user of the language types.</summary>
    public sealed record Words(
        string Locale, string Nudges, string Pause, string InTwoWeeks, string Resume, string Digest, string Off,
        string Settings, string Price, string Currency, string Language,
        string Deal, string History, string Forget, string Me, string Yes,
        string Nudge, string Snooze, string Drop, string Done, string Hour, string Tomorrow, string Week);

    public static TheoryData<Words> Languages() => new()
    {
        new Words("ru-RU", "напоминания", "Пауза", "через 2 недели", "продолжить", "сводка", "выкл",
            "настройки", "цена", "Валюта", "язык",
            "сделка", "история", "забыть", "меня", "да",
            "напоминание", "отложить", "снять", "готово", "час", "завтра", "неделю"),
        new Words("pl-PL", "przypomnienia", "pauza", "za 2 tygodnie", "wznów", "podsumowanie", "wyłącz",
            "ustawienia", "Cena", "waluta", "język",
            "transakcja", "historia", "zapomnij", "mnie", "tak",
            "przypomnienie", "odłóż", "odpuść", "zrobione", "godzinę", "jutro", "tydzień"),
    };

    /// <summary>English, the words every language understands.</summary>
    private static Words English(string locale) => new(locale, "nudges", "pause", "2 weeks", "resume", "digest", "off",
        "settings", "price", "currency", "language",
        "deal", "history", "forget", "me", "yes",
        "nudge", "snooze", "drop", "done", "hour", "tomorrow", "week");

    [Theory]
    [MemberData(nameof(Languages))]
    public Task The_users_own_sub_words_do_what_the_english_ones_do(Words words) => EveryEffectAsync(words);

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("pl-PL")]
    public Task English_sub_words_keep_working_in_any_language(string locale) => EveryEffectAsync(English(locale));

    [Theory]
    [InlineData("ru-RU", "помощь", "напоминания [пауза", "| продолжить | сводка", "настройки [цена", "[валюта", "[язык", "сделка <клиент> [история]", "забыть меня", "напоминание готово|отложить|снять", "[час|завтра|неделя]")]
    [InlineData("pl-PL", "pomoc", "przypomnienia [pauza", "| wznów | podsumowanie", "ustawienia [cena", "[waluta", "[język", "transakcja <klient> [historia]", "zapomnij mnie", "przypomnienie zrobione|odłóż|odpuść", "[godzina|jutro|tydzień]")]
    public async Task Help_teaches_the_local_sub_words(string locale, string help, params string[] expected)
    {
        await using var bot = await TestBot.StartAsync();
        await new TestFlow(bot, bot.Flow().Turn with { Locale = locale })
            .Send(help).AssertReply(expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ru-RU", "напоминания пауза через 2 недели", "на паузе до 7 декабря (понедельник)")]
    [InlineData("pl-PL", "przypomnienia pauza za 2 tygodnie", "wstrzymane do 7 grudnia (poniedziałek)")]
    public async Task The_day_a_pause_ends_reads_as_the_language_writes_a_date(string locale, string typed, string expected)
    {
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), new FakeTimeProvider(Monday));
        await new TestFlow(bot, bot.TeamsFlow(timeZone: "Europe/Warsaw").Turn with { Locale = locale })
            .Send(typed).AssertReply(expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ru-RU", "напоминания чепуха", "напоминания [пауза")]
    [InlineData("ru-RU", "настройки чепуха", "настройки [цена")]
    [InlineData("pl-PL", "przypomnienia bzdura", "przypomnienia [pauza")]
    [InlineData("pl-PL", "ustawienia bzdura", "ustawienia [cena")]
    public async Task A_wrong_sub_word_is_answered_with_the_local_usage(string locale, string typed, string expected)
    {
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), new FakeTimeProvider(Monday));
        await new TestFlow(bot, bot.TeamsFlow().Turn with { Locale = locale })
            .Send(typed).AssertReply(expected)
            .StartTestAsync();
    }

    private static async Task EveryEffectAsync(Words w)
    {
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), clock);
        await bot.ReachableOnTeamsAsync(Ann, "Europe/Warsaw", w.Locale);
        var flow = new TestFlow(bot, bot.TeamsFlow(timeZone: "Europe/Warsaw").Turn with { Locale = w.Locale });

        await flow.Send($"{w.Settings} {w.Price} 6000").IgnoreReplies().StartTestAsync();
        Assert.Equal(6000m, (await Profile(bot)).StartingPrice);
        await flow.Send($"{w.Settings} {w.Currency} EUR").IgnoreReplies().StartTestAsync();
        Assert.Equal("EUR", (await Profile(bot)).Currency);

        await flow.Send($"{w.Nudges} {w.Digest} 8:15").IgnoreReplies().StartTestAsync();
        Assert.Equal(new TimeOnly(8, 15), (await Profile(bot)).DigestAt);
        await flow.Send($"{w.Nudges} {w.Digest} {w.Off}").IgnoreReplies().StartTestAsync();
        Assert.Null((await Profile(bot)).DigestAt);
        await flow.Send($"{w.Nudges} {w.Pause} {w.InTwoWeeks}").IgnoreReplies().StartTestAsync();
        Assert.True((await Profile(bot)).PausedUntil > Monday.AddDays(13), "not paused");
        await flow.Send($"{w.Nudges} {w.Resume}").IgnoreReplies().StartTestAsync();
        Assert.Equal(Monday, (await Profile(bot)).PausedUntil);

        var silent = w.Locale.StartsWith("ru", StringComparison.Ordinal) ? "не ответил" : "nie odebrał";
        await flow.NewDeal("Acme").Send($"log Acme call {silent}").IgnoreReplies().NewDeal("Beta").Send($"log Beta call {silent}").IgnoreReplies().StartTestAsync();
        var acme = await PendingFor(bot, "Acme");
        await flow.Send($"{w.Nudge} {w.Snooze} {acme.Id} {w.Tomorrow}").IgnoreReplies().StartTestAsync();
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), (await PendingFor(bot, "Acme")).DueAt); // Tuesday 09:00 in Warsaw
        await flow.Send($"{w.Nudge} {w.Snooze} {acme.Id} {w.Week}").IgnoreReplies().StartTestAsync();
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), (await PendingFor(bot, "Acme")).DueAt);
        await flow.Send($"{w.Nudge} {w.Snooze} {acme.Id} {w.Hour}").IgnoreReplies().StartTestAsync();
        Assert.Equal(Monday.AddHours(1), (await PendingFor(bot, "Acme")).DueAt);
        await flow.Send($"{w.Nudge} {w.Done} {acme.Id}").IgnoreReplies().StartTestAsync();
        Assert.Equal(NudgeKind.Call3, (await PendingFor(bot, "Acme")).Kind); // call 2 logged, call 3 planned

        var beta = await PendingFor(bot, "Beta");
        await flow.Send($"{w.Nudge} {w.Drop} {beta.Id}").IgnoreReplies().StartTestAsync();
        Assert.Equal(DealStatus.Dropped, (await Deal(bot, "Beta")).Status);

        await flow.Send($"{w.Deal} Acme {w.History}").AssertReply<DealReply>(r => Assert.True(r.Deal.ShowHistory, "no history"))
            .Send($"{w.Deal} Acme").AssertReply<DealReply>(r => Assert.False(r.Deal.ShowHistory, "history unasked"))
            .StartTestAsync();

        await flow.Send($"{w.Forget} {w.Me}").AssertReply<QuestionReply>(_ => { }).Send(w.Yes).IgnoreReplies().StartTestAsync();
        Assert.Empty(await bot.Store.ListDealsAsync(Ann, CancellationToken.None));

        await flow.Send($"{w.Settings} {w.Language} en").IgnoreReplies().StartTestAsync();
        Assert.Equal("en", (await Profile(bot)).Locale);
    }

    private static async Task<Core.Users.UserProfile> Profile(TestBot bot) =>
        (await bot.Store.GetProfileAsync(Ann, CancellationToken.None))!;

    private static async Task<Deal> Deal(TestBot bot, string prospect) =>
        (await bot.Store.ListDealsAsync(Ann, CancellationToken.None)).Single(d => d.Prospect == prospect);

    private static async Task<Nudge> PendingFor(TestBot bot, string prospect)
    {
        var deal = await Deal(bot, prospect);
        return Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None), n => n.DealId == deal.Id);
    }
}
