using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Slack;

/// <summary>One call the bot made to the fake Slack: the Web API method (or "upload", "response_url"), the bearer token, and the body as JSON (forms become objects of strings).</summary>
/// <param name="Ts">For chat.postMessage, the ts the fake gave the message.</param>
public sealed record FakeSlackCall(string Method, string? Token, JsonObject Body, string? Ts, DateTimeOffset At)
{
    public string? Str(string name) => Body[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Body[name]!.GetValue<string>() : null;

    public string? Channel => Str("channel") ?? Str("channel_id");

    public JsonArray Blocks => Body["blocks"] as JsonArray ?? [];

    /// <summary>Every string in the blocks and the text, for "does this message mention X" checks.</summary>
    public string AllText => Str("text") + "\n" + TextOf(Body["blocks"]) + "\n" + TextOf(Body["view"]);

    public IReadOnlyList<JsonObject> Buttons =>
        Blocks.Where(b => b?["type"]?.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => e!.AsObject())
            .Concat(Blocks.Select(b => b?["accessory"]).OfType<JsonObject>())
            .ToList();

    private static string TextOf(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join("\n", obj.Select(p => TextOf(p.Value))),
        JsonArray array => string.Join("\n", array.Select(TextOf)),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        _ => "",
    };
}
