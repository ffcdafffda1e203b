using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Slack.Tests.BlockKit;

/// <summary>Every string in a Block Kit payload, unescaped, joined by newlines — what a reader of the message sees (and more).</summary>
internal static class BlockText
{
    public static string Of(JsonNode? node)
    {
        var texts = new List<string>();
        Collect(node, texts);
        return string.Join('\n', texts);
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, texts);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                texts.Add(value.GetValue<string>());
                break;
        }
    }
}
