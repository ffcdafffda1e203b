using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>The replacement for an answered question card: the question and the answer given, without buttons.</summary>
internal static class AnsweredQuestionActivity
{
    public static Activity Create(Activity incoming, string cardActivityId, string question, string answer)
    {
        var update = ReplyMapper.ReplyTo(incoming, ActivityTypes.Message);
        update.Id = cardActivityId;
        update.ReplyToId = null;
        update.Summary = ReplyMapper.Summary($"{question} — answered: {answer}");
        update.Attachments = [Cards.AdaptiveCardRenderer.AnsweredQuestion(question, null, answer)];
        return update;
    }
}
