using System.Text.Json.Nodes;

namespace SalesBot.Teams.Cards;

/// <summary>A question card after it was answered: the progress line, the question and the answer given, without buttons.</summary>
internal static class AnsweredQuestionCard
{
    public static JsonObject Render(string question, string? progress, string answer)
    {
        var body = new JsonArray();
        if (progress is { Length: > 0 })
        {
            body.Add(CardElements.Runs([CardElements.Run(progress, subtle: true, size: "small")]));
        }

        body.Add(CardElements.Text(question, bold: true, spacing: "small"));
        body.Add(CardElements.Runs(
            [CardElements.Run("✔ ", color: "good"), CardElements.Run("Answered: "), CardElements.Run(answer, bold: true)],
            spacing: "small"));
        return AdaptiveCard.Create(body, actions: null, $"{question} Answered: {answer}");
    }
}
