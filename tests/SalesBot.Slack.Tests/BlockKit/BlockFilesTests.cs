using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Tests.BlockKit;

/// <summary>
/// Writes a sample of every kind of Block Kit payload SalesBot sends — messages ({ text, blocks }) and views (Home tab,
/// modal) — to "blocks/" in the test output folder, where tests/blocks-check/check.mjs type-checks them against Slack's
/// published TypeScript definitions (@slack/types) with tsc --strict.
/// </summary>
public sealed class BlockFilesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "blocks");

    [Fact]
    public void EverySamplePayload_IsWrittenAsJsonForTheTypeCheck()
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.GetFiles(Folder, "*.json"))
        {
            File.Delete(old);
        }

        var samples = Samples().ToList();
        foreach (var (name, payload) in samples)
        {
            File.WriteAllText(Path.Combine(Folder, name + ".json"), payload.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        Assert.Equal(samples.Count, Directory.GetFiles(Folder, "*.json").Length);
        Assert.Equal(samples.Count, samples.Select(s => s.Name).Distinct().Count());
    }

    private static IEnumerable<(string Name, JsonObject Payload)> Samples()
    {
        var yesNo = new QuestionReply(
            "Do they need what you deliver?", "Check the work is not done in-house first.", [Choice.Of("yes"), Choice.Of("no"), Choice.Of("unsure")],
            new Progress("Qualify", "Acme", 1, 10), "\"Who looks after this for you today?\"", null)
        { Kind = AnswerKind.YesNo };
        var budget = yesNo with { Text = "What budget does Acme have in mind?", Choices = [], Kind = AnswerKind.Money, Currency = "EUR", CurrentAnswer = "5000 EUR" };
        var questions = new (string, QuestionReply)[]
        {
            ("question-yes-no", yesNo),
            ("question-money", budget),
            ("question-date", yesNo with { Text = "When do they need the work finished?", Choices = [], Kind = AnswerKind.Date }),
            ("question-number", yesNo with { Text = "How many revision rounds are included?", Choices = [], Kind = AnswerKind.Number }),
            ("question-text", yesNo with { Text = "How did they get started?", Choices = [], Kind = AnswerKind.Text }),
            ("question-many-choices", yesNo with { Choices = [.. Enumerable.Range(1, 8).Select(i => Choice.Of($"option {i}"))], Kind = AnswerKind.Choice }),
            ("question-no-kind", yesNo with { Choices = [], Kind = null }),
        };
        foreach (var (name, question) in questions)
        {
            yield return (name, Message(QuestionBlocks.Render(question)));
        }

        var asked = QuestionBlocks.Render(budget);
        yield return ("question-answered", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Chosen("4500 EUR"))));
        yield return ("question-replied", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Replied("status"))));
        yield return ("question-moved-on", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.MovedOn)));
        yield return ("text", Message(ReplyRenderer.Text("**Next step:** Prepare\n- one\n- two\nSay: `prepare Acme` & <go>")));

        var deal = new DealView(
            "Acme", DealLink.Entry, DealStatus.Open, null,
            new Judgement(Verdict.Qualified, 90, 10, 10, [], [], "Score 90 on 10 of 10 answered.", "Score 90 on 10 of 10 answered.", null),
            [], [new AnswerLine("qualify", "Qualify", "need", "Do they need what you deliver?", "yes", "in-house team left", At, "Pat", 1)], [], [], false,
            new NextStep("Prepare: research the prospect", "Verdict: qualified.", "prepare Acme"));
        var index = 0;
        foreach (var message in ReplyRenderer.Render(new DealReply(deal)))
        {
            yield return ($"deal-{index++}", Message(message));
        }

        var pipeline = new PipelineReply(
        [
            new PipelineEntry("Acme", DealLink.Entry, DealStatus.Open, Verdict.Qualified, new NextStep("Prepare", "why", "prepare Acme")),
            new PipelineEntry("Globex", DealLink.Engagement, DealStatus.Lost, null, new NextStep("Nothing", "why", "reopen Globex")),
        ]);
        yield return ("pipeline", Message(Assert.Single(ReplyRenderer.Render(pipeline))));
        var nudge = new NudgeReply([new NudgeItem("Follow up with Acme", "It has been a week.", "Hi, just checking in.", [new Choice("Done", "nudge done n1"), new Choice("Tomorrow", "nudge snooze n1 tomorrow")])]);
        index = 0;
        foreach (var message in ReplyRenderer.Render(nudge))
        {
            yield return ($"nudge-{index++}", Message(message));
        }

        yield return ("view-home", HomeView.Build(pipeline.Deals, At));
        yield return ("view-home-empty", HomeView.Build([], At));
        yield return ("view-start-flow", StartFlowModal.Build(PlaybookLoader.LoadDefault()));
    }

    /// <summary>A chat.postMessage / chat.update payload: the fallback text and the blocks.</summary>
    private static JsonObject Message(SlackMessage message) => new() { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() };
}
