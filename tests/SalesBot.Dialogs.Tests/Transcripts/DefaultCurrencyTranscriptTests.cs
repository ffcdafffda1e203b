namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>A starting price whose currency the user never chose is in their language's currency, and follows a change of language; a chosen one stays.</summary>
public sealed class DefaultCurrencyTranscriptTests
{
    [Fact]
    public async Task The_default_currency_follows_the_language_until_the_user_sets_one()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = new TestFlow(bot, bot.Flow().Turn with { Locale = "ru-RU", TimeZone = "Europe/Moscow" })
            .Send("настройки").AssertReply("**5\u00A0000 RUB**")
            .Send("settings language pl").IgnoreReplies()
            .Send("ustawienia").AssertReply("**5\u00A0000 PLN**")
            .Send("ustawienia price 7000").AssertReply("**7\u00A0000 PLN**")
            .Send("settings language ru").IgnoreReplies()
            .Send("настройки").AssertReply("**7\u00A0000 RUB**")
            .Send("settings currency EUR").AssertReply("**7\u00A0000 EUR**")
            .Send("settings language pl").IgnoreReplies()
            .Send("ustawienia").AssertReply("**7\u00A0000 EUR**");
        await flow.StartTestAsync();

        var profile = await bot.Store.GetProfileAsync(flow.Turn.Owner, default);
        Assert.Equal("EUR", profile!.Currency);
    }

    [Fact]
    public async Task A_price_typed_with_a_currency_sets_it()
    {
        await using var bot = await TestBot.StartAsync();
        await new TestFlow(bot, bot.Flow().Turn with { Locale = "pl-PL" })
            .Send("ustawienia price 6000 USD").AssertReply("**6\u00A0000 USD**")
            .Send("settings language ru").IgnoreReplies()
            .Send("настройки").AssertReply("**6\u00A0000 USD**")
            .StartTestAsync();
    }
}
