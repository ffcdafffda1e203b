using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Cards;

/// <summary>
/// Renders replies as Adaptive Card 1.5 attachments for Teams. The caller keeps a plain-text version of the reply in the
/// activity's text for notifications and clients without cards; replies that are text anyway get no card.
/// </summary>
internal static class AdaptiveCardRenderer
{
    /// <summary>The card for a question, deal or pipeline reply; null for replies that stay text (text, files).</summary>
    public static Attachment? ToAttachment(Reply reply)
    {
        using var culture = BotCulture.Use(reply.Language);
        return Render(reply);
    }

    private static Attachment? Render(Reply reply) => reply switch
    {
        QuestionReply question => AdaptiveCard.ToAttachment(QuestionCard.Render(question)),
        DealReply deal => AdaptiveCard.ToAttachment(DealCard.Render(deal.Deal)),
        PipelineReply pipeline => AdaptiveCard.ToAttachment(PipelineCard.Render(pipeline.Deals)),
        NudgeReply nudge => AdaptiveCard.ToAttachment(NudgeCard.Render(nudge)),
        _ => null,
    };

    /// <summary>The question card once settled: same question, what happened to it, no buttons or inputs (for updating the sent card), in the current UI culture.</summary>
    public static Attachment AnsweredQuestion(string question, string? progress, string answer, CardOutcome outcome = CardOutcome.Answered) =>
        AdaptiveCard.ToAttachment(AnsweredQuestionCard.Render(question, progress, answer, outcome));

    /// <summary>The commands card for "help": usage and summary of each command.</summary>
    public static Attachment Help(IEnumerable<(string usage, string summary)> commands) =>
        AdaptiveCard.ToAttachment(HelpCard.Render(commands));

    /// <summary>The greeting for a new install or a new member.</summary>
    public static Attachment Welcome() => AdaptiveCard.ToAttachment(WelcomeCard.Render());

    /// <summary>
    /// The card's one-line fallback ("Acme Corp: stage Alignment. Next step: ..."), short enough for the activity's text or
    /// summary next to the card: Teams shows an activity's text above its card and counts both against the 28 KB message limit.
    /// </summary>
    public static string? FallbackText(Attachment card) =>
        card.Content is JsonObject content && content["fallbackText"] is JsonValue text ? text.GetValue<string>() : null;
}
