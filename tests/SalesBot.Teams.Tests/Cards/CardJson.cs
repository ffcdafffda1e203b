using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>Reads a card the way Teams receives it: the attachment serialized on the wire, then parsed back.</summary>
internal static class CardJson
{
    public static JsonObject Content(Attachment attachment)
    {
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        var wire = JsonNode.Parse(JsonSerializer.Serialize(attachment, BotJson.Options))!.AsObject();
        return wire["content"]!.AsObject();
    }

    /// <summary>Every object in the card, depth first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => o["type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == type);

    public static List<JsonObject> Submits(JsonNode card) => [.. OfType(card, "Action.Submit")];

    /// <summary>The answers the card's buttons send, in order.</summary>
    public static List<string> Answers(JsonNode card) => [.. Submits(card).Select(a => a["data"]!["answer"]!.GetValue<string>())];

    /// <summary>All the words the card shows (TextBlocks, TextRuns, facts), one per line.</summary>
    public static string Words(JsonNode card) => string.Join('\n', Objects(card).SelectMany(o => (string[])[Str(o, "text"), Str(o, "title"), Str(o, "value")]).Where(s => s.Length > 0));

    public static int Bytes(JsonNode card) => System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());

    private static string Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";
}
