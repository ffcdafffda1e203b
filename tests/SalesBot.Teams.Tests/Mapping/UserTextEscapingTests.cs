using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;
using SalesBot.Teams.Tests.Cards;

namespace SalesBot.Teams.Tests.Mapping;

/// <summary>
/// Text a user typed reaches Teams as typed: in message markdown each character is escaped the way Teams reads it
/// (CommonMark escapes for *, _ and backticks, entities for &lt;, &gt; and &amp;), in cards it goes into TextRuns (shown as
/// they are) or escaped into TextBlocks (which read markdown), and the preview and fallback texts are plain.
/// </summary>
public sealed class UserTextEscapingTests
{
    private const string Name = "*Acme_* <b>&";
    private const string Note = "*really_ <i>&amp; `x`";

    [Theory]
    [InlineData('*', "a\\*b")]
    [InlineData('_', "a\\_b")]
    [InlineData('`', "a\\`b")]
    [InlineData('<', "a&lt;b")]
    [InlineData('>', "a&gt;b")]
    [InlineData('&', "a&amp;b")]
    public void Each_markup_character_in_user_text_is_escaped_for_Teams_markdown_and_plain_in_the_preview(char c, string teams)
    {
        var typed = $"a{c}b";
        var activity = Assert.Single(ReplyMapper.ToActivities(Incoming(), [new TextReply($"New deal: **{new UserText(typed)}**. Say `deal x`.")]));

        Assert.Equal($"New deal: **{teams}**. Say `deal x`.", activity.Text);
        Assert.Equal($"New deal: {typed}. Say deal x.", activity.Summary);
    }

    [Fact]
    public void A_user_backtick_does_not_open_a_code_span_and_code_of_the_bot_stays_code()
    {
        var activity = Assert.Single(ReplyMapper.ToActivities(Incoming(), [new TextReply($"Logged: {new UserText("a `b` <c>")}. Say `deals`.")]));

        Assert.Equal("Logged: a \\`b\\` &lt;c&gt;. Say `deals`.", activity.Text);
    }

    [Fact]
    public void The_deal_card_shows_the_name_notes_outcomes_and_history_as_typed_and_no_text_block_carries_them_raw()
    {
        var deal = CardSamples.Deal(answers: 2, showHistory: true, prospect: Name) with
        {
            Answers = [new AnswerLine("qualify", "Qualify", "need", "Do they need what you deliver?", Note, Note, CardSamples.At, "Pat <b>", 1)],
            Touches = [new Touch("d1", TouchKind.Call, "said " + Note, CardSamples.At, "Pat")],
            History = [new DealEvent("d1", "status", "Marked lost: " + Note, CardSamples.At, "Pat <b>")],
            Status = DealStatus.Lost,
            ClosedReason = "price " + Note,
            NextStep = new NextStep($"Finish Qualify for {new UserText(Name)}: 1 of 10 questions answered.", "why", $"qualify \"{Name}\""),
        };

        var card = Content(new DealReply(deal));

        AssertShownAsTyped(card, Name, Note);
        Assert.Contains(Texts(card, "TextRun"), t => t == Name);
        Assert.Contains(Texts(card, "TextBlock"), t => t.Contains($"Finish Qualify for {UserText.Escape(Name)}:", StringComparison.Ordinal));
        Assert.StartsWith($"{Name}: stage Alignment. Next step: Finish Qualify for {Name}:", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pipeline_card_shows_the_name_as_typed()
    {
        var card = Content(new PipelineReply([new PipelineEntry(Name, DealLink.Entry, DealStatus.Open, null,
            new NextStep($"Finish Qualify for {new UserText(Name)}.", "why", $"qualify \"{Name}\""))]));

        AssertShownAsTyped(card, Name);
        Assert.Contains(Texts(card, "TextRun"), t => t == Name);
    }

    [Fact]
    public void The_nudge_card_shows_the_name_in_its_title_and_text_and_the_draft_as_typed()
    {
        var card = Content(new NudgeReply([new NudgeItem($"Call {new UserText(Name)} again", $"Call {new UserText(Name)} once more.", "Dear " + Name, [Choice.Of("Done")])]));

        AssertShownAsTyped(card, Name);
        Assert.Contains(Texts(card, "TextRun"), t => t == $"Call {Name} again");
        Assert.Contains(Texts(card, "TextRun"), t => t == "Dear " + Name);
        Assert.Equal($"Call {Name} again", card["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void The_question_card_shows_the_name_in_the_progress_question_wording_and_recorded_answer_as_typed()
    {
        var question = CardSamples.YesNoQuestion with
        {
            Text = $"Is {new UserText(Name)} serious?",
            Wording = $"Ask {new UserText(Name)} why now.",
            Progress = new Progress("Qualify", Name, 1, 10),
            CurrentAnswer = Note,
        };

        var card = Content(question);

        AssertShownAsTyped(card, Name, Note);
        Assert.Contains(Texts(card, "TextRun"), t => t == $"Question 1 of 10 in Qualify for {Name}");
        Assert.Contains(Texts(card, "TextRun"), t => t == $"Ask {Name} why now.");
        Assert.Contains(Texts(card, "TextRun"), t => t == Note);
        Assert.Equal($"Question 1 of 10 in Qualify for {Name}: Is {Name} serious?", card["fallbackText"]!.GetValue<string>());
    }

    /// <summary>Every TextBlock (markdown) carries the user's texts only escaped; no TextRun or fact carries a backslash escape.</summary>
    private static void AssertShownAsTyped(JsonObject card, params string[] typed)
    {
        foreach (var block in Texts(card, "TextBlock"))
        {
            foreach (var text in typed)
            {
                Assert.DoesNotContain(text, block, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("<b>", block.Replace("\\<b\\>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        foreach (var run in Texts(card, "TextRun").Concat(CardJson.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray().Select(x => x!["value"]!.GetValue<string>()))))
        {
            Assert.DoesNotContain("\\*", run, StringComparison.Ordinal);
            Assert.DoesNotContain("\\<", run, StringComparison.Ordinal);
        }
    }

    private static List<string> Texts(JsonObject card, string type) =>
        [.. CardJson.OfType(card, type).Select(o => o["text"]!.GetValue<string>())];

    private static JsonObject Content(Reply reply) => WireCard.Content(Assert.Single(ReplyMapper.ToActivities(Incoming("msteams"), [reply])).Attachments![0]);

    private static Activity Incoming(string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-7",
        ChannelId = channelId,
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        Conversation = new ConversationAccount { Id = "a:1Bx" },
        From = new ChannelAccount { Id = "29:1abc", Name = "Pat Seller" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "SalesBot" },
        Locale = "en-US",
        Text = "yes",
    };
}
