using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

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
            CardElements.Heading(ChannelText.Get("Pipeline.Title"), size: "large"),
            CardElements.Text(ChannelText.Format("Pipeline.Count", deals.Count), subtle: true, spacing: "none"),
        };
        if (deals.Count == 0)
        {
            body.Add(CardElements.CommandHint(ChannelText.Get("Pipeline.Empty"), CardText.Command("qualify <prospect>"), spacing: "medium"));
            return AdaptiveCard.Create(body, [CardActions.Command(Words.Heading(CommandWords.Local("help")), "help")], Fallback(deals.Count));
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
            body.Add(CardElements.CommandHint(ChannelText.Format("Pipeline.More", deals.Count - limit, CardText.Command("deal <prospect>")), CardText.Command("export"), spacing: "medium"));
        }

        return AdaptiveCard.Create(body, actions: null, Fallback(deals.Count));
    }

    private static string Fallback(int count) => $"{ChannelText.Get("Pipeline.Title")}: {ChannelText.Format("Pipeline.Count", count)}.";

    private static string Group(PipelineEntry entry) => entry.Status == DealStatus.Open ? Words.Link(entry.Stage) : Words.Heading(Words.Status(entry.Status));

    private static JsonObject Row(PipelineEntry entry)
    {
        var title = new List<JsonObject> { CardElements.Run(entry.Prospect, bold: true) };
        if (entry.Verdict is { } verdict)
        {
            title.Add(CardElements.Run(" · " + Words.Verdict(verdict), color: Color(verdict)));
        }

        var text = CardElements.Column(
            [CardElements.Runs(title), CardElements.Text(entry.NextStep.Action, subtle: true, size: "small", spacing: "none")],
            "stretch");
        var button = CardElements.Column(
            [CardElements.ActionSet([CardActions.Command(ChannelText.Get("Pipeline.Open"), OpenCommand(entry.Prospect))])],
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
