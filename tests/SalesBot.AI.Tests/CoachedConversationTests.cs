using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs;
using SalesBot.Dialogs.Conversation;
using SalesBot.Storage;
using SalesBot.Testing;

namespace SalesBot.AI.Tests;

/// <summary>A whole conversation with the AI coach on: real engine, real SQLite, the real SDK client, a fake model on loopback.</summary>
public sealed class CoachedConversationTests : IAsyncLifetime, IDisposable
{
    private FakeOpenAIServer _server = null!;
    private TempFolder _folder = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _folder = new TempFolder();
        _server = await FakeOpenAIServer.StartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SalesBot"] = _folder.SqliteConnectionString(),
            ["OpenAI:Endpoint"] = _server.Endpoint.ToString(),
            ["OpenAI:ApiKey"] = "test-key",
            ["OpenAI:Model"] = "coach",
            ["OpenAI:Tenants:0"] = "contoso",
            ["OpenAI:TimeBudget"] = "00:00:10",
            ["RateLimit:TurnsPerMinute"] = "0", // a scripted conversation types faster than people; the limit has its own tests
            ["Nudges:Enabled"] = "false",
        });
        builder.Services.AddSalesBotDialogs().AddSalesBotAI(builder.Configuration).AddSalesBotStorage(builder.Configuration);
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> SayAsync(string tenant, string text, string? locale = null, string user = "ann")
    {
        var turn = new Turn { ChannelId = "webchat", ConversationId = "c-" + user, Owner = new Owner(tenant, user), UserName = "Ann", Text = text, Locale = locale };
        var replies = await _host.Services.GetRequiredService<TurnPipeline>().ProcessAsync(turn, default);
        return string.Join("\n---\n", replies.Select(SalesBot.Dialogs.Rendering.TextRenderer.Render));
    }

    [Fact]
    public async Task An_opted_in_tenant_gets_the_models_budget_offer_and_summary_and_a_failing_model_changes_nothing_for_the_user()
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { redFlags = Array.Empty<object>(), stalls = Array.Empty<object>(), budget = new { amount = 6000, currency = "USD", quote = "six thousand" } });
        await SayAsync("contoso", "qualify Acme");
        foreach (var answer in new[] { "yes", "yes", "yes", "yes" })
        {
            await SayAsync("contoso", answer);
        }

        var offer = await SayAsync("contoso", "the owner hinted at six thousand");
        Assert.Contains("it mentions **6,000 USD**", offer, StringComparison.Ordinal);
        Assert.Equal("the owner hinted at six thousand", Assert.Single(_server.Requests).Data["answer"]!.GetValue<string>());

        foreach (var answer in new[] { "6,000 USD", "2027-03-01", "yes", "yes", "yes", "Good", "needs Acme" })
        {
            await SayAsync("contoso", answer);
        }

        _server.Respond = c => FakeOpenAIServer.Error(c, 500); // the analysis of each needs answer fails: the keyword rules answer
        var noted = await SayAsync("contoso", "Family bakery; they want it ASAP");
        Assert.Contains("**Coaching note**\n- Red flag: Rush (\"ASAP\")", noted, StringComparison.Ordinal);
        foreach (var answer in new[] { "Online ordering", "skip", "skip", "skip", "yes", "yes" })
        {
            await SayAsync("contoso", answer);
        }

        _server.Respond = c => FakeOpenAIServer.Completion(c, new { points = new[] { "You run a family bakery and want online ordering." } });
        var engage = await SayAsync("contoso", "engage Acme");
        Assert.Contains("**Summary to read back to Acme** (drafted by the AI coach", engage, StringComparison.Ordinal);
        Assert.Contains("- You run a family bakery and want online ordering.\n", engage, StringComparison.Ordinal);
        Assert.Contains("Are you ready to move forward?", engage, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => r.Body.ToJsonString().Contains("Acme", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ru-RU", "да", "хозяин намекнул на шесть тысяч", "шесть тысяч", "Russian (language code ru)")]
    [InlineData("pl-PL", "tak", "właściciel wspomniał o sześciu tysiącach", "sześciu tysiącach", "Polish (language code pl)")]
    public async Task A_russian_or_polish_users_turn_asks_the_model_in_their_language_and_takes_a_budget_quoted_in_its_words(
        string locale, string yes, string answer, string quote, string instruction)
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { redFlags = Array.Empty<object>(), stalls = Array.Empty<object>(), budget = new { amount = 6000, currency = "USD", quote } });
        await SayAsync("contoso", "qualify Acme", locale, "olga");
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await SayAsync("contoso", yes, locale, "olga");
        }

        var offer = await SayAsync("contoso", answer, locale, "olga");

        var request = Assert.Single(_server.Requests);
        Assert.Contains("Write every text of the reply in " + instruction, request.Messages[0].Content, StringComparison.Ordinal);
        Assert.Equal(answer, request.Data["answer"]!.GetValue<string>());
        Assert.Contains("6", offer, StringComparison.Ordinal);
        Assert.Contains("USD", offer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenant_on_the_same_server_sends_nothing_and_gets_the_template_summary()
    {
        await SayAsync("fabrikam", "qualify Acme");
        await SayAsync("fabrikam", "cancel");
        await SayAsync("fabrikam", "needs Acme");
        await SayAsync("fabrikam", "Family bakery");
        await SayAsync("fabrikam", "cancel");
        var engage = await SayAsync("fabrikam", "engage Acme");

        Assert.Contains("**Summary to read back to Acme**\n- How did they get started in this industry: Family bakery\n", engage, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
