using System.Text.Json;
using SalesBot.Slack.Processing;
using SalesBot.Slack.SocketMode;

namespace SalesBot.Slack.Tests.SocketMode;

public sealed class SocketEnvelopeHandlerTests
{
    private readonly SlackRig _rig = new();

    [Fact]
    public async Task EventsEnvelope_IsAckedByItsEnvelopeId_AndTheEventQueued()
    {
        var ack = await Handler().HandleAsync(Json("""
            {"envelope_id":"env-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
             "payload":{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"deals","ts":"1.1"}}}
            """), default);

        Assert.Equal("""{"envelope_id":"env-1"}""", ack!.ToJsonString());
        Assert.Equal("deals", Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Fact]
    public async Task SlashCommandEnvelope_IsAckedWithTheEphemeralAnswerAsPayload()
    {
        var ack = await Handler().HandleAsync(Json("""
            {"envelope_id":"env-2","type":"slash_commands","accepts_response_payload":true,
             "payload":{"team_id":"T1","user_id":"U1","channel_id":"C1","command":"/salesbot","text":"qualify Acme"}}
            """), default);

        Assert.Equal("env-2", ack!["envelope_id"]!.GetValue<string>());
        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.GetValue<string>());
        Assert.Equal("qualify Acme", Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Fact]
    public async Task GarbageEnvelope_IsStillAcked_SoSlackDoesNotRedeliverIt_ButNothingIsQueued()
    {
        var ack = await Handler().HandleAsync(Json("""{"envelope_id":"env-3","type":"events_api","payload":"garbage"}"""), default);

        Assert.Equal("""{"envelope_id":"env-3"}""", ack!.ToJsonString());
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public async Task EventsEnvelope_WhenTheInboxCannotBeWritten_IsNotAcked_SoSlackSendsItAgain()
    {
        _rig.Store.Refuse = true;

        var ack = await Handler().HandleAsync(Json("""
            {"envelope_id":"env-4","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
             "payload":{"type":"event_callback","team_id":"T1","event_id":"Ev4","event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"deals","ts":"4.4"}}}
            """), default);

        Assert.Null(ack);
        _rig.Store.Refuse = false;
        Assert.Empty(_rig.Drain());
    }

    [Fact]
    public async Task MessageWithoutEnvelopeId_GetsNoAck()
    {
        Assert.Null((await Handler().HandleAsync(Json("""{"type":"hello"}"""), default)));
    }

    private SocketEnvelopeHandler Handler() => new(_rig.Commands, _rig.Events, _rig.Interactions);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
