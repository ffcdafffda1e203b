using System.Text.Json;
using SalesBot.Slack.Processing;
using SalesBot.Slack.SocketMode;

namespace SalesBot.Slack.Tests.SocketMode;

public sealed class SocketEnvelopeHandlerTests
{
    private readonly SlackRig _rig = new();

    [Fact]
    public void EventsEnvelope_IsAckedByItsEnvelopeId_AndTheEventQueued()
    {
        var ack = Handler().Handle(Json("""
            {"envelope_id":"env-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
             "payload":{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"deals","ts":"1.1"}}}
            """));

        Assert.Equal("""{"envelope_id":"env-1"}""", ack!.ToJsonString());
        Assert.Equal("deals", Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Fact]
    public void SlashCommandEnvelope_IsAckedWithTheEphemeralAnswerAsPayload()
    {
        var ack = Handler().Handle(Json("""
            {"envelope_id":"env-2","type":"slash_commands","accepts_response_payload":true,
             "payload":{"team_id":"T1","user_id":"U1","channel_id":"C1","command":"/salesbot","text":"qualify Acme"}}
            """));

        Assert.Equal("env-2", ack!["envelope_id"]!.GetValue<string>());
        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.GetValue<string>());
        Assert.Equal("qualify Acme", Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Fact]
    public void GarbageEnvelope_IsStillAcked_SoSlackDoesNotRedeliverIt_ButNothingIsQueued()
    {
        var ack = Handler().Handle(Json("""{"envelope_id":"env-3","type":"events_api","payload":"garbage"}"""));

        Assert.Equal("""{"envelope_id":"env-3"}""", ack!.ToJsonString());
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public void MessageWithoutEnvelopeId_GetsNoAck()
    {
        Assert.Null(Handler().Handle(Json("""{"type":"hello"}""")));
    }

    private SocketEnvelopeHandler Handler() => new(_rig.Commands, _rig.Events, _rig.Interactions);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
