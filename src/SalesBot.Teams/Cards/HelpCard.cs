using System.Text.Json.Nodes;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;
using SalesBot.Teams.Localization;

namespace SalesBot.Teams.Cards;

/// <summary>The commands, each with its usage in monospace and what it does.</summary>
internal static class HelpCard
{
    public static JsonObject Render(IEnumerable<(string Usage, string Summary)> commands)
    {
        var body = new JsonArray
        {
            CardElements.Heading(Strings.Get("Help.Title"), size: "large"),
            CardElements.Text(Strings.Get("Help.Intro"), subtle: true, spacing: "none"),
        };
        foreach (var (usage, summary) in commands)
        {
            body.Add(CardElements.Container(
                [CardElements.Runs([CardElements.Run(usage, bold: true, monospace: true)]), CardElements.Text(summary, subtle: true, spacing: "none")],
                spacing: "small"));
        }

        body.Add(CardElements.Text(Strings.Format("Help.WhileAnswering", ChannelText.WhileAnswering(word => word)), subtle: true, spacing: "medium", separator: true));
        return AdaptiveCard.Create(
            body,
            [CardActions.Command(Strings.Get("Help.MyDeals"), "deals")],
            Strings.Format("Help.Fallback", CardText.Command("help <command>")));
    }
}
