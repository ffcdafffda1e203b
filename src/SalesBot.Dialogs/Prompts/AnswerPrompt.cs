using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Prompts;

/// <summary>Asks one question and waits until the answer can be read; a wrong answer is re-asked with an example.</summary>
public sealed class AnswerPrompt() : Dialog(DialogId)
{
    public const string DialogId = "answer-prompt";
    private const string AttemptsKey = "attempts";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.State[AttemptsKey] = 0;
        dc.Context.Send(Options(instance).Question);
        return Task.FromResult(DialogTurnResult.EndOfTurn);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var options = Options(instance);
        var context = dc.Context;
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var recognition = AnswerRecognizer.Recognize(options, context.Turn.Text, today, context.Turn.Locale);
        if (recognition.Succeeded)
        {
            if (ValueEcho.For(options.Kind, context.Turn.Text, recognition, context.Turn.Locale) is { } echo)
            {
                context.Send(new TextReply(echo));
            }

            return await dc.EndDialogAsync(new PromptResult(recognition.Value, recognition.Note), cancellationToken);
        }

        if (options.TypedFallback && context.Turn.Text.Trim() is { Length: > 0 } typed)
        {
            return await dc.EndDialogAsync(new PromptResult(typed, null) { Typed = true }, cancellationToken);
        }

        instance.State[AttemptsKey] = (instance.State[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        if (options.Kind == AnswerKind.Money && await BudgetOffer.FindAsync(context, options, cancellationToken) is { } offer)
        {
            context.Send(new TextReply(Localization.Strings.Format("Prompt.BudgetOffer", offer.Title)));
            context.Send(options.Question with { Choices = [offer] });
            return DialogTurnResult.EndOfTurn;
        }

        var example = AnswerRecognizer.Example(options.Kind, options.Choices, today);
        context.Send(new TextReply(Localization.Strings.Format("Prompt.Retry", recognition.Error, example)));
        context.Send(options.Question);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        dc.Context.Send(Options(instance).Question);
        return Task.CompletedTask;
    }

    public static PromptOptions Options(DialogInstance instance) =>
        instance.GetOptions<PromptOptions>()
        ?? throw new InvalidOperationException("The prompt has no options.");
}
