using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Teams.Cards;

/// <summary>The parts of the deal card below its facts: red flags, touches, history and the next step.</summary>
internal static class DealSections
{
    public static IEnumerable<JsonNode> RedFlags(DealView deal)
    {
        var flags = (deal.Judgement?.Flags ?? []).Concat(deal.OtherFlags).ToList();
        if (flags.Count == 0)
        {
            yield break;
        }

        yield return CardElements.Text(ChannelText.Format("Deal.RedFlags", flags.Count), bold: true, color: "attention", spacing: "medium", separator: true);
        foreach (var flag in flags)
        {
            var severe = flag.Severity > Severity.Warning;
            yield return CardElements.Runs(
            [
                CardElements.Run(Words.Severity(flag.Severity) + ": ", bold: true, color: severe ? "attention" : "warning"),
                CardElements.Run(flag.Flag + " "),
                CardElements.Run(deal.NextStep.Action.Contains(flag.Advice, StringComparison.Ordinal) ? ChannelText.Get("Deal.SeeNextStep") : flag.Advice, subtle: true),
            ], spacing: "small");
        }
    }

    public static IEnumerable<JsonNode> Touches(DealView deal)
    {
        if (deal.Touches.Count == 0)
        {
            yield break;
        }

        yield return CardElements.Text(ChannelText.Get("Deal.Touches"), bold: true, spacing: "medium", separator: true);
        yield return CardElements.Facts(deal.Touches.TakeLast(CardLimits.Touches)
            .Select(t => ($"{CardText.Date(t.At)} {Words.Touch(t.Kind)}", t.Outcome)));
        if (deal.Touches.Count > CardLimits.Touches)
        {
            yield return CardElements.CommandHint(CardText.MoreEarlier(deal.Touches.Count - CardLimits.Touches), CardText.Command("export"));
        }
    }

    public static IEnumerable<JsonNode> History(DealView deal)
    {
        if (!deal.ShowHistory || deal.History.Count == 0)
        {
            yield break;
        }

        yield return CardElements.Text(ChannelText.Get("Deal.History"), bold: true, spacing: "medium", separator: true);
        foreach (var entry in deal.History.TakeLast(CardLimits.HistoryEntries))
        {
            yield return CardElements.Runs(
                [CardElements.Run(CardText.Date(entry.At) + " ", subtle: true), CardElements.Run(entry.Detail), CardElements.Run($" ({entry.By})", subtle: true)],
                spacing: "small");
        }

        if (deal.History.Count > CardLimits.HistoryEntries)
        {
            yield return CardElements.CommandHint(CardText.MoreEarlier(deal.History.Count - CardLimits.HistoryEntries), CardText.Command("export"));
        }
    }

    public static JsonObject NextStepSection(NextStep next)
    {
        var items = new List<JsonNode>
        {
            CardElements.Text(ChannelText.Get("Deal.NextStep"), bold: true),
            CardElements.Text(next.Action, spacing: "small"),
            CardElements.Text(ChannelText.Get("Deal.Why") + " " + next.Why, subtle: true, spacing: "small"),
        };
        if (next.Command is { } command)
        {
            items.Add(CardElements.CommandHint(ChannelText.Get("Deal.Say"), command));
        }

        return CardElements.Container(items, style: "emphasis", spacing: "medium");
    }
}
