namespace SalesBot.Dialogs.Commands;

/// <summary>"log Acme call no answer": records a touch with the prospect.</summary>
internal sealed class LogCommand() : DealCommandBase(
    "log", "log <prospect> call|letter|meeting <outcome>", "Record a call, letter or meeting and how it went.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var (name, rest) = await SplitNameAsync(dc, arguments, cancellationToken);
        var (kindWord, outcome) = ArgumentText.FirstWord(rest);
        if (Localization.Words.ParseTouch(kindWord) is null)
        {
            dc.Context.Send(Localization.Strings.Format("Log.Kind", Localization.CommandWords.LocalUsage(Name, Usage), $"{Localization.CommandWords.Local(Name)} {(name.Length > 0 ? name : "Acme")} {Localization.Words.Touch(TouchKind.Call)} {Localization.Strings.Get("Log.NoAnswer")}"));
            return Done;
        }

        if (outcome.Length == 0)
        {
            dc.Context.Send(Localization.Strings.Format("Log.Outcome", $"{Localization.CommandWords.Local(Name)} {name} {kindWord.ToLowerInvariant()} <{Localization.Strings.Get("Placeholder.outcome")}>", $"{Localization.CommandWords.Local(Name)} {name} {Localization.Words.Touch(TouchKind.Call)} {Localization.Strings.Get("Log.NoAnswer")}"));
            return Done;
        }

        return await ForDealAsync(dc, name, rest, cancellationToken);
    }

    /// <param name="rest">The kind of touch and its outcome, checked by <see cref="ExecuteAsync"/>.</param>
    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var (kindWord, outcome) = ArgumentText.FirstWord(rest);
        var kind = Localization.Words.ParseTouch(kindWord)!.Value;
        dc.Context.Session.AddTouch(deal, kind, outcome);
        dc.Context.Send(Localization.Strings.Format("Log.Done", Localization.Words.Touch(kind), UserText.Escape(deal.Prospect), UserText.Escape(outcome)));
        return Task.FromResult(Done);
    }
}
