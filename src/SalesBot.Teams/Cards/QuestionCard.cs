using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Cards;

/// <summary>A question: progress line and bar, the question in bold, the tip, the words to try, the recorded answer, and a button per choice.</summary>
internal static class QuestionCard
{
    public static JsonObject Render(QuestionReply question)
    {
        var body = new JsonArray();
        if (question.Progress is { } progress)
        {
            body.Add(CardElements.Runs([CardElements.Run(CardText.ProgressLine(progress), subtle: true, size: "small")]));
            body.Add(ProgressIndicator.For(progress));
        }

        body.Add(CardElements.Text(question.Text, bold: true, size: "medium", spacing: "medium"));
        if (question.Tip is { Length: > 0 } tip)
        {
            body.Add(CardElements.Text("Tip: " + tip, subtle: true, spacing: "small"));
        }

        if (question.Wording is { Length: > 0 } wording)
        {
            body.Add(CardElements.Runs([CardElements.Run("Try: "), CardElements.Run(wording, italic: true)], spacing: "small"));
        }

        if (question.CurrentAnswer is { } current)
        {
            body.Add(CardElements.Container(
                [CardElements.Runs([
                    CardElements.Run("Recorded: "),
                    CardElements.Run(current, bold: true),
                    CardElements.Run(" — pick or type an answer to change it, or say skip to keep it.", subtle: true),
                ])],
                style: "emphasis",
                spacing: "medium"));
        }

        var choices = question.Choices
            .Where(c => c.Value.Length > 0)
            .Select(c => CardActions.Answer(c.Title, c.Value, question.Text))
            .ToList();
        body.Add(CardElements.Text(
            choices.Count > 0
                ? $"Pick an answer, or type it with a note ({question.Choices[0].Title} - because ...)."
                : "Type your answer in the chat. back, skip, status, help and cancel work too.",
            subtle: true,
            size: "small",
            spacing: "medium"));

        JsonArray? actions = null;
        if (choices.Count <= CardLimits.ActionsPerRow)
        {
            actions = [.. choices];
        }
        else
        {
            foreach (var row in CardActions.Rows(choices))
            {
                body.Add(row);
            }
        }

        return AdaptiveCard.Create(body, actions, Fallback(question));
    }

    private static string Fallback(QuestionReply question) =>
        question.Progress is { } progress ? $"{progress}: {question.Text}" : question.Text;
}
