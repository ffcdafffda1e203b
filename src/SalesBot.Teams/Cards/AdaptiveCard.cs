using System.Text.Json.Nodes;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Cards;

/// <summary>The Adaptive Card envelope: schema, type and version 1.5, the body, the actions, and a text for clients that cannot render cards.</summary>
internal static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string Version = "1.5";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Create(JsonArray body, JsonArray? actions, string fallbackText)
    {
        var card = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = CardText.Truncate(fallbackText, CardLimits.FallbackText),
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static Attachment ToAttachment(JsonObject card) => new() { ContentType = ContentType, Content = card };
}
