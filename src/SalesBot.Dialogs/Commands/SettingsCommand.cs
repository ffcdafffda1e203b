using SalesBot.Core.Values;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// "settings", "settings price 5000 USD", "settings currency EUR": the user's own starting price;
/// "settings language ru|pl|en": the language of the coaching, stored and preferred to the channel's locale.
/// </summary>
internal sealed class SettingsCommand() : BotCommand(
    "settings", "settings [price <amount>] [currency <code>] [language en|ru|pl]", "Your starting price and currency, used when screening and judging budgets, and your language.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var profile = await session.GetProfileAsync(cancellationToken);
        var (what, value) = ArgumentText.FirstWord(arguments);
        switch (what.Length == 0 ? "" : Localization.CommandWords.Sub(Name, what, "price", "currency", "language", "lang"))
        {
            case "":
                break;
            case "price":
                // A price typed without a currency keeps the currency as it was: chosen, or still the language's default.
                var money = MoneyRecognizer.Recognize(value, NoCurrency);
                if (!money.Succeeded || !Money.TryParseStored(money.Value, out var price))
                {
                    dc.Context.Send(Localization.Strings.Get("Settings.SayAmount"));
                    return Done;
                }

                profile = profile with { StartingPrice = price.Amount, Currency = price.Currency == NoCurrency ? profile.Currency : price.Currency };
                session.SaveProfile(profile);
                break;
            case "currency" when value.Trim().Length == 3 && value.Trim().All(char.IsAsciiLetter):
                profile = profile with { Currency = value.Trim().ToUpperInvariant() };
                session.SaveProfile(profile);
                break;
            case "language" or "lang":
                var language = PlaybookLanguages.LanguageOf(value.Trim()) switch
                {
                    "en" or "english" => "en",
                    "ru" or "russian" or "русский" => "ru",
                    "pl" or "polish" or "polski" => "pl",
                    _ => null,
                };
                if (language is null)
                {
                    dc.Context.Send(Localization.Strings.Get("Settings.SayLanguage"));
                    return Done;
                }

                session.SaveProfile(profile with { Locale = language });
                // The answer is already in the new language.
                using (Localization.BotCulture.Use(language))
                {
                    dc.Context.Send(new Core.Conversations.TextReply(Localization.Strings.Get("Settings.Language")) { Language = language });
                }

                return Done;
            default:
                dc.Context.Send(Localization.Strings.Format("Settings.Usage", Localization.CommandWords.LocalUsage(Name, Usage)));
                return Done;
        }

        dc.Context.Send(Localization.Strings.Format("Settings.Price", new Money(profile.StartingPrice, (await session.GetPriceAsync(cancellationToken)).Currency).ToDisplay(System.Globalization.CultureInfo.CurrentUICulture)));
        return Done;
    }

    /// <summary>ISO 4217's code for "no currency": what a price typed without one is read with.</summary>
    private const string NoCurrency = "XXX";
}
