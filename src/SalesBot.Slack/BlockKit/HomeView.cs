using System.Globalization;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.Localization;

namespace SalesBot.Slack.BlockKit;

/// <summary>The App Home tab: what SalesBot does, a "Start coaching" button, and the user's pipeline, in the current UI culture.</summary>
internal static class HomeView
{
    public static JsonObject Build(IReadOnlyList<PipelineEntry> deals, DateTimeOffset now)
    {
        var start = Strings.Get("Home.Start");
        var blocks = new JsonArray
        {
            Blocks.Header(Strings.Get("Home.Header")),
            Blocks.Section(Strings.Format("Home.Intro", $"`/salesbot {CommandWords.LocalUsage("qualify", "qualify <prospect>")}`")),
            Blocks.Actions("home_actions",
            [
                Blocks.Button(ActionIds.StartFlow, start, "start", "primary"),
                Blocks.Button(ActionIds.RunCommand, Words.Heading(CommandWords.Local("help")), "help"),
            ]),
            Blocks.Divider(),
        };
        if (deals.Count == 0)
        {
            blocks.Add(Blocks.Section(Strings.Format("Home.Empty", start, $"`{CommandWords.Local("qualify")} Acme`")));
        }
        else
        {
            foreach (var block in PipelineBlocks.Render(deals, BlockKitLimits.ViewBlocks - blocks.Count - 1))
            {
                blocks.Add(block);
            }
        }

        blocks.Add(Blocks.Context(Strings.Format("Home.Updated", now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        return new JsonObject { ["type"] = "home", ["callback_id"] = "salesbot_home", ["blocks"] = blocks };
    }
}
