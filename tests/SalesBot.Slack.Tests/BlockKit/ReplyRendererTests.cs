using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;
using SalesBot.Slack.BlockKit;
using static SalesBot.Slack.Tests.BlockKit.QuestionBlocksTests;

namespace SalesBot.Slack.Tests.BlockKit;

public sealed class ReplyRendererTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void LightMarkdown_BecomesMrkdwn_BoldListsAndCode()
    {
        var message = Assert.Single(ReplyRenderer.Render(new TextReply("**Next step:** Prepare\n- one\n- two\nSay: `prepare Acme`")));

        Assert.Equal("*Next step:* Prepare\n• one\n• two\nSay: `prepare Acme`", message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("Next step: Prepare\n- one\n- two\nSay: prepare Acme", message.Text);
    }

    [Fact]
    public void AnEscapedProspectName_FormsNoMrkdwn_AndReadsAsTypedInThePlainText()
    {
        var name = "*Evil* _x_ ~y~ `z` <!channel> [a](http://evil.example)";
        var message = Assert.Single(ReplyRenderer.Render(new TextReply($"New deal: **{SalesBot.Dialogs.Rendering.Markdown.Escape(name)}**.")));

        var mrkdwn = message.Blocks[0]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal(
            "New deal: *\u200B*\u200BEvil\u200B*\u200B \u200B_\u200Bx\u200B_\u200B \u200B~\u200By\u200B~\u200B \u200B`\u200Bz\u200B`\u200B &lt;!channel&gt; [a](http://evil.example)*.",
            mrkdwn);
        Assert.DoesNotContain("\\", mrkdwn, StringComparison.Ordinal);
        // The fallback text is plain: the name as typed, with only Slack's three control characters escaped.
        Assert.Equal("New deal: *Evil* _x_ ~y~ `z` &lt;!channel&gt; [a](http://evil.example).", message.Text);
    }

    [Fact]
    public void VeryLongText_IsSplitIntoSectionsOfAtMost3000Characters_KeepingEveryLine()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"line {i:D3} " + new string('x', 40)).ToList();

        var messages = ReplyRenderer.Render(new TextReply(string.Join('\n', lines)));

        var sections = messages.SelectMany(m => m.Blocks).Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.True(sections.Count > 5);
        Assert.All(sections, s => Assert.InRange(s.Length, 1, 3000));
        Assert.Equal(lines, sections.SelectMany(s => s.Split('\n')));
        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Problems(m.Text, m.Blocks, BlockKitLimits.MessageBlocks)));
    }

    [Fact]
    public void DealWithHundredsOfAnswerVersions_BecomesSeveralMessages_EachWithinTheLimits()
    {
        var answers = Enumerable.Range(1, 600)
            .Select(i => new AnswerLine("qualify", "Qualify", $"q{i}", $"Question number {i} about the deal?", "yes", "a note", At, "Pat", 1))
            .ToList();
        var deal = Deal(answers) with { ShowHistory = true };

        var messages = ReplyRenderer.Render(new DealReply(deal));

        Assert.True(messages.Count >= 1);
        var text = string.Join('\n', messages.SelectMany(m => m.Blocks).Where(b => Type(b) == "section").Select(b => b!["text"]!["text"]!.GetValue<string>()));
        Assert.Contains("Question number 1 about", text, StringComparison.Ordinal);
        Assert.Contains("Question number 600 about", text, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Problems(m.Text, m.Blocks, BlockKitLimits.MessageBlocks)));
    }

    [Fact]
    public void Deal_HasHeaderStageVerdictAnswersAndNextStep_WithAButtonThatRunsTheNextCommand()
    {
        var message = Assert.Single(ReplyRenderer.Render(new DealReply(Deal(
            [new AnswerLine("qualify", "Qualify", "need", "Do they need what you deliver?", "yes", "in-house team left", At, "Pat", 1)]))));

        Assert.Equal("header", Type(message.Blocks[0]));
        Assert.Equal("Acme", message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("Stage *Entry* (2 of 7)", ContextText(message.Blocks[1]));
        var text = BlockText.Of(message.Blocks);
        Assert.Contains("Verdict: *qualified*", text, StringComparison.Ordinal);
        Assert.Contains("Do they need what you deliver? *yes* (in-house team left) · 2026-11-23", text, StringComparison.Ordinal);
        var next = message.Blocks.Single(b => Type(b) == "actions")!["elements"]!.AsArray();
        Assert.Equal("prepare Acme", next[0]!["value"]!.GetValue<string>());
        Assert.Equal("run_command", next[0]!["action_id"]!.GetValue<string>());
        Assert.Equal("Prepare Acme", next[0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void NextStepNeedingMoreWords_GetsNoRunButton()
    {
        var deal = Deal([]) with { NextStep = new NextStep("Walk away", "Hard stop.", "drop Acme <reason>") };

        var message = Assert.Single(ReplyRenderer.Render(new DealReply(deal)));

        Assert.DoesNotContain(message.Blocks, b => Type(b) == "actions");
        Assert.Contains("drop Acme &lt;reason&gt;", BlockText.Of(message.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_EscapesAngleBracketsAndAmpersandsEverywhere_ConvertsBold_AndKeepsUnderscoresStarsAndCodeLiteral()
    {
        var message = ReplyRenderer.Text("**Next step:** A <b>&</b> B\n- say `qualify <prospect>` or `a*b_c`\n_Tip: x_ and snake_case");

        var mrkdwn = BlockText.Of(message.Blocks);
        Assert.Contains("*Next step:* A &lt;b&gt;&amp;&lt;/b&gt; B", mrkdwn, StringComparison.Ordinal);
        Assert.Contains("• say `qualify &lt;prospect&gt;` or `a*b_c`", mrkdwn, StringComparison.Ordinal);
        Assert.Contains("_Tip: x_ and snake_case", mrkdwn, StringComparison.Ordinal);
        Assert.DoesNotContain("<", mrkdwn.Replace("<!", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("**", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`", message.Text, StringComparison.Ordinal);
        Assert.StartsWith("Next step: A &lt;b&gt;&amp;&lt;/b&gt; B", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_GroupsByStage_WithAnOpenButtonPerDeal()
    {
        var message = Assert.Single(ReplyRenderer.Render(new PipelineReply(
        [
            new PipelineEntry("Acme", DealLink.Entry, DealStatus.Open, Verdict.Qualified, new NextStep("Prepare", "why", "prepare Acme")),
            new PipelineEntry("Initech Corp", DealLink.Entry, DealStatus.Open, null, new NextStep("Qualify", "why", "qualify \"Initech Corp\"")),
            new PipelineEntry("Globex", DealLink.Engagement, DealStatus.Lost, null, new NextStep("Nothing", "why", "reopen Globex")),
        ])));

        Assert.Equal("Your pipeline", message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        var opens = message.Blocks.Where(b => b!["accessory"] is not null).Select(b => b!["accessory"]!).ToList();
        Assert.Equal(["Acme", "Initech Corp", "Globex"], opens.Select(o => o!["value"]!.GetValue<string>()));
        Assert.All(opens, o => Assert.Equal("open_deal", o!["action_id"]!.GetValue<string>()));
        Assert.Contains(message.Blocks, b => Type(b) == "section" && b!["text"]!["text"]!.GetValue<string>() == "*Entry* (2)");
        Assert.Contains(message.Blocks, b => Type(b) == "section" && b!["text"]!["text"]!.GetValue<string>() == "*Lost* (1)");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(48)]
    [InlineData(400)]
    public void HomeView_ForAnyNumberOfDeals_StaysWithin100Blocks_AndNamesEveryDealOrSaysHowManyMore(int count)
    {
        var deals = Enumerable.Range(1, count)
            .Select(i => new PipelineEntry($"Prospect {i:D3}", (DealLink)(1 + (i % 7)), DealStatus.Open, null, new NextStep("Qualify", "why", $"qualify \"Prospect {i:D3}\"")))
            .ToList();

        var view = HomeView.Build(deals, At);

        var blocks = view["blocks"]!.AsArray();
        Assert.Equal("home", view["type"]!.GetValue<string>());
        Assert.Empty(BlockKitLimits.Problems(null, blocks, BlockKitLimits.ViewBlocks));
        var text = BlockText.Of(blocks);
        Assert.Contains("Prospect 001", text, StringComparison.Ordinal);
        Assert.True(text.Contains($"Prospect {count:D3}", StringComparison.Ordinal) || text.Contains($"{count} deals in all", StringComparison.Ordinal));
    }

    [Fact]
    public void HomeView_WithNoDeals_InvitesToStart()
    {
        var view = HomeView.Build([], At);

        Assert.Contains("No deals yet", BlockText.Of(view["blocks"]), StringComparison.Ordinal);
        Assert.Contains("start_flow", BlockText.Of(view["blocks"]), StringComparison.Ordinal);
    }

    private static DealView Deal(IReadOnlyList<AnswerLine> answers) => new(
        "Acme",
        DealLink.Entry,
        DealStatus.Open,
        null,
        new Judgement(Verdict.Qualified, 90, 10, 10, [], [], "Score 90 on 10 of 10 answered.", "Score 90 on 10 of 10 answered.", null),
        [],
        answers,
        [],
        [],
        false,
        new NextStep("Prepare: research the prospect", "Verdict: qualified.", "prepare Acme"));
}
