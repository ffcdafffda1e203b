using System.Text;
using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Flows;

/// <summary>The coach's look at what the salesperson typed in their own words: red flags, stalls and budget figures as one note.</summary>
internal static class AnswerCoaching
{
    /// <summary>After a free-text answer, or an answer with a note, sends what the coach noticed (nothing when it noticed nothing).</summary>
    public static async Task SendNotesAsync(TurnContext context, Question question, Answer answer, PricePoint price, CancellationToken cancellationToken)
    {
        var text = question.Kind == AnswerKind.Text ? answer.Value : answer.Note;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var request = new AnswerAnalysisRequest(context.Turn.Owner, question.Text, text, question.Kind == AnswerKind.Money, price.Currency)
        {
            StallPhrases = context.Playbook.Nudges.FollowUp.StallPhrases,
        };
        var analysis = await context.Coach.AnalyzeAnswerAsync(request, cancellationToken);
        if (analysis.RedFlags.Count == 0 && analysis.Stalls.Count == 0 && (analysis.Budget is null || question.Kind == AnswerKind.Money))
        {
            return;
        }

        var note = new StringBuilder("**").Append(Localization.Strings.Get("Coaching.Note")).Append("**").Append(analysis.Source == CoachSource.Model ? " " + Localization.Strings.Get("Coaching.ByModel") : "");
        foreach (var flag in analysis.RedFlags)
        {
            note.Append("\n- ").Append(Localization.Words.Severity(Core.Playbooks.Severity.Warning)).Append(": ").Append(UserText.Escape(flag));
        }

        foreach (var stall in analysis.Stalls)
        {
            note.Append("\n- ").Append(UserText.Escape(stall));
        }

        if (analysis.Budget is { } budget && question.Kind != AnswerKind.Money)
        {
            note.Append("\n- ").Append(Localization.Strings.Format("Coaching.Budget", budget.ToDisplay(System.Globalization.CultureInfo.CurrentUICulture)));
        }

        context.Send(note.ToString());
    }
}
