using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Teams.Cards;

/// <summary>
/// A reminder: each item's headline, what to do, the draft (letter or questions) in monospace so it can be copied, and
/// its buttons (Done, Snooze, Tomorrow, Next week, Drop prospect, Open deal) as command submits. A digest stacks items.
/// </summary>
internal static class NudgeCard
{
    public static JsonObject Render(NudgeReply nudge)
    {
        var body = new JsonArray();
        if (nudge.Items.Count > 1)
        {
            body.Add(CardElements.Heading(ChannelText.NudgeDigest(nudge.Items.Count), size: "large"));
        }

        var first = true;
        foreach (var item in nudge.Items)
        {
            var items = new List<JsonNode>
            {
                CardElements.Runs([CardElements.Run(CardText.Plain(item.Title), bold: true, size: "medium")]),
                CardElements.Text(item.Text, spacing: "small"),
            };
            if (item.Draft is { Length: > 0 } draft)
            {
                items.Add(CardElements.Runs([CardElements.Run(draft, monospace: true)], spacing: "small"));
            }

            foreach (var row in CardActions.Rows(item.Actions.Select(a => CardActions.Command(a.Title, a.Value)).ToList()))
            {
                items.Add(row);
            }

            body.Add(CardElements.Container(items, spacing: first ? null : "large", separator: !first));
            first = false;
        }

        var fallback = string.Join(" · ", nudge.Items.Select(i => CardText.Plain(i.Title)));
        return AdaptiveCard.Create(body, null, fallback);
    }
}
