using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SalesBot.Dialogs.Engine;

/// <summary>How dialog options and state are turned into JSON and back.</summary>
internal static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(DialogJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Options);

    public static T? FromNode<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(Options);
}
