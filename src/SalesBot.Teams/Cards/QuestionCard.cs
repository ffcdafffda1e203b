using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Teams.Cards;

/// <summary>
/// A question: progress line and bar, the question in bold, the tip, the words to try, the recorded answer, the inputs
/// to answer it inside the card (see <see cref="CardInputs"/>) and a quick-pick button per choice when they fit one row.
/// </summary>
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
            body.Add(CardElements.Text(ChannelText.Get("Question.Tip") + " " + tip, subtle: true, spacing: "small"));
        }

        if (question.Wording is { Length: > 0 } wording)
        {
            body.Add(CardElements.Runs([CardElements.Run(ChannelText.Get("Question.Wording") + " "), CardElements.Run(CardText.Plain(wording), italic: true)], spacing: "small"));
        }

        if (question.CurrentAnswer is { } current)
        {
            body.Add(CardElements.Container(
                [CardElements.Runs([
                    CardElements.Run(ChannelText.Get("Question.Recorded") + " "),
                    CardElements.Run(current, bold: true),
                    CardElements.Run(" " + ChannelText.Format("Question.RecordedHint", CommandWords.Local("skip")), subtle: true),
                ])],
                style: "emphasis",
                spacing: "medium"));
        }

        var valid = question.Choices.Where(c => c.Value.Length > 0).ToList();
        var (inputs, needsSubmit) = CardInputs.For(question, valid);
        foreach (var input in inputs)
        {
            body.Add(input);
        }

        var many = valid.Count > CardLimits.ActionsPerRow;
        var buttons = many ? [] : valid.Select(c => CardActions.Answer(c.Title, c.Value, question.Text)).ToList();
        body.Add(CardElements.Text(Hint(question, buttons.Count > 0, needsSubmit), subtle: true, size: "small", spacing: "small"));

        JsonArray actions = [];
        if (needsSubmit)
        {
            actions.Add(CardInputs.Submit(question));
        }

        foreach (var button in buttons)
        {
            actions.Add(button);
        }

        return AdaptiveCard.Create(body, actions, Fallback(question));
    }

    private static string Hint(QuestionReply question, bool hasButtons, bool hasSubmit) =>
        ChannelText.QuestionHint(hasButtons, hasSubmit, question.Kind is null or Core.Playbooks.AnswerKind.Choice or Core.Playbooks.AnswerKind.YesNo, word => word);

    private static string Fallback(QuestionReply question) =>
        CardText.Plain(question.Progress is { } progress ? $"{CardText.ProgressLine(progress with { Prospect = UserText.Escape(progress.Prospect) })}: {question.Text}" : question.Text);
}
