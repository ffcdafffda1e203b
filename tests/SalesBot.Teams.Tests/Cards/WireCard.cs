using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>A card the way Teams receives it: the attachment serialized on the wire, then parsed back.</summary>
internal static class WireCard
{
    public static JsonObject Content(Attachment attachment)
    {
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        var wire = JsonNode.Parse(JsonSerializer.Serialize(attachment, BotJson.Options))!.AsObject();
        return wire["content"]!.AsObject();
    }
}
