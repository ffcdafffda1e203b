using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>Replies as the engine produces them, for the card tests and the schema check.</summary>
internal static class CardSamples
{
    public static readonly DateTimeOffset At = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static QuestionReply YesNoQuestion => new(
        "Are you confident they can pay for it?",
        "Ask peers who worked with them.",
        [Choice.Of("yes"), Choice.Of("no"), Choice.Of("unsure")],
        new Progress("Qualify", "Acme", 3, 10),
        "\"Who else have you worked with on this?\"",
        null);

    public static QuestionReply FreeTextQuestion => new(
        "What budget does Acme have in mind?", null, [], new Progress("Qualify", "Acme", 5, 10), null, "5k");

    public static QuestionReply MoneyQuestion => new(
        "What budget does Acme have in mind?", "Throw out a number.", [], new Progress("Qualify", "Acme", 5, 10), null, null)
    {
        Kind = AnswerKind.Money,
        Currency = "EUR",
    };

    public static QuestionReply DateQuestion => new(
        "When do they need the work finished?", null, [], new Progress("Qualify", "Acme", 6, 10), null, null)
    {
        Kind = AnswerKind.Date,
    };

    public static QuestionReply NumberQuestion => new(
        "How many people work there?", null, [], new Progress("Needs", "Acme", 2, 8), null, null)
    {
        Kind = AnswerKind.Number,
    };

    public static QuestionReply TextQuestion => new(
        "How did they get started in this industry?", null, [], new Progress("Needs", "Acme", 1, 8), null, null)
    {
        Kind = AnswerKind.Text,
    };

    public static QuestionReply ManyChoicesQuestion => YesNoQuestion with
    {
        Choices = [.. Enumerable.Range(1, 7).Select(i => Choice.Of($"option {i}"))],
        Progress = new Progress("Needs", "Acme Corp", 10, 10),
    };

    public static DealView Deal(int answers = 6, bool showHistory = false, string prospect = "Acme Corp") => new(
        prospect,
        DealLink.Alignment,
        DealStatus.Open,
        null,
        new Judgement(
            Verdict.NeedsWork,
            67,
            8,
            10,
            [new ScoreLine("qualify", "need", "Do they need what you deliver?", 12, 1, true)],
            [new RedFlag("qualify", "deadline", "rush", Severity.Warning, "The deadline makes this a rush job.", "Negotiate a realistic date or consider passing.")],
            "Score 67 on 8 of 10 answered (qualified at 75, walk away below 40); 1 red flag to watch.",
            "Score 67 on 8 of 10 answered (qualified at 75, walk away below 40); 1 red flag to watch.",
            "Qualified at a score of 75: resolve the red flags, or update answers as you learn more."),
        [new RedFlag("needs", "budget", "no-budget", Severity.HardStop, "They have no budget.", "Walk away politely.")],
        [.. Enumerable.Range(1, answers).Select(Answer)],
        [new Touch("d1", TouchKind.Call, "no answer", At, "Pat"), new Touch("d1", TouchKind.Meeting, "went well", At.AddDays(2), "Pat")],
        [new DealEvent("d1", "stage", "Moved to alignment", At, "Pat")],
        showHistory,
        new NextStep("Finish Qualify for Acme Corp: 8 of 10 questions answered.", "Decide whether this prospect deserves your time.", "qualify \"Acme Corp\""));

    /// <summary>Every question of the default playbook answered, each with a note.</summary>
    public static DealView FullPlaybookDeal()
    {
        var playbook = PlaybookLoader.LoadDefault();
        var answers = playbook.Steps
            .SelectMany(step => step.Questions.Select(q => new AnswerLine(
                step.Id, step.Title, q.Id, q.Text.Replace("{prospect}", "Acme Corp", StringComparison.Ordinal), "yes",
                FullPlaybookNote, At, "Pat Seller", 1)))
            .ToList();
        return Deal() with { Answers = answers };
    }

    public const string FullPlaybookNote = "they confirmed it on the second call with the owner";

    public static IReadOnlyList<PipelineEntry> Pipeline(int count = 3)
    {
        var named = new List<PipelineEntry>
        {
            new("Acme Corp", DealLink.Engagement, DealStatus.Open, Verdict.Qualified, new NextStep("Prepare for the meeting.", "why", "prepare \"Acme Corp\"")),
            new("Globex", DealLink.Engagement, DealStatus.Open, Verdict.NeedsWork, new NextStep("Answer the open questions.", "why", "qualify Globex")),
            new("Initech", DealLink.Closing, DealStatus.Lost, null, new NextStep("Nothing to do: the deal is lost.", "why", "reopen Initech")),
        };
        var more = Enumerable.Range(named.Count + 1, Math.Max(0, count - named.Count)).Select(i => new PipelineEntry(
            $"Prospect number {i} with a fairly long company name Ltd",
            (DealLink)(1 + (i % 7)),
            DealStatus.Open,
            Verdict.WalkAway,
            new NextStep($"Walk away from prospect {i}: drop the deal and spend the time on a better prospect.", "why", $"drop \"Prospect {i}\" <reason>")));
        return [.. named.Take(count), .. more];
    }

