using System.Text.Json;

namespace SalesBot.Slack.Endpoints;

internal static class SlackJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

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
