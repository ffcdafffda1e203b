using System.Text.Json.Nodes;

namespace SalesBot.Slack.Processing;

/// <summary>The message whose answer button was pressed, as the interaction payload carried it.</summary>
internal sealed record ClickedMessage(string Channel, string Ts, JsonArray Blocks, string Text);
