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
        if (!Enum.TryParse<TouchKind>(kindWord, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindWord, out _))
        {
            dc.Context.Send($"Say what kind of touch: `{Usage}`, for example `log {(name.Length > 0 ? name : "Acme")} call no answer`.");
            return Done;
        }

        if (outcome.Length == 0)
        {
            dc.Context.Send($"How did it go? Say `log {name} {kindWord.ToLowerInvariant()} <outcome>`, for example `log {name} call no answer`.");
            return Done;
        }

        var (deal, result) = await ResolveAsync(dc, name, rest, allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        dc.Context.Session.AddTouch(deal, kind, outcome);
        dc.Context.Send($"Logged a {kind.ToString().ToLowerInvariant()} with {new UserText(deal.Prospect)}: {new UserText(outcome)}");
        return Done;
    }
}
