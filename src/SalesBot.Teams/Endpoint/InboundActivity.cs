using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>One authenticated activity on its way through the turn pipeline, with what its replies need.</summary>
/// <param name="ExpectReplies">deliveryMode "expectReplies": replies to this conversation go into the HTTP response, not through the Bot Connector.</param>
/// <param name="LinkBase">Where this request came in, for download links when no public address is configured.</param>
internal sealed record InboundActivity(Activity Activity, bool ExpectReplies, Uri? LinkBase)
{
    /// <summary>The replies for the response body (expectReplies only).</summary>
    public List<Activity> ResponseBody { get; } = [];

    /// <summary>True when replies to <paramref name="conversationId"/> go through the Bot Connector now (not in the response body).</summary>
    public bool SendsNow(string conversationId) => !ExpectReplies || conversationId != Activity.Conversation!.Id;

    /// <summary>An activity of the conversation <paramref name="conversationId"/> from this sender, for addressing replies there.</summary>
    public Activity In(string conversationId) =>
        conversationId == Activity.Conversation!.Id ? Activity : Proactive.PrivateChat.In(Activity, conversationId);
}
