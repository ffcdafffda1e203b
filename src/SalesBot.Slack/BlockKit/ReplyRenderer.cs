using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.Localization;

namespace SalesBot.Slack.BlockKit;

/// <summary>Renders a channel-neutral reply as one or more Slack messages, each within the Block Kit limits.</summary>
internal static class ReplyRenderer
{
    /// <summary>The reply's messages, written in its language (see <see cref="Reply.Language"/>).</summary>
    public static IReadOnlyList<SlackMessage> Render(Reply reply)
    {
        using var culture = BotCulture.Use(reply.Language);
        var message = reply switch
        {
            QuestionReply question => QuestionBlocks.Render(question),
            DealReply deal => DealBlocks.Render(deal.Deal),
            PipelineReply pipeline => PipelineBlocks.Message(pipeline.Deals),
            TextReply text => Text(text.Text),
            FileReply file => Text(Strings.Format("Message.File", file.FileName)),
            ShareReply share => Text(share.Text),
            NudgeReply nudge => NudgeBlocks.Render(nudge),
            _ => Text(reply.ToString() ?? ""),
        };
        return Split(message);
    }

    public static SlackMessage Text(string markdown)
    {
        var blocks = new JsonArray();
        foreach (var section in TextBlocks.Sections(Mrkdwn.FromMarkdown(markdown)))
        {
            blocks.Add(section);
        }

        if (blocks.Count == 0)
        {
            blocks.Add(Blocks.Section("…"));
        }

        return new SlackMessage(Mrkdwn.Truncate(Mrkdwn.Escape(Mrkdwn.Plain(markdown)), 3000) is { Length: > 0 } text ? text : "…", blocks);
    }

    /// <summary>A message of more than 50 blocks becomes several, in order; only the last keeps the question flag.</summary>
    public static IReadOnlyList<SlackMessage> Split(SlackMessage message)
    {
        if (message.Blocks.Count <= BlockKitLimits.MessageBlocks)
        {
            return [message];
        }

        var parts = new List<SlackMessage>();
        var all = message.Blocks.Select(b => b!.DeepClone()).ToList();
        for (var start = 0; start < all.Count; start += BlockKitLimits.MessageBlocks)
        {
            var blocks = new JsonArray(all.Skip(start).Take(BlockKitLimits.MessageBlocks).ToArray());
            var last = start + BlockKitLimits.MessageBlocks >= all.Count;
            parts.Add(new SlackMessage(start == 0 ? message.Text : message.Text + Strings.Get("Message.Continued"), blocks, last && message.Question));
        }

        return parts;
    }
}
