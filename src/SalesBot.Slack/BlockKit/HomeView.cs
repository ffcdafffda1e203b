using System.Globalization;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;

namespace SalesBot.Slack.BlockKit;

/// <summary>The App Home tab: what SalesBot does, a "Start coaching" button, and the user's pipeline.</summary>
internal static class HomeView
{
    public static JsonObject Build(IReadOnlyList<PipelineEntry> deals, DateTimeOffset now)
    {
        var blocks = new JsonArray
        {
            Blocks.Header("SalesBot — your pipeline"),
            Blocks.Section(
                "I coach you through a sale one question at a time and keep every answer. " +
                "Use `/salesbot qualify <prospect>` anywhere, or message me in the *Messages* tab."),
            Blocks.Actions("home_actions",
            [
                Blocks.Button(ActionIds.StartFlow, "Start coaching", "start", "primary"),
                Blocks.Button(ActionIds.RunCommand, "Help", "help"),
            ]),
            Blocks.Divider(),
        };
        if (deals.Count == 0)
        {
            blocks.Add(Blocks.Section("No deals yet. Press *Start coaching* or say `qualify Acme` to begin."));
        }
        else
        {
            foreach (var block in PipelineBlocks.Render(deals, BlockKitLimits.ViewBlocks - blocks.Count - 1))
            {
                blocks.Add(block);
            }
        }

        blocks.Add(Blocks.Context("Updated " + now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"));
        return new JsonObject { ["type"] = "home", ["callback_id"] = "salesbot_home", ["blocks"] = blocks };
    }
}
