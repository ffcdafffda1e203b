using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Processing;

/// <summary>A message only the user sees, as the body of a slash-command acknowledgement or a response_url POST.</summary>
internal static class EphemeralResponse
{
    public static JsonObject Of(SlackMessage message)
    {
        BlockKitLimits.EnsureValid(message.Text, message.Blocks, BlockKitLimits.MessageBlocks);
        return new JsonObject
        {
            ["response_type"] = "ephemeral",
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
    }

    public static JsonObject Of(string markdown) => Of(ReplyRenderer.Text(markdown));
}
