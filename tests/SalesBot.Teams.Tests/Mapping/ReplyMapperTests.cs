using System.Text;
using System.Text.Json;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Tests.Mapping;

public sealed class ReplyMapperTests
{
    private static readonly QuestionReply YesNoQuestion = new(
        "Are you confident they can pay for it?",
        "Ask peers who worked with them.",
        [Choice.Of("yes"), Choice.Of("no"), Choice.Of("unsure")],
        new Progress("Qualify", "Acme", 3, 10),
        null,
        null);

    [Fact]
    public void EveryReply_IsAMarkdownMessageAddressedBackToTheSender_InTheSameConversation()
    {
        var incoming = Incoming();

        var reply = Assert.Single(ReplyMapper.ToActivities(incoming, [new TextReply("Hello **there**")]));

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Equal("Hello **there**", reply.Text);
        Assert.Equal("act-7", reply.ReplyToId);
        Assert.Equal("emulator", reply.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/teams/", reply.ServiceUrl);
        Assert.Equal("a:1Bx", reply.Conversation?.Id);
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:1abc", reply.Recipient?.Id);
        Assert.Equal("en-US", reply.Locale);
        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.ChannelData);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void SeveralReplies_KeepTheirOrder()
    {
        var replies = ReplyMapper.ToActivities(Incoming(), [new TextReply("one"), YesNoQuestion, new TextReply("three")]);

        Assert.Equal(3, replies.Count);
        Assert.Equal("one", replies[0].Text);
        Assert.NotNull(replies[1].SuggestedActions);
        Assert.Equal("three", replies[2].Text);
    }

    [Fact]
    public void QuestionWithChoices_BecomesImBackSuggestedActionsForTheSender_WithTitleEqualToValue()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming(), [YesNoQuestion]));

        Assert.Equal("expectingInput", reply.InputHint);
        Assert.Equal(["29:1abc"], reply.SuggestedActions!.To);
        Assert.Equal(["yes", "no", "unsure"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions, action =>
        {
            Assert.Equal("imBack", action.Type);
            Assert.Equal(action.Title, action.Value);
        });
    }

    [Fact]
    public void QuestionWithChoiceTitles_OffersTheTitlesAsTheValuesTooSoChannelsSendingTitlesWork()
    {
        var gut = YesNoQuestion with { Choices = [Choice.Of("Good"), Choice.Of("Unsure"), Choice.Of("Bad")] };

        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming(), [gut]));

        Assert.Equal(["Good", "Unsure", "Bad"], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal<object?>(["Good", "Unsure", "Bad"], reply.SuggestedActions.Actions.Select(a => a.Value));
    }

    [Fact]
    public void Question_CarriesItsProgressAndTipInChannelData_AndShowsProgressInTheText()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming(), [YesNoQuestion]));

        var salesbot = reply.ChannelData!.Value.GetProperty("salesbot");
        Assert.Equal("question", salesbot.GetProperty("kind").GetString());
        Assert.Equal("Ask peers who worked with them.", salesbot.GetProperty("tip").GetString());
        var progress = salesbot.GetProperty("progress");
        Assert.Equal("Qualify", progress.GetProperty("flow").GetString());
        Assert.Equal("Acme", progress.GetProperty("prospect").GetString());
        Assert.Equal(3, progress.GetProperty("current").GetInt32());
        Assert.Equal(10, progress.GetProperty("total").GetInt32());
        Assert.StartsWith("**Question 3 of 10 in Qualify for Acme**\nAre you confident they can pay for it?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionWithoutChoices_HasNoSuggestedActions_ButStillItsProgress()
    {
        var budget = YesNoQuestion with { Text = "What budget does Acme have in mind?", Choices = [], Progress = new Progress("Qualify", "Acme", 5, 10) };

        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming(), [budget]));

        Assert.Null(reply.SuggestedActions);
        Assert.Equal(5, reply.ChannelData!.Value.GetProperty("salesbot").GetProperty("progress").GetProperty("current").GetInt32());
    }

    [Fact]
    public void QuestionFromAnIncomingActivityWithoutFrom_OffersChoicesToEveryone()
    {
        var incoming = Incoming();
        incoming.From = null;

        var reply = Assert.Single(ReplyMapper.ToActivities(incoming, [YesNoQuestion]));

        Assert.Null(reply.SuggestedActions!.To);
        Assert.Equal(3, reply.SuggestedActions.Actions.Count);
    }

    [Fact]
    public void QuestionChannelData_SerializesOnTheWireUnderSalesbot()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming(), [YesNoQuestion]));

        using var wire = JsonDocument.Parse(JsonSerializer.Serialize(reply, BotJson.Options));

        Assert.Equal(3, wire.RootElement.GetProperty("channelData").GetProperty("salesbot").GetProperty("progress").GetProperty("current").GetInt32());
        Assert.Equal("imBack", wire.RootElement.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.False(wire.RootElement.TryGetProperty("attachments", out _), "Null fields are left out of the wire format.");
    }

    [Fact]
    public void ATeamsQuestionCard_SerializesInAnExpectRepliesBody_WithTheCardsContent()
    {
        var body = new ExpectedReplies { Activities = ReplyMapper.ToActivities(Incoming(ReplyMapper.TeamsChannel), [YesNoQuestion]) };

        using var wire = JsonDocument.Parse(JsonSerializer.Serialize(body, BotJson.Options));

        var attachment = wire.RootElement.GetProperty("activities")[0].GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
        Assert.Contains("Are you confident they can pay for it?", attachment.GetProperty("content").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void File_BecomesAnAttachmentWithABase64DataUrl_OfTheUtf8Content()
    {
        const string Csv = "prospect,verdict\nZażółć Sp. z o.o.,qualified\n";

        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming(), [new FileReply("deals.csv", "text/csv", Csv)]));

        Assert.Equal("deals.csv", reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("text/csv", attachment.ContentType);
        Assert.Equal("deals.csv", attachment.Name);
        const string Prefix = "data:text/csv;base64,";
        Assert.StartsWith(Prefix, attachment.ContentUrl, StringComparison.Ordinal);
        Assert.Equal(Csv, Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl![Prefix.Length..])));
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public void QuestionInTeams_IsAnAdaptiveCardWithoutText_SoTeamsShowsOneMessageThatCanBeUpdated()
    {
        var question = new QuestionReply("Do they need what you deliver?", "Check in-house staff.", [Choice.Of("yes"), Choice.Of("no")], new Progress("Qualify", "Acme", 1, 10), null, null);

        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming("msteams"), [question]));

        Assert.Null(reply.Text);
        Assert.Equal("Do they need what you deliver?", reply.Summary);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(reply.Attachments!).ContentType);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal("expectingInput", reply.InputHint);
    }

    [Fact]
    public void TextReplyInTeams_StaysText()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(Incoming("msteams"), [new TextReply("Logged a call.")]));

        Assert.Equal("Logged a call.", reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void TeamsText_HasAPlainPreview_AndMarkdownTeamsRendersRight_WhileOtherChannelsGetTheTextAsItIs()
    {
        const string text = "**Next step:** Prepare\n- Red flag: rush.\nSay `qualify <prospect>` & go.";

        var teams = Assert.Single(ReplyMapper.ToActivities(Incoming("msteams"), [new TextReply(text)]));
        var emulator = Assert.Single(ReplyMapper.ToActivities(Incoming(), [new TextReply(text)]));

        Assert.Equal("Next step: Prepare", teams.Summary);
        Assert.Equal("**Next step:** Prepare\n- Red flag: rush.\n\nSay `qualify` _&lt;prospect&gt;_ &amp; go.", teams.Text);
        Assert.Equal(text, emulator.Text);
    }

    private static Activity Incoming(string channelId = "emulator") => new()
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
