using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Teams.Cards;

/// <summary>The answers of a deal card, grouped by step, each with its note and date; cut after a limit with a line saying how to see the rest.</summary>
internal static class DealAnswers
{
    public static IEnumerable<JsonNode> Render(DealView deal, int limit)
    {
        yield return CardElements.Text(ChannelText.Get(deal.ShowHistory ? "Deal.EveryVersion" : "Deal.Answers"), bold: true, spacing: "medium", separator: true);
        if (deal.Answers.Count == 0)
        {
            yield return CardElements.Text(ChannelText.Get("Deal.NoAnswers"), subtle: true, spacing: "small");
            yield break;
        }

        foreach (var group in deal.Answers.Take(limit).GroupBy(a => a.StepTitle))
        {
            yield return CardElements.Text(group.Key, bold: true, subtle: true, spacing: "medium");
            foreach (var answer in group)
            {
                yield return Line(answer, deal.ShowHistory);
            }
        }

        var hidden = deal.Answers.Count - limit;
        if (hidden > 0)
        {
            var name = NextStepAdvisor.Quote(deal.Prospect);
            yield return deal.ShowHistory
                ? CardElements.CommandHint(CardText.MoreSay(hidden), CardText.Command("export"))
                : CardElements.CommandHint(CardText.MoreSay(hidden), CardText.Command($"deal {name} history"));
        }
    }

    private static JsonObject Line(AnswerLine answer, bool showVersion)
    {
        var runs = new List<JsonObject> { CardElements.Run(answer.Question + " "), CardElements.Run(answer.Value, bold: true) };
        if (answer.Note is { Length: > 0 } note)
        {
            runs.Add(CardElements.Run($" ({note})"));
        }

        var meta = " · " + CardText.Date(answer.RecordedAt) + (showVersion ? " · " + ChannelText.Format("Deal.VersionBy", answer.Version, answer.RecordedBy) : "");
        runs.Add(CardElements.Run(meta, subtle: true));
        return CardElements.Runs(runs, spacing: "small");
    }
}
