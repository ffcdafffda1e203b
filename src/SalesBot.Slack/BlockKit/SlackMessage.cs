using System.Text.Json.Nodes;

namespace SalesBot.Slack.BlockKit;

/// <summary>A message ready for chat.postMessage / chat.update: the fallback <paramref name="Text"/> (notifications, screen readers) and the blocks.</summary>
/// <param name="Question">Set when the message asks a question with buttons, so the answer can update it later.</param>
internal sealed record SlackMessage(string Text, JsonArray Blocks, bool Question = false)
{
    /// <summary>Slack message metadata ({event_type, event_payload}) posted with the message; null for none.</summary>
    public JsonObject? Metadata { get; init; }

    public SlackMessage WithBlocks(JsonArray blocks) => this with { Blocks = blocks };
}
