using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"log Acme call no answer": records a touch with the prospect.</summary>
internal sealed class LogCommand() : DealCommandBase(
    "log", "log <prospect> call|letter|meeting <outcome>", "Record a call, letter or meeting and how it went.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var deals = await dc.Context.Session.ListDealsAsync(cancellationToken);
        var (name, rest) = ProspectResolver.SplitName(deals, arguments);
        var (kindWord, outcome) = ArgumentText.FirstWord(rest);
        if (Touch(kindWord) is null)
        {
            dc.Context.Send($"Say what kind of touch: `{Usage}`, for example `log {(name.Length > 0 ? name : "Acme")} call no answer`.");
            return Done;
        }

        if (outcome.Length == 0)
        {
            dc.Context.Send($"How did it go? Say `log {name} {kindWord.ToLowerInvariant()} <outcome>`, for example `log {name} call no answer`.");
            return Done;
        }

        return await ForDealAsync(dc, name, rest, cancellationToken);
    }

    /// <param name="rest">The kind of touch and its outcome, checked by <see cref="ExecuteAsync"/>.</param>
    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var (kindWord, outcome) = ArgumentText.FirstWord(rest);
        var kind = Touch(kindWord)!.Value;
        dc.Context.Session.AddTouch(deal, kind, outcome);
        dc.Context.Send($"Logged a {kind.ToString().ToLowerInvariant()} with {new UserText(deal.Prospect)}: {new UserText(outcome)}");
        return Task.FromResult(Done);
    }

    private static TouchKind? Touch(string word) =>
        Enum.TryParse<TouchKind>(word, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(word, out _) ? kind : null;
}