    public static IReadOnlyList<(string, string)> Commands =>
    [
        ("help [command]", "What I can do."),
        ("qualify <prospect>", "The ten qualification questions, then the verdict."),
        ("deal <prospect> [history]", "Stage, every answer, verdict, red flags, next step."),
        ("deals", "Your deals by stage, each with its next step."),
    ];

    /// <summary>Every card the tests produce, by file name, for the schema check.</summary>
    public static IEnumerable<(string Name, Schema.Attachment Card)> All()
    {
        yield return ("question-yes-no", Card(YesNoQuestion));
        yield return ("question-free-text-recorded", Card(FreeTextQuestion));
        yield return ("question-many-choices", Card(ManyChoicesQuestion with { Kind = AnswerKind.Choice }));
        yield return ("question-money", Card(MoneyQuestion));
        yield return ("question-date", Card(DateQuestion));
        yield return ("question-number", Card(NumberQuestion));
        yield return ("question-text", Card(TextQuestion));
        yield return ("question-yes-no-kind", Card(YesNoQuestion with { Kind = AnswerKind.YesNo }));
        yield return ("question-answered", Teams.Cards.AdaptiveCardRenderer.AnsweredQuestion("Are you confident they can pay for it?", "Question 3 of 10 · Qualify · Acme", "yes"));
        yield return ("question-replied", Teams.Cards.AdaptiveCardRenderer.AnsweredQuestion("What budget does Acme have in mind?", "Question 5 of 10 · Qualify · Acme", "status", Teams.Cards.CardOutcome.Replied));
        yield return ("question-moved-on", Teams.Cards.AdaptiveCardRenderer.AnsweredQuestion("What budget does Acme have in mind?", null, "deals", Teams.Cards.CardOutcome.MovedOn));
        yield return ("deal", Card(new DealReply(Deal())));
        yield return ("deal-empty", Card(new DealReply(Deal(answers: 0) with { Judgement = null, OtherFlags = [], Touches = [], History = [] })));
        yield return ("deal-truncated", Card(new DealReply(Deal(answers: 400))));
        yield return ("deal-full-playbook", Card(new DealReply(FullPlaybookDeal())));
        yield return ("deal-history", Card(new DealReply(Deal(answers: 80, showHistory: true))));
        yield return ("pipeline", Card(new PipelineReply(Pipeline())));
        yield return ("pipeline-empty", Card(new PipelineReply([])));
        yield return ("pipeline-long", Card(new PipelineReply(Pipeline(120))));
        yield return ("help", Teams.Cards.AdaptiveCardRenderer.Help(Commands));
        yield return ("welcome", Teams.Cards.AdaptiveCardRenderer.Welcome());
        yield return ("nudge", Card(new NudgeReply([Nudge("Call Acme Corp again (call 2 of 3)", null)])));
        yield return ("nudge-digest", Card(new NudgeReply(
            [Nudge("Send Acme Corp the personal letter", "**Personal** — for Acme Corp\n\nHello Acme Corp,\n\nI tried to reach you...\n\nAll the best,\nPat"), Nudge("Globex has gone quiet", null)])));
    }

    private static NudgeItem Nudge(string title, string? draft) => new(
        title,
        "Your last call got no real answer. Call again and propose the next step. Tap **Done** when you've called.",
        draft,
        [
            new Choice("Done (no answer)", "nudge done d1.call2.1"), new Choice("Snooze 1 hour", "nudge snooze d1.call2.1 hour"),
            new Choice("Tomorrow", "nudge snooze d1.call2.1 tomorrow"), new Choice("Next week", "nudge snooze d1.call2.1 week"),
            new Choice("Drop prospect", "nudge drop d1.call2.1"), new Choice("Open deal", "deal \"Acme Corp\""),
        ]);

    private static Schema.Attachment Card(Reply reply) => Teams.Cards.AdaptiveCardRenderer.ToAttachment(reply)!;

    private static AnswerLine Answer(int i)
    {
        var step = i <= 10 ? "Qualify" : i <= 17 ? "Needs analysis" : "Finalization";
        return new AnswerLine(
            step.ToLowerInvariant(),
            step,
            $"q{i}",
            $"Question number {i}: is this something a realistic prospect would be asked about?",
            i % 3 == 0 ? "unsure" : "yes",
            i % 2 == 0 ? $"note {i}: they said they would check with the owner" : null,
            At.AddDays(i),
            "Pat Seller",
            1 + (i % 2));
    }
}
