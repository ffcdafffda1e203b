using System.Text.Json;

namespace SalesBot.Slack.Endpoints;

internal static class SlackJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The parsed document when it is a JSON object; null otherwise.</summary>
    public static JsonDocument? ParseObject(ReadOnlyMemory<byte> body)
    {
        var json = Parse(body);
        if (json is { RootElement.ValueKind: JsonValueKind.Object })
        {
            return json;
        }

        json?.Dispose();
        return null;
    }

    /// <summary>The parsed document, or null when the bytes are not JSON.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
