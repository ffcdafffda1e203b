using System.Text.Json;

namespace SalesBot.Slack;

/// <summary>Reads optional fields of Slack payloads without throwing on missing or mistyped ones.</summary>
internal static class JsonFields
{
    public static JsonElement? Get(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    public static string? Str(JsonElement element, params string[] path) =>
        Get(element, path) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    public static bool True(JsonElement element, params string[] path) =>
        Get(element, path) is { } value && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"));

    public static JsonElement? Array(JsonElement element, params string[] path) =>
        Get(element, path) is { ValueKind: JsonValueKind.Array } value ? value : null;
}
