using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"log Acme call no answer": records a touch with the prospect.</summary>
internal sealed class LogCommand : DealCommandBase
{
    public override string Name => "log";

    public override string Usage => "log <prospect> call|letter|meeting <outcome>";

    public override string Summary => "Record a call, letter or meeting and how it went.";

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var deals = await dc.Context.Session.ListDealsAsync(cancellationToken);
        var (name, rest) = ProspectResolver.SplitName(deals, arguments);
        var (kindWord, outcome) = ArgumentText.FirstWord(rest);
        if (Localization.Words.ParseTouch(kindWord) is not { } kind)
        {
            dc.Context.Send(Localization.Strings.Format("Log.Kind", Localization.CommandWords.LocalUsage(Name, Usage), $"{Localization.CommandWords.Local(Name)} {(name.Length > 0 ? name : "Acme")} {Localization.Words.Touch(TouchKind.Call)} {Localization.Strings.Get("Log.NoAnswer")}"));
            return Done;
        }

        if (outcome.Length == 0)
        {
            dc.Context.Send(Localization.Strings.Format("Log.Outcome", $"{Localization.CommandWords.Local(Name)} {name} {kindWord.ToLowerInvariant()} <{Localization.Strings.Get("Placeholder.outcome")}>", $"{Localization.CommandWords.Local(Name)} {name} {Localization.Words.Touch(TouchKind.Call)} {Localization.Strings.Get("Log.NoAnswer")}"));
            return Done;
        }

        var (deal, result) = await ResolveAsync(dc, name, rest, allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        dc.Context.Session.AddTouch(deal, kind, outcome);
        dc.Context.Send(Localization.Strings.Format("Log.Done", Localization.Words.Touch(kind), UserText.Escape(deal.Prospect), UserText.Escape(outcome)));
        return Done;
    }
}
