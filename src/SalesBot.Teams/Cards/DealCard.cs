using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

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
            body.Add(CardElements.Text(judgement.Change is { } change ? $"{judgement.Summary} {change}" : judgement.Summary, subtle: true, spacing: "small"));
        }

        AddAll(body, DealSections.RedFlags(deal));
        AddAll(body, DealAnswers.Render(deal, answerLimit));
        AddAll(body, DealSections.Touches(deal));
        AddAll(body, DealSections.History(deal));
        body.Add(DealSections.NextStepSection(deal.NextStep));

        var actions = new JsonArray();
        if (deal.NextStep.Command is { } command && !command.Contains('<', StringComparison.Ordinal))
        {
            actions.Add(CardActions.Command(ChannelText.Format("Deal.NextButton", command), command));
        }

        actions.Add(CardActions.Command(ChannelText.Get("Pipeline.Button"), "deals"));
        return AdaptiveCard.Create(body, actions, ChannelText.Format("Deal.Fallback", deal.Prospect, Words.Link(deal.Stage), CardText.Plain(deal.NextStep.Action)));
    }

    private static IEnumerable<(string, string)> Facts(DealView deal)
    {
        yield return (ChannelText.Get("Deal.Stage"), ChannelText.Format("Deal.StageValue", Words.Link(deal.Stage), (int)deal.Stage));
        var status = Words.Status(deal.Status);
        yield return (ChannelText.Get("Deal.Status"), deal.ClosedReason is { Length: > 0 } reason && deal.Status != DealStatus.Open ? $"{status}: {reason}" : status);

        // The score stays out of the facts: the summary line under them starts with it, with the thresholds.
        yield return (ChannelText.Get("Deal.Verdict"), deal.Judgement is { } judgement ? Words.Verdict(judgement.Verdict) : ChannelText.Get("Deal.NotJudged"));
    }

    private static void AddAll(JsonArray body, IEnumerable<JsonNode> items)
    {
        foreach (var item in items)
        {
            body.Add(item);
        }
    }
}
