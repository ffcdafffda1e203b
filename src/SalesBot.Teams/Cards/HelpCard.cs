using System.Text.Json.Nodes;

namespace SalesBot.Teams.Cards;

/// <summary>The commands, each with its usage in monospace and what it does.</summary>
internal static class HelpCard
{
    public static JsonObject Render(IEnumerable<(string Usage, string Summary)> commands)
    {
        var body = new JsonArray
        {
            CardElements.Heading("What SalesBot can do", size: "large"),
            CardElements.Text("I coach you through a sale, one question at a time, and keep every answer.", subtle: true, spacing: "none"),
        };
        foreach (var (usage, summary) in commands)
        {
            body.Add(CardElements.Container(
                [CardElements.Runs([CardElements.Run(usage, bold: true, monospace: true)]), CardElements.Text(summary, subtle: true, spacing: "none")],
                spacing: "small"));
        }

        body.Add(CardElements.Text("While answering: back, skip, status, help, cancel.", subtle: true, spacing: "medium", separator: true));
        return AdaptiveCard.Create(
            body,
            [CardActions.Command("My deals", "deals")],
            "SalesBot commands: say help <command> for one of them.");
    }
}
