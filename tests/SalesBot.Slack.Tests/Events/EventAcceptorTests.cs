using System.Text.Json;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Tests.Events;

public sealed class EventAcceptorTests
{
    private readonly SlackRig _rig = new();

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge_AndQueuesNothing()
    {
        var ack = await _rig.Events.AcceptAsync(Json("""{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","token":"x"}"""), null, default);

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ack.Body!["challenge"]!.GetValue<string>());
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public async Task DirectMessage_BecomesATurnInThatDm_WithEventIdAndChannelTsAsDeliveryIds()
    {
        var ack = (await _rig.Events.AcceptAsync(Message("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"qualify &lt;Acme &amp; Co&gt;","ts":"1.1"}"""), null, default));

        Assert.Equal(200, ack.StatusCode);
        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal(("T1", "U1", "qualify <Acme & Co>", TurnSource.DirectMessage, "D1"), (turn.Tenant.TenantId, turn.UserId, turn.Text, turn.Source, turn.DmChannelId));
        Assert.Equal(["event:Ev1", "message:T1:D1:1.1"], turn.DeliveryIds);
    }

    [Theory]
    [InlineData("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","bot_id":"B1","text":"hi","ts":"1.1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","channel":"D1","user":"UBOT","text":"New deal: Acme.","ts":"1.1"}""")]
    [InlineData("""{"type":"message","subtype":"message_changed","channel_type":"im","channel":"D1","user":"U1","text":"hi","ts":"1.1"}""")]
    [InlineData("""{"type":"message","subtype":"bot_message","channel_type":"im","channel":"D1","text":"hi","ts":"1.1"}""")]
    [InlineData("""{"type":"message","channel_type":"channel","channel":"C1","user":"U1","text":"qualify Acme","ts":"1.1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"","ts":"1.1"}""")]
    [InlineData("""{"type":"reaction_added","user":"U1"}""")]
    public async Task BotMessagesEditsChannelChatterAndOtherEvents_AreAcknowledgedAndIgnored(string ev)
    {
        var ack = await _rig.Events.AcceptAsync(Message(ev), null, default);

        Assert.Equal(200, ack.StatusCode);
        Assert.Null(ack.Body);
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public async Task MentionInAChannel_IsCoachedInTheDm_WithTheMentionRemoved()
    {
        await _rig.Events.AcceptAsync(Message("""{"type":"app_mention","channel":"C9","user":"U1","text":"<@UBOT> deal Acme","ts":"2.2"}"""), null, default);

        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal("deal Acme", turn.Text);
        Assert.Equal(TurnSource.Mention, turn.Source);
        Assert.Equal("C9", turn.OriginChannelId);
        Assert.Null(turn.DmChannelId);
    }

    [Fact]
    public async Task MentionAndDirectMessageOfTheSameMessage_ShareTheChannelTsDeliveryId()
    {
        await _rig.Events.AcceptAsync(Message("""{"type":"app_mention","channel":"D1","user":"U1","text":"<@UBOT> deals","ts":"3.3"}""", "Ev7"), null, default);
        await _rig.Events.AcceptAsync(Message("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"<@UBOT> deals","ts":"3.3"}""", "Ev8"), null, default);

        var ids = _rig.Drain().Select(j => j.DeliveryIds[1]).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task RetriedEvent_IsAckedButNotWrittenAgain_WhileTheFirstWaits_AndLaterCarriesTheSameDeliveryIds()
    {
        var body = Message("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"deals","ts":"4.4"}""");

        var first = await _rig.Events.AcceptAsync(body, null, default);
        var retry = await _rig.Events.AcceptAsync(body, "1", default);

        Assert.Equal((200, 200), (first.StatusCode, retry.StatusCode));
        var waiting = Assert.Single(_rig.Drain());

        // The first copy was taken out (done): a later retry is written, with the ids that make the turn's commit skip it.
        await _rig.Events.AcceptAsync(body, "2", default);
        var late = Assert.Single(_rig.Drain());
        Assert.Equal(waiting.DeliveryIds, late.DeliveryIds);
        Assert.Equal(2, _rig.Inbox.Accepted);
    }

    [Fact]
    public async Task AppHomeOpened_QueuesAHomeJobForThatUserAndTab()
    {
        await _rig.Events.AcceptAsync(Message("""{"type":"app_home_opened","user":"U1","channel":"D1","tab":"home"}"""), null, default);

        Assert.Equal(new HomeJob(new("T1", "T1", null), "U1", "home", "D1"), Assert.IsType<HomeJob>(Assert.Single(_rig.Drain())) with { DeliveryIds = [], ReceivedAt = default });
    }

    [Theory]
    [InlineData("""{"type":"app_uninstalled"}""", true)]
    [InlineData("""{"type":"tokens_revoked","tokens":{"oauth":[],"bot":["UBOT"]}}""", true)]
    [InlineData("""{"type":"tokens_revoked","tokens":{"oauth":["U1"]}}""", false)]
    public async Task UninstallAndBotTokenRevocation_QueueRemovalOfTheInstall(string ev, bool removes)
    {
        await _rig.Events.AcceptAsync(Message(ev), null, default);

        Assert.Equal(removes, _rig.Drain().OfType<UninstallJob>().Any(j => j.Tenant.TenantId == "T1"));
    }

    [Fact]
    public async Task OrgWideInstall_UsesTheEnterpriseAsTenant()
    {
        await _rig.Events.AcceptAsync(Json("""
            {"type":"event_callback","event_id":"Ev1","team_id":"T1","enterprise_id":"E1",
             "authorizations":[{"enterprise_id":"E1","team_id":"T1","user_id":"UBOT","is_bot":true,"is_enterprise_install":true}],
             "event":{"type":"message","channel_type":"im","channel":"D1","user":"W1","text":"deals","ts":"5.5"}}
            """), null, default);

        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal(("E1", "T1", "E1"), (turn.Tenant.TenantId, turn.Tenant.TeamId, turn.Tenant.EnterpriseId));
    }

    [Theory]
    [InlineData("""{"type":"event_callback","team_id":"T1","event":{"type":"message"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":{"type":"message"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","team_id":"T1","event":"message"}""")]
    public async Task EventCallbackMissingItsIdTeamOrEvent_Gets400_AndNothingIsQueued(string body)
    {
        Assert.Equal(400, (await _rig.Events.AcceptAsync(Json(body), null, default)).StatusCode);
        Assert.Empty(_rig.Drain());
    }

    private static JsonElement Message(string ev, string eventId = "Ev1") => Json(
        $$"""{"type":"event_callback","team_id":"T1","event_id":"{{eventId}}","authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}],"event":{{ev}}}""");

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
