using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Tests.Mapping;

public sealed class ActivityValidatorTests
{
    [Fact]
    public void CompleteMessage_HasNoProblem()
    {
        Assert.Null(ActivityValidator.Problem(Message()));
    }

    [Theory]
    [InlineData("type", "The activity has no type.")]
    [InlineData("channelId", "The activity has no channelId.")]
    [InlineData("conversation", "The activity has no conversation.id.")]
    [InlineData("conversation.id", "The activity has no conversation.id.")]
    [InlineData("from", "The message has no from.id.")]
    [InlineData("from.id", "The message has no from.id.")]
    public void MessageMissingARequiredField_IsRefusedNamingTheField(string missing, string reason)
    {
        var activity = Message();
        switch (missing)
        {
            case "type": activity.Type = " "; break;
            case "channelId": activity.ChannelId = null; break;
            case "conversation": activity.Conversation = null; break;
            case "conversation.id": activity.Conversation = activity.Conversation! with { Id = "" }; break;
            case "from": activity.From = null; break;
            case "from.id": activity.From = activity.From! with { Id = null }; break;
        }

        Assert.Equal(reason, ActivityValidator.Problem(activity));
    }

    [Fact]
    public void ConversationUpdateWithoutFrom_HasNoProblem()
    {
        var activity = Message();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.From = null;

        Assert.Null(ActivityValidator.Problem(activity));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("smba.trafficmanager.net/teams")]
    [InlineData("relative/path")]
    public void NormalDeliveryWithoutAnAbsoluteServiceUrl_IsRefused(string? serviceUrl)
    {
        var activity = Message();
        activity.DeliveryMode = null;
        activity.ServiceUrl = serviceUrl;

        Assert.Equal("The activity has no valid http(s) serviceUrl (needed unless deliveryMode is expectReplies).", ActivityValidator.Problem(activity));
    }

    [Theory]
    [InlineData("expectReplies")]
    [InlineData("ExpectReplies")]
    public void ExpectRepliesWithoutServiceUrl_HasNoProblem(string deliveryMode)
    {
        var activity = Message();
        activity.DeliveryMode = deliveryMode;
        activity.ServiceUrl = null;

        Assert.Null(ActivityValidator.Problem(activity));
        Assert.True(ActivityValidator.IsExpectReplies(activity));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("normal")]
    [InlineData("notification")]
    public void OtherDeliveryModes_AreNotExpectReplies(string? deliveryMode)
    {
        var activity = Message();
        activity.DeliveryMode = deliveryMode;

        Assert.False(ActivityValidator.IsExpectReplies(activity));
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        Conversation = new ConversationAccount { Id = "a:1" },
        From = new ChannelAccount { Id = "29:1" },
        Text = "qualify Acme",
    };
}
