using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Flows;

/// <summary>Turns a playbook question into what the user sees: text with placeholders filled, choices, tip and progress.</summary>
internal static class QuestionFactory
{
    private static readonly string[] YesNoValues = ["yes", "no", "unsure"];

    public static PromptOptions Create(PlaybookStep step, int index, Deal deal, Answer? current, PricePoint price)
    {
        var question = step.Questions[index];
        var text = PlaybookText.Show(question.Text, deal.Prospect, price);
        var choices = question.Kind switch
        {
            // The buttons read "да" / "tak" in the user's language and answer with the language-neutral value.
            AnswerKind.YesNo => [.. YesNoValues.Select(value => new Choice(Localization.Strings.Get("Answer." + value), value))],
            AnswerKind.Choice => question.Choices.Select(c => Choice.Of(c.Title)).ToList(),
            _ => [],
        };
        var progress = new Progress(step.Title, deal.Prospect, index + 1, step.Questions.Count);
        var recorded = current is null ? null : Recorded(question, current);
        var reply = new QuestionReply(text, PlaybookText.Show(question.Tip, deal.Prospect, price), choices, progress, question.Example is null ? null : PlaybookText.Show(question.Example, deal.Prospect, price), recorded)
        {
            Kind = question.Kind,
            Currency = price.Currency,
        };
        return new PromptOptions(reply, question.Kind, question.Choices, price.Currency);
    }

    private static string Recorded(Question question, Answer answer)
    {
        var value = AnswerFormatter.Display(question, answer.Value);
        return answer.Note is { Length: > 0 } note ? $"{value} ({note})" : value;
    }
}
