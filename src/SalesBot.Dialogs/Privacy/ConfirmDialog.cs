using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Privacy;

/// <summary>
/// Asks "yes / no" before forgetting a deal, forgetting the user, or sharing a deal with the channel, and acts only on an
/// explicit yes; any other answer does nothing. The deal is looked up again among the user's own deals when they confirm.
/// </summary>
public sealed class ConfirmDialog : Dialog
{
    public const string DialogId = "confirm";
    public const string ForgetDeal = "forget-deal";
    public const string ForgetMe = "forget-me";
    public const string Share = "share";

    public ConfirmDialog()
        : base(DialogId)
    {
    }

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
        if (word is "yes" or "y")
        {
            await ActAsync(dc, options, cancellationToken);
        }
        else
        {
            dc.Context.Send(options.Action == Share ? "Not shared. Nothing was posted." : "Kept. Nothing was deleted.");
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static async Task ActAsync(DialogContext dc, ConfirmOptions options, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        if (options.Action == ForgetMe)
        {
            session.ForgetOwner();
            dc.Context.Send(
                "Done: I deleted everything I kept about you here — your deals with every answer, touch and history entry, your settings, " +
                "our conversations and how to reach you. If you write again, you start fresh.");
            return;
        }

        // Only the user's own deals are candidates: an id that is not theirs (or no longer exists) finds nothing.
        var deal = options.DealId is { } id ? await session.GetDealAsync(id, cancellationToken) : null;
        if (deal is null)
        {
            dc.Context.Send($"\"{new UserText(options.Prospect ?? "")}\" is no longer among your deals. Nothing was changed.");
            return;
        }

        if (options.Action == ForgetDeal)
        {
            session.Forget(deal);
            dc.Context.Send($"Done: {new UserText(deal.Prospect)} is deleted, with every answer, touch and history entry.");
            return;
        }

        if (options.ShareTo is not { Length: > 0 } target)
        {
            dc.Context.Send("Sharing needs the channel where you asked for it. Nothing was posted.");
            return;
        }

        var snapshot = await session.SnapshotAsync(deal, cancellationToken);
        dc.Context.Send(new ShareReply(target, deal.Prospect, SharedSummary.Build(dc.Context.Playbook, deal, snapshot.Touches, session.Author)));
        session.AddEvent(deal, "shared", "Summary shared with a channel (stage and next step only).");
    }

    private static void Ask(DialogContext dc, DialogInstance instance)
    {
        var options = Options(instance);
        dc.Context.Send(new QuestionReply(options.Question, null, [Choice.Of("yes"), Choice.Of("no")], null, null, null));
    }

    private static ConfirmOptions Options(DialogInstance instance) =>
        instance.GetOptions<ConfirmOptions>() ?? throw new InvalidOperationException("The confirmation has no options.");
}
