using System.Text.Json;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Tests.Events;

public sealed class EventAcceptorTests
{
    private readonly SlackRig _rig = new();

    [Fact]
    public void UrlVerification_AnswersTheChallenge_AndQueuesNothing()
    {
        var ack = _rig.Events.Accept(Json("""{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","token":"x"}"""), null);

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ack.Body!["challenge"]!.GetValue<string>());
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public void DirectMessage_BecomesATurnInThatDm_WithEventIdAndChannelTsAsDeliveryIds()
    {
        var ack = _rig.Events.Accept(Message("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"qualify &lt;Acme &amp; Co&gt;","ts":"1.1"}"""), null);

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
    public void BotMessagesEditsChannelChatterAndOtherEvents_AreAcknowledgedAndIgnored(string ev)
    {
        var ack = _rig.Events.Accept(Message(ev), null);

        Assert.Equal(200, ack.StatusCode);
        Assert.Null(ack.Body);
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public void MentionInAChannel_IsCoachedInTheDm_WithTheMentionRemoved()
    {
        _rig.Events.Accept(Message("""{"type":"app_mention","channel":"C9","user":"U1","text":"<@UBOT> deal Acme","ts":"2.2"}"""), null);

        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal("deal Acme", turn.Text);
        Assert.Equal(TurnSource.Mention, turn.Source);
        Assert.Equal("C9", turn.OriginChannelId);
        Assert.Null(turn.DmChannelId);
    }

    [Fact]
    public void MentionAndDirectMessageOfTheSameMessage_ShareTheChannelTsDeliveryId()
    {
        _rig.Events.Accept(Message("""{"type":"app_mention","channel":"D1","user":"U1","text":"<@UBOT> deals","ts":"3.3"}""", "Ev7"), null);
        _rig.Events.Accept(Message("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"<@UBOT> deals","ts":"3.3"}""", "Ev8"), null);

        var ids = _rig.Drain().Select(j => j.DeliveryIds[1]).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public void RetriedEvent_CarriesTheSameDeliveryIds_SoTheWorkerRunsItOnce()
    {
        var body = Message("""{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"deals","ts":"4.4"}""");

        _rig.Events.Accept(body, null);
        _rig.Events.Accept(body, "1");

        var jobs = _rig.Drain();
        Assert.Equal(2, jobs.Count);
        Assert.Equal(jobs[0].DeliveryIds, jobs[1].DeliveryIds);
    }

    [Fact]
    public void AppHomeOpened_QueuesAHomeJobForThatUserAndTab()
    {
        _rig.Events.Accept(Message("""{"type":"app_home_opened","user":"U1","channel":"D1","tab":"home"}"""), null);

        Assert.Equal(new HomeJob(new("T1", "T1", null), "U1", "home", "D1"), Assert.IsType<HomeJob>(Assert.Single(_rig.Drain())) with { DeliveryIds = [], ReceivedAt = default });
    }

    [Theory]
    [InlineData("""{"type":"app_uninstalled"}""", true)]
    [InlineData("""{"type":"tokens_revoked","tokens":{"oauth":[],"bot":["UBOT"]}}""", true)]
    [InlineData("""{"type":"tokens_revoked","tokens":{"oauth":["U1"]}}""", false)]
    public void UninstallAndBotTokenRevocation_QueueRemovalOfTheInstall(string ev, bool removes)
    {
        _rig.Events.Accept(Message(ev), null);

        Assert.Equal(removes, _rig.Drain().OfType<UninstallJob>().Any(j => j.Tenant.TenantId == "T1"));
    }

    [Fact]
    public void OrgWideInstall_UsesTheEnterpriseAsTenant()
    {
        _rig.Events.Accept(Json("""
            {"type":"event_callback","event_id":"Ev1","team_id":"T1","enterprise_id":"E1",
             "authorizations":[{"enterprise_id":"E1","team_id":"T1","user_id":"UBOT","is_bot":true,"is_enterprise_install":true}],
             "event":{"type":"message","channel_type":"im","channel":"D1","user":"W1","text":"deals","ts":"5.5"}}
            """), null);

        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal(("E1", "T1", "E1"), (turn.Tenant.TenantId, turn.Tenant.TeamId, turn.Tenant.EnterpriseId));
    }

    [Theory]
    [InlineData("""{"type":"event_callback","team_id":"T1","event":{"type":"message"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":{"type":"message"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","team_id":"T1","event":"message"}""")]
    public void EventCallbackMissingItsIdTeamOrEvent_Gets400_AndNothingIsQueued(string body)
    {
        Assert.Equal(400, _rig.Events.Accept(Json(body), null).StatusCode);
        Assert.Empty(_rig.Drain());
    }

    private static JsonElement Message(string ev, string eventId = "Ev1") => Json(
        $$"""{"type":"event_callback","team_id":"T1","event_id":"{{eventId}}","authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}],"event":{{ev}}}""");

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
