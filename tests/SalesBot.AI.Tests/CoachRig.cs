using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Testing;

namespace SalesBot.AI.Tests;

/// <summary>The coach as SalesBot wires it (templates first, then AddSalesBotAI from configuration), its logs kept.</summary>
internal sealed class CoachRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CoachRig(ServiceProvider services, FakeLogCollector logs)
    {
        _services = services;
        Logs = logs;
    }

    public FakeLogCollector Logs { get; }

    public ICoach Coach => _services.GetRequiredService<ICoach>();

    public IServiceProvider Services => _services;

    public static CoachRig Create(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddSingleton(PlaybookLoader.LoadDefault());
        services.AddSingleton<ICoach, TemplateCoach>();
        services.AddSalesBotAI(configuration);
        return new CoachRig(services.BuildServiceProvider(validateScopes: true), logs);
    }

    public static CoachRig For(FakeOpenAIServer server, string tenants = "*", TimeSpan? budget = null) => Create(new Dictionary<string, string?>
    {
        ["OpenAI:Endpoint"] = server.Endpoint.ToString(),
        ["OpenAI:ApiKey"] = "test-key-123",
        ["OpenAI:Model"] = "coach-deployment",
        ["OpenAI:Tenants:0"] = tenants,
        ["OpenAI:TimeBudget"] = (budget ?? TimeSpan.FromSeconds(10)).ToString(),
    });

    /// <summary>The coach on the server's Azure OpenAI routes: keyless (Entra ID) unless <paramref name="apiKey"/> is given.</summary>
    public static CoachRig ForAzure(FakeOpenAIServer server, string? apiKey = null, string? managedIdentityClientId = null) => Create(new Dictionary<string, string?>
    {
        ["OpenAI:Endpoint"] = server.AzureEndpoint.ToString(),
        ["OpenAI:Provider"] = "AzureOpenAI",
        ["OpenAI:ApiKey"] = apiKey,
        ["OpenAI:ManagedIdentityClientId"] = managedIdentityClientId,
        ["OpenAI:Model"] = "coach-deployment",
        ["OpenAI:Tenants:0"] = "*",
        ["OpenAI:TimeBudget"] = TimeSpan.FromSeconds(10).ToString(),
    });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
    }
}
