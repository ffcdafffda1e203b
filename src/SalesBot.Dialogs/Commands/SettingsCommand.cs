using SalesBot.Core.Values;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Commands;

/// <summary>"settings", "settings price 5000 USD", "settings currency EUR": the user's own starting price.</summary>
internal sealed class SettingsCommand : IBotCommand
{
    public string Name => "settings";

    public IReadOnlyList<string> Aliases => [];

    public string Usage => "settings [price <amount>] [currency <code>]";

    public string Summary => "Your starting price and currency, used when screening and judging budgets.";

    public bool StartsFlow => false;

    public async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var profile = await session.GetProfileAsync(cancellationToken);
        var (what, value) = ArgumentText.FirstWord(arguments);
        switch (what.ToLowerInvariant())
        {
            case "":
                break;
            case "price":
                var money = MoneyRecognizer.Recognize(value, profile.Currency);
                if (!money.Succeeded || !Money.TryParseStored(money.Value, out var price))
                {
                    dc.Context.Send("Say the amount, for example `settings price 5000 USD`.");
                    return Done;
                }

                profile = profile with { StartingPrice = price.Amount, Currency = price.Currency };
                session.SaveProfile(profile);
                break;
            case "currency" when value.Trim().Length == 3 && value.Trim().All(char.IsAsciiLetter):
                profile = profile with { Currency = value.Trim().ToUpperInvariant() };
                session.SaveProfile(profile);
                break;
            default:
                dc.Context.Send($"Say `{Usage}`, for example `settings price 5000 USD`.");
                return Done;
        }

        dc.Context.Send($"Your starting price: **{new Money(profile.StartingPrice, profile.Currency).ToDisplay()}**. Change it with `settings price <amount>`.");
        return Done;
    }

    private static DialogTurnResult Done => new(DialogTurnStatus.Complete);
}
