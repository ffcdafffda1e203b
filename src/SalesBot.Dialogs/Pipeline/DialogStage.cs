using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Pipeline;

/// <summary>
/// The dialogs stage of a turn: with no dialog active the text is a command; within a flow it is an interruption (help,
/// cancel, back, skip, status, "go to 3"), a command that may interrupt, or the answer the active dialog continues with.
/// </summary>
internal sealed class DialogStage(DialogSet dialogs, CommandRouter router)
{
    public async Task RunAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var interruption = Interruptions.Match(text);
        var goTo = Interruptions.GoTo(text);
        dc.Context.OpenFlow = Interruptions.OpenFlow(dc);
        if (dc.ActiveDialog is null)
        {
            if (interruption is Interruptions.Cancel or Interruptions.Back or Interruptions.Skip or Interruptions.Status || goTo is not null)
            {
                dc.Context.Send(Strings.Get("Engine.NoQuestionOpen"));
                return;
            }

            await router.DispatchAsync(dc, text, cancellationToken);
            return;
        }

        switch (interruption)
        {
            case Interruptions.Cancel:
                var where = Interruptions.ActivePrompt(dc)?.Question.Progress;
                var stepId = dc.Context.OpenFlow?.StepId;
                dc.CancelAllDialogs();
                dc.Context.Send(where is null || stepId is null
                    ? Strings.Get("Engine.Cancelled")
                    : Strings.Format("Engine.CancelledFlow", where.Flow, Core.Conversations.UserText.Escape(where.Prospect), $"{stepId} {Flows.Quote.Name(where.Prospect)}"));
                return;
            case Interruptions.Back or Interruptions.Skip:
                if (!await dc.EmitEventAsync(interruption, cancellationToken))
                {
                    dc.Context.Send(Strings.Get(interruption == Interruptions.Back ? "Engine.NothingToBack" : "Engine.NothingToSkip"));
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return;
            case Interruptions.Status:
                dc.Context.Send(Interruptions.StatusText(dc));
                await dc.RepromptDialogAsync(cancellationToken);
                return;
            case Interruptions.Help:
                dc.Context.Send(Interruptions.HelpText(dc));
                await dc.RepromptDialogAsync(cancellationToken);
                return;
        }

        if (goTo is { } number)
        {
            if (!await dc.EmitEventAsync(Flows.QuestionLoopDialog.GoToEvent(number), cancellationToken))
            {
                dc.Context.Send(Strings.Get("Engine.NoGoTo"));
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        var (command, arguments) = router.Parse(text);
        if (command is not null && !Interruptions.ReadsAsAnswer(dc, text) && (Interruptions.CommandsInterrupt(dc)
            || Interruptions.IsExactCommand(command, arguments, await dc.Context.Session.ListDealsAsync(cancellationToken), dc.Context.Playbook)))
        {
            if (command.StartsFlow)
            {
                dc.Context.Send(Interruptions.Left(dc, command));
                dc.CancelAllDialogs();
                await command.ExecuteAsync(dc, arguments, cancellationToken);
                return;
            }

            Interruptions.ForgetUnsure(dc);
            var side = new DialogContext(dialogs, dc.Context, DialogStack.Empty()) { IsInterruption = true };
            await command.ExecuteAsync(side, arguments, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (command is not null && Interruptions.AskIfCommand(dc, command, arguments, text, await dc.Context.Session.ListDealsAsync(cancellationToken)))
        {
            return;
        }

        await dc.ContinueDialogAsync(cancellationToken);
    }
}
