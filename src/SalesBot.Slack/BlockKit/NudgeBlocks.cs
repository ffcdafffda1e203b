using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Slack.BlockKit;

/// <summary>A reminder as Block Kit: headline, what to do, the draft in a code block, and its buttons (each runs a command as the clicking user).</summary>
internal static class NudgeBlocks
{
    public static SlackMessage Render(NudgeReply nudge)
    {
        var blocks = new JsonArray();
        if (nudge.Items.Count > 1)
        {
            blocks.Add(Blocks.Header(ChannelText.NudgeDigest(nudge.Items.Count)));
        }

        for (var n = 0; n < nudge.Items.Count; n++)
        {
            var item = nudge.Items[n];
            if (n > 0)
            {
                blocks.Add(Blocks.Divider());
            }

            blocks.Add(Blocks.Section($"*{Mrkdwn.FromMarkdown(item.Title)}*\n{Mrkdwn.FromMarkdown(item.Text)}"));
            if (item.Draft is { Length: > 0 } draft)
            {
                blocks.Add(Blocks.Section($"```{Mrkdwn.Truncate(Mrkdwn.Escape(draft), BlockKitLimits.SectionText - 10)}```"));
            }

            var buttons = item.Actions
                .Where(a => a.Value.Length <= BlockKitLimits.ButtonValue)
                .Select((a, i) => Blocks.Button(ActionIds.RunCommandPrefix + i, a.Title, a.Value, i == 0 ? "primary" : null));
            blocks.Add(Blocks.Actions($"nudge_{n}", buttons));
        }

        var text = string.Join(" · ", nudge.Items.Select(i => Mrkdwn.Escape(Core.Conversations.UserText.Plain(i.Title))));
        return new SlackMessage(text, blocks);
    }
}
