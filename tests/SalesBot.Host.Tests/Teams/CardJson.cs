using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Teams;

/// <summary>Reads the Adaptive Cards inside activities the fake Bot Connector received.</summary>
internal static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonNode? Card(JsonNode activity) =>
        activity["attachments"]?.AsArray().FirstOrDefault(a => (string?)a?["contentType"] == ContentType)?["content"];

    /// <summary>Every Action.Submit in the card, wherever it sits.</summary>
    public static IReadOnlyList<JsonObject> Submits(JsonNode? card)
    {
        var found = new List<JsonObject>();
        Walk(card, found, type => type == "Action.Submit");
        return found;
    }

    public static string AllText(JsonNode? card) => card?.ToJsonString() ?? "";

    /// <summary>Every input element (Input.Text, Input.Number, Input.Date, Input.ChoiceSet, ...) in the card.</summary>
    public static IReadOnlyList<JsonObject> Inputs(JsonNode? card)
    {
        var found = new List<JsonObject>();
        Walk(card, found, type => type.StartsWith("Input.", StringComparison.Ordinal));
        return found;
    }

    /// <summary>
    /// The question cards still live in the conversation: posted with buttons or inputs and not updated since to a card
    /// without them. Only the current question may be live.
    /// </summary>
    public static IReadOnlyList<ConnectorCall> LiveQuestionCards(FakeMicrosoftCloud cloud)
    {
        var calls = cloud.ConnectorCalls.ToList();
        return calls
            .Where(c => c.Method == "POST" && (string?)c.Body["inputHint"] == "expectingInput" && Card(c.Body) is not null)
            .Where(post =>
            {
                var latest = calls.LastOrDefault(c => c.Method == "PUT" && c.Path.EndsWith($"/activities/{post.AnsweredId}", StringComparison.Ordinal))?.Body ?? post.Body;
                return Submits(Card(latest)).Count > 0 || Inputs(Card(latest)).Count > 0;
            })
            .ToList();
    }

    private static void Walk(JsonNode? node, List<JsonObject> found, Func<string, bool> wanted)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && wanted(name))
                {
                    found.Add(obj);
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, found, wanted);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, found, wanted);
                }

                break;
        }
    }
}
