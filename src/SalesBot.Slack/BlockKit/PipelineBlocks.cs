using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

using SalesBot.Slack.Localization;

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
            blocks.Add(Blocks.Section(Strings.Format("Pipeline.MoreAll", deals.Count, "`" + CommandWords.Local("export") + "`")));
        }

        return blocks;
    }

    public static SlackMessage Message(IReadOnlyList<PipelineEntry> deals)
    {
        var blocks = new JsonArray { Blocks.Header(ChannelText.Get("Pipeline.Title")) };
        foreach (var block in Render(deals, BlockKitLimits.MessageBlocks - 1))
        {
            blocks.Add(block);
        }

        return new SlackMessage($"{ChannelText.Get("Pipeline.Title")}: {ChannelText.Format("Pipeline.Count", deals.Count)}.", blocks);
    }

    private static string GroupName(PipelineEntry entry) =>
        entry.Status == DealStatus.Open ? Words.Link(entry.Stage) : Words.Heading(Words.Status(entry.Status));

    private static string Line(PipelineEntry entry)
    {
        var line = "*" + Mrkdwn.User(entry.Prospect) + "*";
        if (entry.Verdict is { } verdict)
        {
            line += " · " + Words.Verdict(verdict);
        }

        line += "\n" + ChannelText.Format("Deal.NextButton", Mrkdwn.FromMarkdown(entry.NextStep.Action));
        if (entry.NextStep.Command is { } command)
        {
            line += " `" + Mrkdwn.Escape(command) + "`";
        }

        return line;
    }

    private static JsonObject? OpenButton(PipelineEntry entry) =>
        entry.Prospect.Length <= BlockKitLimits.ButtonValue ? Blocks.Button(ActionIds.OpenDeal, ChannelText.Get("Pipeline.Open"), entry.Prospect) : null;
}
