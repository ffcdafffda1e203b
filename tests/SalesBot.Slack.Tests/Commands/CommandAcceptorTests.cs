using SalesBot.Slack.Commands;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Tests.Commands;

public sealed class CommandAcceptorTests
{
    [Fact]
    public async Task CommandInTheDm_IsAcknowledgedWithAnEmptyBody_AndQueuedAsTheUsersTurn()
    {
        var rig = new SlackRig();

        var ack = await rig.Commands.AcceptAsync(Command("qualify Acme", channel: "D1"), null, default);

        Assert.Equal((200, null), (ack.StatusCode, ack.Body));
        var turn = Assert.IsType<TurnJob>(Assert.Single(rig.Drain()));
        Assert.Equal(("T1", "U1", "qualify Acme", TurnSource.SlashCommand, "D1"), (turn.Tenant.TenantId, turn.UserId, turn.Text, turn.Source, turn.OriginChannelId));
        Assert.False(turn.RedirectAcknowledged);
    }

    [Theory]
    [InlineData("C0123")]
    [InlineData("G0123")]
    public async Task CommandInAChannel_IsAnsweredOnlyToTheUser_IllCoachYouInOurDm(string channel)
    {
        var rig = new SlackRig();

        var ack = await rig.Commands.AcceptAsync(Command("deal Acme", channel), null, default);

        Assert.Equal("ephemeral", ack.Body!["response_type"]!.GetValue<string>());
        Assert.Contains("direct messages", ack.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Assert.IsType<TurnJob>(Assert.Single(rig.Drain())).RedirectAcknowledged);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SlashSalesbotAlone_MeansHelp(string text)
    {
        var rig = new SlackRig();

        await rig.Commands.AcceptAsync(Command(text), null, default);

        Assert.Equal("help", Assert.IsType<TurnJob>(Assert.Single(rig.Drain())).Text);
    }

    [Fact]
    public async Task OversizedText_IsRefusedWithANotice_AndNothingIsQueued()
    {
        var rig = new SlackRig(maxMessageLength: 100);

        var ack = await rig.Commands.AcceptAsync(Command("log Acme call " + new string('x', 200)), null, default);

        Assert.Contains("at most 100", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, rig.Inbox.Accepted);
    }

    [Fact]
    public async Task FullQueue_SaysBusy_InsteadOfWaiting()
    {
        var rig = new SlackRig(queueCapacity: 1);

        await rig.Commands.AcceptAsync(Command("deals"), null, default);
        var ack = await rig.Commands.AcceptAsync(Command("deals"), null, default);

        Assert.Contains("busy", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, rig.Inbox.Accepted);
    }

    [Fact]
    public async Task OrgWideInstall_UsesTheEnterpriseAsTenant()
    {
        var rig = new SlackRig();

        await rig.Commands.AcceptAsync(Command("deals") with { EnterpriseId = "E1", IsEnterpriseInstall = true }, null, default);

        Assert.Equal("E1", Assert.Single(rig.Drain()).Tenant.TenantId);
    }

    private static SlashCommand Command(string text, string channel = "D1") =>
        new("T1", null, false, channel, "U1", "pat", "/salesbot", text, "https://hooks.slack.com/commands/T1/1/x", "trig");
}
