using SalesBot.Core.Conversations;
using SalesBot.Slack.Commands;
using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Tests.Commands;

/// <summary>
/// The notes of a slash command's acknowledgement follow the user's language on an instance that never looked the user up
/// (a fresh rig: after a restart or on another instance): the stored setting, else the Slack locale stored with their
/// address, else English. One store read at most, and never a call to Slack before the ack.
/// </summary>
public sealed class CommandAckLanguageTests
{
    private static readonly Owner User = new("T1", "U1");

    [Theory]
    [InlineData("ru", "en-US", "личных сообщениях")]
    [InlineData("pl", "ru-RU", "wiadomościach bezpośrednich")]
    [InlineData(null, "pl-PL", "wiadomościach bezpośrednich")]
    [InlineData(null, "ru-RU", "личных сообщениях")]
    [InlineData(null, null, "direct messages")]
    [InlineData("en", "ru-RU", "direct messages")]
    public async Task CommandInAChannel_PointsToTheDm_InTheStoredLanguage_WithOneReadAndNoCallToSlack(string? chosen, string? channelLocale, string expected)
    {
        var rig = new SlackRig();
        if (chosen is not null || channelLocale is not null)
        {
            rig.Locales.Store(User, "slack", chosen, channelLocale);
        }

        var ack = await rig.Commands.AcceptAsync(Command("deals", "C0123"), null, default);

        Assert.Contains(expected, ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, rig.Locales.Reads);
        Assert.Empty(rig.Api.Calls);
        Assert.Single(rig.Drain());
    }

    [Fact]
    public async Task TheSettingWinsOverWhatThisInstanceSawInUsersInfo()
    {
        var rig = new SlackRig();
        await rig.Users.EnsureAsync(SlackTenant.From("T1", null, false)!, "U1", "D1", "xoxb-test", default); // users.info says en-US
        rig.Locales.Store(User, "slack", "ru", null);

        var ack = await rig.Commands.AcceptAsync(Command("deals", "C0123"), null, default);

        Assert.Contains("личных сообщениях", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedText_IsRefusedInTheUsersLanguage_AndNothingIsQueued()
    {
        var rig = new SlackRig(maxMessageLength: 100);
        rig.Locales.Store(User, "slack", "pl", null);

        var ack = await rig.Commands.AcceptAsync(Command("log Acme call " + new string('x', 200), "D1"), null, default);

        Assert.Contains("czytam najwyżej 100", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, rig.Inbox.Accepted);
        Assert.Empty(rig.Drain());
        Assert.Empty(rig.Api.Calls);
    }

    [Fact]
    public async Task FullQueue_SaysBusyInTheUsersLanguage_AndQueuesNothingMore()
    {
        var rig = new SlackRig(queueCapacity: 1);
        rig.Locales.Store(User, "slack", null, "ru-RU");

        await rig.Commands.AcceptAsync(Command("deals", "D1"), null, default);
        var ack = await rig.Commands.AcceptAsync(Command("deals", "D1"), null, default);

        Assert.Contains("SalesBot сейчас занят", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, rig.Inbox.Accepted);
    }

    [Fact]
    public async Task AnAckWithoutANote_ReadsNothing()
    {
        var rig = new SlackRig();

        var ack = await rig.Commands.AcceptAsync(Command("deals", "D1"), null, default);

        Assert.Null(ack.Body);
        Assert.Equal(0, rig.Locales.Reads);
    }

    [Fact]
    public async Task AStoreThatCannotAnswer_LeavesTheNoteInEnglish_AndTheTurnQueued()
    {
        var rig = new SlackRig();
        rig.Locales.Failure = new InvalidOperationException("database down");

        var ack = await rig.Commands.AcceptAsync(Command("deals", "C0123"), null, default);

        Assert.Equal(200, ack.StatusCode);
        Assert.Contains("direct messages", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(rig.Drain());
    }

    private static SlashCommand Command(string text, string channel) =>
        new("T1", null, false, channel, "U1", "pat", "/salesbot", text, "https://hooks.slack.com/commands/T1/1/x", "trig");
}
