using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Testing.Cards;

/// <summary>Reads Adaptive Cards as JSON, the way a channel receives them: the card in an activity, its elements, its words.</summary>
public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The first Adaptive Card attached to <paramref name="activity"/>, if any.</summary>
    public static JsonNode? Card(JsonNode activity) =>
        activity["attachments"]?.AsArray().FirstOrDefault(a => (string?)a?["contentType"] == ContentType)?["content"];

    /// <summary>Every object in the card, depth first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var inner in obj.SelectMany(child => Objects(child.Value)))
                {
                    yield return inner;
                }

                break;
            case JsonArray array:
                foreach (var inner in array.SelectMany(Objects))
                {
                    yield return inner;
                }

                break;
        }
    }

    /// <summary>Every element whose <c>type</c> is <paramref name="type"/>.</summary>
    public static IEnumerable<JsonObject> OfType(JsonNode? card, string type) => Objects(card).Where(o => Str(o, "type") == type);

    /// <summary>Every Action.Submit in the card, wherever it sits.</summary>
    public static IReadOnlyList<JsonObject> Submits(JsonNode? card) => [.. OfType(card, "Action.Submit")];

    /// <summary>Every input element (Input.Text, Input.Number, Input.Date, Input.ChoiceSet, ...) in the card.</summary>
    public static IReadOnlyList<JsonObject> Inputs(JsonNode? card) =>
        [.. Objects(card).Where(o => Str(o, "type").StartsWith("Input.", StringComparison.Ordinal))];

    /// <summary>The answers the card's buttons send, in order.</summary>
    public static IReadOnlyList<string> Answers(JsonNode card) => [.. Submits(card).Select(a => a["data"]!["answer"]!.GetValue<string>())];

    /// <summary>All the words the card shows (TextBlocks, TextRuns, facts, titles), one per line.</summary>
    public static string Words(JsonNode card) =>
        string.Join('\n', Objects(card).SelectMany(o => (string[])[Str(o, "text"), Str(o, "title"), Str(o, "value")]).Where(s => s.Length > 0));

    /// <summary>The card as the JSON text on the wire.</summary>
    public static string AllText(JsonNode? card) => card?.ToJsonString() ?? "";

    public static int Bytes(JsonNode card) => System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());

    private static string Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";
}
