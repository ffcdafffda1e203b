using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Tests.BlockKit;

/// <summary>
/// Text a user typed reaches Slack as typed: in mrkdwn &amp;, &lt; and &gt; become entities and *, _, ~ and backticks are
/// made inert with zero-width spaces (mrkdwn has no escapes), in plain_text it stays as typed, and the fallback text is plain.
/// </summary>
public sealed class UserTextEscapingTests
{
    private const string Name = "*Acme_* <b>&";
    private const string Note = "*really_ <i>&amp; `x`";
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData('*', "a\u200B*\u200Bb")]
    [InlineData('_', "a\u200B_\u200Bb")]
    [InlineData('`', "a\u200B`\u200Bb")]
    [InlineData('~', "a\u200B~\u200Bb")]
    [InlineData('<', "a&lt;b")]
    [InlineData('>', "a&gt;b")]
    [InlineData('&', "a&amp;b")]
    public void Each_markup_character_in_user_text_is_made_inert_in_mrkdwn_and_stays_as_typed_in_the_fallback(char c, string mrkdwn)
    {
        var typed = $"a{c}b";
        var message = Assert.Single(ReplyRenderer.Render(new TextReply($"New deal: **{new UserText(typed)}**. Say `deals`.")));

        Assert.Equal($"New deal: *{mrkdwn}*. Say `deals`.", Section(message, 0));
        Assert.Equal(mrkdwn, Mrkdwn.User(typed));
        var fallback = c switch { '<' => "a&lt;b", '>' => "a&gt;b", '&' => "a&amp;b", _ => typed };
        Assert.Equal($"New deal: {fallback}. Say deals.", message.Text);
    }

    [Fact]
    public void The_deal_message_shows_the_name_notes_outcomes_reasons_and_history_inert()
    {
        var deal = new DealView(
            Name, DealLink.Entry, DealStatus.Lost, "price " + Note, null, [],
            [new AnswerLine("qualify", "Qualify", "need", "Do they need what you deliver?", Note, Note, At, "Pat <b>", 1)],
            [new Touch("d1", TouchKind.Call, "said " + Note, At, "Pat")],
            [new DealEvent("d1", "status", "Marked lost: " + Note, At, "Pat <b>")],
            true,
            new NextStep($"Finish Qualify for {new UserText(Name)}.", "why", $"qualify \"{Name}\""));

        var message = Assert.Single(ReplyRenderer.Render(new DealReply(deal)));

        AssertInert(message);
        Assert.Contains($"Finish Qualify for {Mrkdwn.User(Name)}.", Mrkdwns(message));
        Assert.Contains(Mrkdwn.User(Note), Mrkdwns(message));
        Assert.Equal(Name, message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.StartsWith($"*Acme_* &lt;b&gt;&amp;: stage Entry. Next step: Finish Qualify for *Acme_* &lt;b&gt;&amp;.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pipeline_nudge_question_and_answered_messages_show_the_name_inert()
    {
        SlackMessage[] messages =
        [
            Assert.Single(ReplyRenderer.Render(new PipelineReply([new PipelineEntry(Name, DealLink.Entry, DealStatus.Open, null,
                new NextStep($"Finish Qualify for {new UserText(Name)}.", "why", $"qualify \"{Name}\""))]))),
            Assert.Single(ReplyRenderer.Render(new NudgeReply([new NudgeItem($"Call {new UserText(Name)} again", $"Call {new UserText(Name)} once more.", "Dear " + Name, [Choice.Of("Done")])]))),
            Assert.Single(ReplyRenderer.Render(new QuestionReply($"Is {new UserText(Name)} serious?", $"Ask {new UserText(Name)}.", [Choice.Of("yes")], new Progress("Qualify", Name, 1, 3), $"Why now, {new UserText(Name)}?", Note))),
        ];

        foreach (var message in messages)
        {
            AssertInert(message);
            Assert.Contains(Mrkdwn.User(Name), Mrkdwns(message));
            Assert.DoesNotContain("\\", message.Text, StringComparison.Ordinal);
        }

        Assert.Equal($":white_check_mark: Answered: *{Mrkdwn.User(Note)}*", AnsweredQuestion.Chosen(Note));
        Assert.Equal($":speech_balloon: You replied: *{Mrkdwn.User(Note)}*", AnsweredQuestion.Replied(Note));
    }

    /// <summary>No mrkdwn text carries the user's raw text, a tag, or a backslash escape.</summary>
    private static void AssertInert(SlackMessage message)
    {
        foreach (var text in Mrkdwns(message).Split('\n'))
        {
            Assert.DoesNotContain(Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain("*really_", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\\", text, StringComparison.Ordinal);
        }
    }

    private static string Mrkdwns(SlackMessage message) => string.Join('\n', Objects(message.Blocks)
        .Where(o => o["type"]?.GetValue<string>() == "mrkdwn")
        .Select(o => o["text"]!.GetValue<string>()));

    private static string Section(SlackMessage message, int index) => message.Blocks[index]!["text"]!["text"]!.GetValue<string>();

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Objects(p.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
