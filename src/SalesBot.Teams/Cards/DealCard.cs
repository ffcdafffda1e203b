using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Teams.Cards;

/// <summary>
/// The deal view: stage, status, verdict and score as facts, red flags, answers by step, touches, history, and the next step
/// with its command. Long answer lists are cut so the card stays under <see cref="CardLimits.CardBytes"/>.
/// </summary>
internal static class DealCard
{
    public static JsonObject Render(DealView deal)
    {
        var limit = Math.Min(deal.Answers.Count, CardLimits.Answers);
        var card = Render(deal, limit);
        while (!CardLimits.Fits(card) && limit > 0)
        {
            limit = Math.Max(0, limit - Math.Max(1, limit / 4));
            card = Render(deal, limit);
        }

        return card;
    }

    private static JsonObject Render(DealView deal, int answerLimit)
    {
        var body = new JsonArray
        {
            CardElements.Runs([CardElements.Run(deal.Prospect, bold: true, size: "large")]),
            CardElements.Facts(Facts(deal)),
        };
        if (deal.Judgement is { } judgement)
        {
            body.Add(CardElements.Text(judgement.Why, subtle: true, spacing: "small"));
        }

        AddAll(body, RedFlags(deal));
        AddAll(body, DealAnswers.Render(deal, answerLimit));
        AddAll(body, Touches(deal));
        AddAll(body, History(deal));
        body.Add(NextStepSection(deal.NextStep));

        var actions = new JsonArray();
        if (deal.NextStep.Command is { } command && !command.Contains('<', StringComparison.Ordinal))
        {
            actions.Add(CardActions.Command("Next: " + command, command));
        }

        actions.Add(CardActions.Command("Open pipeline", "deals"));
        return AdaptiveCard.Create(body, actions, $"{deal.Prospect}: stage {deal.Stage}. Next step: {deal.NextStep.Action}");
    }

    private static IEnumerable<(string, string)> Facts(DealView deal)
    {
        yield return ("Stage", $"{deal.Stage} ({(int)deal.Stage} of 7)");
        var status = deal.Status.ToString().ToLowerInvariant();
        yield return ("Status", deal.ClosedReason is { Length: > 0 } reason && deal.Status != DealStatus.Open ? $"{status}: {reason}" : status);
        if (deal.Judgement is { } judgement)
        {
            yield return ("Verdict", judgement.Verdict.Words());
            yield return ("Score", $"{judgement.Score} of 100 · {judgement.Answered} of {judgement.Total} answered");
        }
        else
        {
            yield return ("Verdict", "not judged yet");
        }
    }

    private static IEnumerable<JsonNode> RedFlags(DealView deal)
    {
        var flags = (deal.Judgement?.Flags ?? []).Concat(deal.OtherFlags).ToList();
        if (flags.Count == 0)
        {
            yield break;
        }

        yield return CardElements.Text($"Red flags ({flags.Count})", bold: true, color: "attention", spacing: "medium", separator: true);
        foreach (var flag in flags)
        {
            var hardStop = flag.Severity == Severity.HardStop;
            yield return CardElements.Runs(
            [
                CardElements.Run(hardStop ? "Hard stop: " : "Red flag: ", bold: true, color: hardStop ? "attention" : "warning"),
                CardElements.Run(flag.Flag + " "),
                CardElements.Run(flag.Advice, subtle: true),
            ], spacing: "small");
        }
    }

    private static IEnumerable<JsonNode> Touches(DealView deal)
    {
        if (deal.Touches.Count == 0)
        {
            yield break;
        }

        yield return CardElements.Text("Touches", bold: true, spacing: "medium", separator: true);
        yield return CardElements.Facts(deal.Touches.TakeLast(CardLimits.Touches)
            .Select(t => ($"{CardText.Date(t.At)} {t.Kind.ToString().ToLowerInvariant()}", t.Outcome)));
        if (deal.Touches.Count > CardLimits.Touches)
        {
            yield return CardElements.CommandHint($"{CardText.More(deal.Touches.Count - CardLimits.Touches)} earlier, say ", "export");
        }
    }

    private static IEnumerable<JsonNode> History(DealView deal)
    {
        if (!deal.ShowHistory || deal.History.Count == 0)
        {
            yield break;
        }

        yield return CardElements.Text("History", bold: true, spacing: "medium", separator: true);
        foreach (var entry in deal.History.TakeLast(CardLimits.HistoryEntries))
        {
            yield return CardElements.Runs(
                [CardElements.Run(CardText.Date(entry.At) + " ", subtle: true), CardElements.Run(entry.Detail), CardElements.Run($" ({entry.By})", subtle: true)],
                spacing: "small");
        }

        if (deal.History.Count > CardLimits.HistoryEntries)
        {
            yield return CardElements.CommandHint($"{CardText.More(deal.History.Count - CardLimits.HistoryEntries)} earlier, say ", "export");
        }
    }

    private static JsonObject NextStepSection(NextStep next)
    {
        var items = new List<JsonNode>
        {
            CardElements.Text("Next step", bold: true),
            CardElements.Text(next.Action, spacing: "small"),
            CardElements.Text("Why: " + next.Why, subtle: true, spacing: "small"),
        };
        if (next.Command is { } command)
        {
            items.Add(CardElements.CommandHint("Say ", command));
        }

        return CardElements.Container(items, style: "emphasis", spacing: "medium");
    }

    private static void AddAll(JsonArray body, IEnumerable<JsonNode> items)
    {
        foreach (var item in items)
        {
            body.Add(item);
        }
    }
}
