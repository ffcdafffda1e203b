using System.Net;
using System.Text.RegularExpressions;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// Slack was acknowledged before the work ran, so when the store then refuses the turn's writes the user must still hear
/// about it: the apology with an incident id, in the DM or through the command's response_url. Nothing of the turn is kept.
/// </summary>
public sealed partial class SlackStoreFailureTests : IAsyncLifetime
{
    private readonly UnwritableStore _store = new();
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync(
        new Dictionary<string, string?> { ["Slack:SigningSecret"] = SlackHost.SigningSecret, ["Slack:BotToken"] = SlackHost.BotToken },
        configureServices: _store.Install);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ADirectMessage_WhenTheStoreRefusesWrites_GetsTheApologyInTheDm_AndTheSameEventRunsOnceTheStoreWrites()
    {
        var user = _host.User();
        var message = user.DmEvent("qualify Acme");
        _store.Refuse();

        using (var ack = await user.EventAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await _host.IdleAsync();
        var apology = Assert.Single(_host.Slack.Of("chat.postMessage"));
        Assert.Equal(user.Dm, apology.Channel);
        Assert.Matches(IncidentText(), apology.AllText);
        _store.Allow();
        Assert.Empty(await _host.Store.ListDealsAsync(user.Owner, default));
        Assert.Empty(await _host.Channels.GetAddressesAsync(user.Owner, default));

        using (var retry = await user.EventAsync(message, retryNum: "1"))
        {
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        await _host.IdleAsync();
        Assert.Equal("Acme", Assert.Single(await _host.Store.ListDealsAsync(user.Owner, default)).Prospect);
    }

    [Fact]
    public async Task ASlashCommand_WhenTheStoreRefusesWrites_GetsTheApologyThroughItsResponseUrl()
    {
        var user = _host.User();
        var responseUrl = _host.Slack.ResponseUrl();
        _store.Refuse();

        using (var ack = await user.CommandAsync("qualify Acme", responseUrl: responseUrl))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await _host.IdleAsync();
        var apology = Assert.Single(_host.Slack.Of("response_url"));
        Assert.Equal(responseUrl.Segments[^1], apology.Str("hook"));
        Assert.Matches(IncidentText(), apology.AllText);
        Assert.Equal("ephemeral", apology.Str("response_type"));
        Assert.Empty(_host.Slack.Of("chat.postMessage"));
        _store.Allow();
        Assert.Empty(await _host.Store.ListDealsAsync(user.Owner, default));
    }

    [Theory]
    [InlineData("ru", "Извините, у меня что-то сломалось")]
    [InlineData("pl", "Przepraszam, coś poszło nie tak")]
    public async Task TheApology_IsInTheLanguageTheUserChose_AndNothingOfTheTurnIsKept(string language, string sorry)
    {
        var user = _host.User();
        using (var settings = await user.DmAsync("settings language " + language))
        {
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }

        await _host.IdleAsync();
        var before = _host.Slack.Of("chat.postMessage").Count;
        _store.Refuse();

        using (var ack = await user.DmAsync("qualify Acme"))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await _host.IdleAsync();
        var apology = Assert.Single(_host.Slack.Of("chat.postMessage").Skip(before));
        Assert.Equal(user.Dm, apology.Channel);
        Assert.Contains(sorry, apology.AllText, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{8}", apology.AllText);
        _store.Allow();
        Assert.Empty(await _host.Store.ListDealsAsync(user.Owner, default));
    }

    [GeneratedRegex(@"\(incident [0-9a-f]{8}\)")]
    private static partial Regex IncidentText();
}
