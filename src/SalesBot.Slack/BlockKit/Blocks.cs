using System.Text.Json.Nodes;

namespace SalesBot.Slack.BlockKit;

/// <summary>Builders for the Block Kit blocks and elements SalesBot uses, with the reference's limits applied.</summary>
internal static class Blocks
{
    public static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = Mrkdwn.Truncate(text, max),
        ["emoji"] = true,
    };

    public static JsonObject MrkdwnText(string mrkdwn) => new() { ["type"] = "mrkdwn", ["text"] = mrkdwn };

    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(text, BlockKitLimits.HeaderText),
    };

    public static JsonObject Section(string mrkdwn, JsonObject? accessory = null)
    {
        var section = new JsonObject
        {
            ["type"] = "section",
            ["text"] = MrkdwnText(Mrkdwn.Truncate(mrkdwn, BlockKitLimits.SectionText)),
        };
        if (accessory is not null)
        {
            section["accessory"] = accessory;
        }

        return section;
    }

    public static JsonObject Context(params string[] mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(mrkdwn.Take(BlockKitLimits.ContextElements)
            .Select(text => (JsonNode)MrkdwnText(Mrkdwn.Truncate(text, BlockKitLimits.SectionText))).ToArray()),
    };

    /// <summary>A context block with a block_id, so the block can be found again in the message (e.g. to drop it).</summary>
    public static JsonObject ContextWithId(string blockId, string mrkdwn)
    {
        var block = Context(mrkdwn);
        block["block_id"] = blockId;
        return block;
    }

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(string blockId, IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray(elements.Select(e => (JsonNode)e).ToArray()),
    };

    /// <summary>A button; its text is cut to 75 characters, its value (what a click sends) is kept whole.</summary>
    public static JsonObject Button(string actionId, string text, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = PlainText(text, BlockKitLimits.ButtonText),
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }
}
