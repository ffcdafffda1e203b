using System.Text.Json;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Tests.Mapping;

public sealed class TurnMapperTests
{
    [Fact]
    public void TeamsMessage_MapsChannelConversationUserNameTextAndLocale()
    {
        var activity = Message();
        activity.Locale = "pl-PL";

        var turn = TurnMapper.ToTurn(activity);

        Assert.Equal("msteams", turn.ChannelId);
        Assert.Equal("a:1Bx", turn.ConversationId);
        Assert.Equal("Pat Seller", turn.UserName);
        Assert.Equal("qualify Acme", turn.Text);
        Assert.Equal("pl-PL", turn.Locale);
        Assert.False(turn.IsSharedConversation);
    }

    [Fact]
    public void TenantOnTheConversation_IsTheOwnersTenant()
    {
        var activity = Message();
        activity.Conversation = activity.Conversation! with { TenantId = "tenant-from-conversation" };
        activity.ChannelData = Json("""{ "tenant": { "id": "tenant-from-channel-data" } }""");

        Assert.Equal("tenant-from-conversation", TurnMapper.ToTurn(activity).Owner.TenantId);
    }

    [Fact]
    public void TenantOnlyInChannelData_IsTheOwnersTenant()
    {
        var activity = Message();
        activity.ChannelData = Json("""{ "tenant": { "id": "tenant-from-channel-data" } }""");

        Assert.Equal("tenant-from-channel-data", TurnMapper.ToTurn(activity).Owner.TenantId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{ "tenant": "not-an-object" }""")]
    [InlineData("""{ "tenant": { "id": 42 } }""")]
    [InlineData("""{ "team": { "id": "19:team" } }""")]
    [InlineData("""[ "tenant" ]""")]
    public void NoTenantAnywhere_IsTheLocalTenant(string? channelData)
    {
        var activity = Message();
        activity.ChannelData = channelData is null ? null : Json(channelData);

        Assert.Equal("local", TurnMapper.ToTurn(activity).Owner.TenantId);
    }

    [Fact]
    public void UserWithAadObjectId_IsIdentifiedByIt_NotByTheChannelId()
    {
        var activity = Message();
        activity.From = activity.From! with { AadObjectId = "00000000-aaaa-bbbb-cccc-000000000001" };

        var turn = TurnMapper.ToTurn(activity);

        Assert.Equal("00000000-aaaa-bbbb-cccc-000000000001", turn.Owner.UserId);
        Assert.Equal("Pat Seller", turn.Author);
    }

    [Fact]
    public void UserWithoutAadObjectId_IsIdentifiedByFromId()
    {
        Assert.Equal("29:1abc", TurnMapper.ToTurn(Message()).Owner.UserId);
    }

    [Fact]
    public void StateKey_IsTenantUserChannelAndConversation_OwnerFirst()
    {
        var activity = Message();
        activity.Conversation = activity.Conversation! with { TenantId = "t1" };

        Assert.Equal("t1|29:1abc|msteams|a:1Bx", TurnMapper.ToTurn(activity).StateKey);
    }

    [Theory]
    [InlineData("""{ "answer": "unsure" }""", "unsure")]
    [InlineData("""{ "text": "deal Acme" }""", "deal Acme")]
    [InlineData("""{ "command": "deals" }""", "deals")]
    [InlineData("""{ "answer": "yes", "text": "ignored", "command": "ignored" }""", "yes")]
    public void CardSubmit_TheValueIsTheTurnsText(string value, string expected)
    {
        var activity = Message();
        activity.Text = null;
        activity.Value = Json(value);

        Assert.Equal(expected, TurnMapper.ToTurn(activity).Text);
    }

    [Theory]
    [InlineData("""{ "question": "Budget?", "kind": "Money", "sbAmount": "4500", "sbCurrency": "EUR" }""", "4500 EUR")]
    [InlineData("""{ "question": "Budget?", "kind": "Money", "sbAmount": 4500.5, "sbCurrency": "USD" }""", "4500.5 USD")]
    [InlineData("""{ "question": "When?", "kind": "Date", "sbDate": "2026-12-04" }""", "2026-12-04")]
    [InlineData("""{ "question": "How many?", "kind": "Number", "sbNumber": "3" }""", "3")]
    [InlineData("""{ "question": "Story?", "kind": "Text", "sbText": " They started in 1998\nas a family shop " }""", "They started in 1998\nas a family shop")]
    [InlineData("""{ "question": "Which?", "kind": "Choice", "sbChoice": "option 6", "sbNote": "their words" }""", "option 6 - their words")]
    [InlineData("""{ "answer": "no", "question": "Need it?", "sbNote": "they use in-house staff" }""", "no - they use in-house staff")]
    [InlineData("""{ "answer": "yes", "question": "Need it?", "sbNote": "  " }""", "yes")]
    [InlineData("""{ "question": "When?", "kind": "Date", "sbDate": "" }""", "")]
    public void CardInputs_BecomeTheWordsTheUserWouldHaveTyped(string value, string expected)
    {
        var activity = Message();
        activity.Text = null;
        activity.Value = Json(value);

        Assert.Equal(expected, TurnMapper.ToTurn(activity).Text);
    }

    [Theory]
    [InlineData("""{ "answer": 5 }""")]
    [InlineData("""{ "other": "x" }""")]
    [InlineData("\"yes\"")]
    public void ValueWithoutAStringAnswer_FallsBackToTheTypedText(string value)
    {
        var activity = Message();
        activity.Value = Json(value);

        Assert.Equal("qualify Acme", TurnMapper.ToTurn(activity).Text);
    }

    [Fact]
    public void NoTextAndNoValue_IsAnEmptyText()
    {
        var activity = Message();
        activity.Text = null;

        Assert.Equal("", TurnMapper.ToTurn(activity).Text);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(null, "channel", true)]
    [InlineData(null, "groupChat", true)]
    [InlineData(false, "personal", false)]
    [InlineData(null, null, false)]
    public void GroupChatsAndChannels_AreSharedConversations(bool? isGroup, string? conversationType, bool shared)
    {
        var activity = Message();
        activity.Conversation = activity.Conversation! with { IsGroup = isGroup, ConversationType = conversationType };

        Assert.Equal(shared, TurnMapper.ToTurn(activity).IsSharedConversation);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        Conversation = new ConversationAccount { Id = "a:1Bx" },
        From = new ChannelAccount { Id = "29:1abc", Name = "Pat Seller" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "SalesBot" },
        Text = "qualify Acme",
    };
}
