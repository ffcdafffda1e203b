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
        Walk(card, found);
        return found;
    }

    public static string AllText(JsonNode? card) => card?.ToJsonString() ?? "";

    private static void Walk(JsonNode? node, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == "Action.Submit")
                {
                    found.Add(obj);
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, found);
                }

                break;
        }
    }
}
