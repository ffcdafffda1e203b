using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;

namespace SalesBot.Teams.Cards;

/// <summary>The pipeline: deals grouped by stage (closed ones by status), each with its verdict, next step and a button that opens it.</summary>
internal static class PipelineCard
{
    public static JsonObject Render(IReadOnlyList<PipelineEntry> deals)
    {
        var limit = Math.Min(deals.Count, CardLimits.PipelineDeals);
        var card = Render(deals, limit);
        while (!CardLimits.Fits(card) && limit > 0)
        {
            limit = Math.Max(0, limit - Math.Max(1, limit / 4));
            card = Render(deals, limit);
        }

        return card;
    }

    /// <summary>The words a deal's button sends: "deal Acme", or "deal \"Acme Corp\"" for names with spaces.</summary>
    public static string OpenCommand(string prospect) => $"deal {NextStepAdvisor.Quote(prospect)}";

    private static JsonObject Render(IReadOnlyList<PipelineEntry> deals, int limit)
    {
        var body = new JsonArray
        {
            CardElements.Heading("Your pipeline", size: "large"),
            CardElements.Text(deals.Count == 1 ? "1 deal" : $"{deals.Count} deals", subtle: true, spacing: "none"),
        };
        if (deals.Count == 0)
        {
            body.Add(CardElements.CommandHint("No deals yet. Start with ", "qualify <prospect>", spacing: "medium"));
            return AdaptiveCard.Create(body, [CardActions.Command("Help", "help")], "Your pipeline: no deals yet.");
        }

        foreach (var group in deals.Take(limit).GroupBy(Group))
        {
            body.Add(CardElements.Text(group.Key, bold: true, spacing: "medium", separator: true));
            foreach (var entry in group)
            {
                body.Add(Row(entry));
            }
        }

        if (deals.Count > limit)
        {
            body.Add(CardElements.CommandHint($"{CardText.More(deals.Count - limit)}: open one with deal <prospect>, or say ", "export", spacing: "medium"));
        }

        return AdaptiveCard.Create(body, actions: null, $"Your pipeline: {deals.Count} deals.");
    }

    private static string Group(PipelineEntry entry) => entry.Status == DealStatus.Open ? entry.Stage.ToString() : entry.Status.ToString();

    private static JsonObject Row(PipelineEntry entry)
    {
        var title = new List<JsonObject> { CardElements.Run(entry.Prospect, bold: true) };
        if (entry.Verdict is { } verdict)
        {
            title.Add(CardElements.Run(" · " + verdict.Words(), color: Color(verdict)));
        }

        var text = CardElements.Column(
            [CardElements.Runs(title), CardElements.Text(entry.NextStep.Action, subtle: true, size: "small", spacing: "none")],
            "stretch");
        var button = CardElements.Column(
            [CardElements.ActionSet([CardActions.Command("Open", OpenCommand(entry.Prospect))])],
            "auto",
            verticalContentAlignment: "center");
        return CardElements.Columns([text, button], spacing: "small");
    }

    private static string Color(Verdict verdict) => verdict switch
    {
        Verdict.Qualified => "good",
        Verdict.NeedsWork => "warning",
        _ => "attention",
    };
}
