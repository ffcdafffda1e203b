using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// The pipeline by stage: each deal with its verdict, next step and an "Open" button; when that would take more blocks
/// than there is room for, each stage becomes one text section instead.
/// </summary>
internal static class PipelineBlocks
{
    public static IReadOnlyList<JsonObject> Render(IReadOnlyList<PipelineEntry> deals, int maxBlocks)
    {
        var groups = deals.GroupBy(GroupName).ToList();
        var blocks = new List<JsonObject>();
        if (groups.Count + deals.Count <= maxBlocks)
        {
            foreach (var group in groups)
            {
                blocks.Add(Blocks.Section($"*{group.Key}* ({group.Count()})"));
                blocks.AddRange(group.Select(entry => Blocks.Section(Line(entry), OpenButton(entry))));
            }

            return blocks;
        }

        foreach (var group in groups)
        {
            var text = new StringBuilder($"*{group.Key}* ({group.Count()})");
            foreach (var entry in group)
            {
                text.Append('\n').Append(Line(entry).Replace("\n", " · ", StringComparison.Ordinal));
            }

            blocks.AddRange(TextBlocks.Sections(text.ToString()));
        }

        if (blocks.Count > maxBlocks)
        {
            blocks = blocks.Take(maxBlocks - 1).ToList();
            blocks.Add(Blocks.Section($"…and more: {deals.Count} deals in all. Say `export` for the full list."));
        }

        return blocks;
    }

    public static SlackMessage Message(IReadOnlyList<PipelineEntry> deals)
    {
        var blocks = new JsonArray { Blocks.Header("Your pipeline") };
        foreach (var block in Render(deals, BlockKitLimits.MessageBlocks - 1))
        {
            blocks.Add(block);
        }

        return new SlackMessage($"Your pipeline: {deals.Count} deal{(deals.Count == 1 ? "" : "s")}.", blocks);
    }

    private static string GroupName(PipelineEntry entry) =>
        entry.Status == DealStatus.Open ? entry.Stage.ToString() : entry.Status.ToString();

    private static string Line(PipelineEntry entry)
    {
        var line = "*" + Mrkdwn.User(entry.Prospect) + "*";
        if (entry.Verdict is { } verdict)
        {
            line += " · " + verdict.Words();
        }

        line += "\nNext: " + Mrkdwn.FromMarkdown(entry.NextStep.Action);
        if (entry.NextStep.Command is { } command)
        {
            line += " `" + Mrkdwn.Escape(command) + "`";
        }

        return line;
    }

    private static JsonObject? OpenButton(PipelineEntry entry) =>
        entry.Prospect.Length <= BlockKitLimits.ButtonValue ? Blocks.Button(ActionIds.OpenDeal, "Open", entry.Prospect) : null;
}
