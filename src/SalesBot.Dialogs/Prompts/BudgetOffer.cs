using SalesBot.Core.Coaching;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// When a budget answer is free text ("they said maybe 8k if it includes the shop"), the figure in it, offered as a
/// button written the user's way ("8 000 RUB"), which the money prompt reads back.
/// </summary>
internal static class BudgetOffer
{
    public static async Task<Choice?> FindAsync(TurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        // The question as the user saw it, without the prospect's name: only the answer itself is the user's data.
        var question = options.Question.Progress is { Prospect.Length: > 0 } progress
            ? options.Question.Text.Replace(progress.Prospect, Localization.Strings.Text.Localizer["Placeholder.prospect"], StringComparison.Ordinal)
            : options.Question.Text;
        var request = new AnswerAnalysisRequest(context.Turn.Owner, question, context.Turn.Text, ExpectsAmount: true, options.Currency)
        {
            StallPhrases = context.Playbook.Nudges.FollowUp.StallPhrases,
        };
        var analysis = await context.Coach.AnalyzeAnswerAsync(request, cancellationToken);
        return analysis.Budget is { Amount: > 0 } budget ? Choice.Of(budget.ToDisplay(System.Globalization.CultureInfo.CurrentUICulture)) : null;
    }
}
