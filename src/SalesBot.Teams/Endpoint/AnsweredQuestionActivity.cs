using SalesBot.Teams.Cards;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>The replacement for a settled question card: the question and what happened to it, without buttons or inputs.</summary>
internal static class AnsweredQuestionActivity
{
    /// <param name="context">An activity of the conversation the card is in (service URL, conversation, bot and user).</param>
    public static Activity Create(Activity context, string cardActivityId, string question, string? progress, string answer, CardOutcome outcome)
    {
        var update = ReplyMapper.ReplyTo(context, ActivityTypes.Message);
        update.Id = cardActivityId;
        update.ReplyToId = null;
        update.Summary = ReplyMapper.Summary(AnsweredQuestionCard.Fallback(question, answer, outcome));
        update.Attachments = [AdaptiveCardRenderer.AnsweredQuestion(question, progress, answer, outcome)];
        return update;
    }
}
