using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;

namespace SalesBot.Dialogs.Privacy;

/// <summary>
/// Asks "yes / no" before forgetting a deal, forgetting the user, or sharing a deal with the channel, and acts only on an
/// explicit yes; any other answer does nothing. The deal is looked up again among the user's own deals when they confirm.
/// </summary>
public sealed class ConfirmDialog() : Dialog(DialogId)
{
    public const string DialogId = "confirm";
    public const string ForgetDeal = "forget-deal";
    public const string ForgetMe = "forget-me";
    public const string Share = "share";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        Ask(dc, dc.ActiveDialog!);
        return Task.FromResult(DialogTurnResult.EndOfTurn);
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        Ask(dc, instance);
        return Task.CompletedTask;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = Options(dc.ActiveDialog!);
        var word = dc.Context.Turn.Text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (word is "yes" or "y" || Prompts.YesNoRecognizer.Recognize(word).Value == "yes")
        {
            await ActAsync(dc, options, cancellationToken);
        }
        else
        {
            dc.Context.Send(Localization.Strings.Get(options.Action == Share ? "Confirm.NotShared" : "Confirm.Kept"));
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static async Task ActAsync(DialogContext dc, ConfirmOptions options, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        if (options.Action == ForgetMe)
        {
            session.ForgetOwner();
            dc.Context.Send(Localization.Strings.Get("Confirm.ForgotMe"));
            return;
        }

        // Only the user's own deals are candidates: an id that is not theirs (or no longer exists) finds nothing.
        var deal = options.DealId is { } id ? await session.GetDealAsync(id, cancellationToken) : null;
        if (deal is null)
        {
            dc.Context.Send(Localization.Strings.Format("Confirm.Gone", UserText.Escape(options.Prospect ?? "")));
            return;
        }

        if (options.Action == ForgetDeal)
        {
            session.Forget(deal);
            dc.Context.Send(Localization.Strings.Format("Confirm.ForgotDeal", UserText.Escape(deal.Prospect)));
            return;
        }

        if (options.ShareTo is not { Length: > 0 } target)
        {
            dc.Context.Send(Localization.Strings.Get("Confirm.NoChannel"));
            return;
        }

        var snapshot = await session.SnapshotAsync(deal, cancellationToken);
        dc.Context.Send(new ShareReply(target, deal.Prospect, SharedSummary.Build(dc.Context.Playbook, deal, snapshot.Touches, session.Author)));
        session.AddEvent(deal, "shared", DealHistory.Shared());
    }

    private static void Ask(DialogContext dc, DialogInstance instance)
    {
        var options = Options(instance);
        dc.Context.Send(new QuestionReply(options.Question, null, [new Choice(Localization.Strings.Get("Choice.Yes"), "yes"), new Choice(Localization.Strings.Get("Choice.No"), "no")], null, null, null));
    }

    private static ConfirmOptions Options(DialogInstance instance) =>
        instance.GetOptions<ConfirmOptions>() ?? throw new InvalidOperationException("The confirmation has no options.");
}
