using System.Text.Json.Nodes;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Teams.Cards;

/// <summary>
/// A question card after it was settled: the progress line, the question and what happened to it (the answer given, the
/// words typed in the chat instead, or "moved on"), without buttons or inputs — only the current question is live.
/// </summary>
internal static class AnsweredQuestionCard
{
    public static JsonObject Render(string question, string? progress, string answer, CardOutcome outcome = CardOutcome.Answered)
    {
        var body = new JsonArray();
        if (progress is { Length: > 0 })
        {
            body.Add(CardElements.Runs([CardElements.Run(progress, subtle: true, size: "small")]));
        }

        body.Add(CardElements.Text(question, bold: true, spacing: "small"));
        body.Add(outcome switch
        {
            CardOutcome.Replied => CardElements.Runs([CardElements.Run(ChannelText.Get("Answered.Replied") + " ", subtle: true), CardElements.Run(answer, bold: true)], spacing: "small"),
            CardOutcome.MovedOn => CardElements.Runs([CardElements.Run(ChannelText.Get("Answered.MovedOn"), subtle: true)], spacing: "small"),
            _ => CardElements.Runs(
                [CardElements.Run("✔ ", color: "good"), CardElements.Run(ChannelText.Get("Answered.Answered") + " "), CardElements.Run(answer, bold: true)],
                spacing: "small"),
        });
        return AdaptiveCard.Create(body, actions: null, Fallback(CardText.Plain(question), answer, outcome));
    }

    /// <summary>The card's one-line text: "Question? Answered: yes", "Question? You replied: status", "Question? Moved on".</summary>
    public static string Fallback(string question, string answer, CardOutcome outcome) => outcome switch
    {
        CardOutcome.Replied => $"{question} {ChannelText.Get("Answered.Replied")} {answer}",
        CardOutcome.MovedOn => $"{question} {ChannelText.Get("Answered.MovedOn")}",
        _ => $"{question} {ChannelText.Get("Answered.Answered")} {answer}",
    };
}
