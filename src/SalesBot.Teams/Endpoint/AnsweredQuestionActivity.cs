using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>The replacement for an answered question card: the question and the answer given, without buttons.</summary>
internal static class AnsweredQuestionActivity
{
    public static Activity Create(Activity incoming, string cardActivityId, string question, string answer) => new()
    {
        Type = ActivityTypes.Message,
        Id = cardActivityId,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Summary = ReplyMapper.Summary($"{question} — answered: {answer}"),
        Attachments = [Cards.AdaptiveCardRenderer.AnsweredQuestion(question, null, answer)],
    };
}
