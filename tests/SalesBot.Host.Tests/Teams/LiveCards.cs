namespace SalesBot.Host.Tests.Teams;

/// <summary>The question cards the fake Bot Connector saw posted and not yet updated to their answered form.</summary>
internal static class LiveCards
{
    /// <summary>
    /// The question cards still live in the conversation: posted with buttons or inputs and not updated since to a card
    /// without them. Only the current question may be live.
    /// </summary>
    public static IReadOnlyList<ConnectorCall> LiveQuestionCards(this FakeMicrosoftCloud cloud)
    {
        var calls = cloud.ConnectorCalls.ToList();
        return calls
            .Where(c => c.Method == "POST" && (string?)c.Body["inputHint"] == "expectingInput" && CardJson.Card(c.Body) is not null)
            .Where(post =>
            {
                var latest = calls.LastOrDefault(c => c.Method == "PUT" && c.Path.EndsWith($"/activities/{post.AnsweredId}", StringComparison.Ordinal))?.Body ?? post.Body;
                return CardJson.Submits(CardJson.Card(latest)).Count > 0 || CardJson.Inputs(CardJson.Card(latest)).Count > 0;
            })
            .ToList();
    }
}
