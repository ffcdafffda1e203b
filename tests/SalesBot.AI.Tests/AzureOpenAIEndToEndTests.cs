using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Testing;

namespace SalesBot.AI.Tests;

/// <summary>
/// The real Azure.AI.OpenAI and Azure.Identity code against loopback servers: the Azure OpenAI routes, and an App
/// Service managed-identity endpoint. Without a key the bearer token is the one the identity endpoint issued and no
/// key travels; with a key the key travels and no token is asked for.
/// </summary>
public sealed class AzureOpenAIEndToEndTests : IAsyncLifetime
{
    private static readonly Owner Ann = new("contoso", "ann-id-42");

    private static readonly SummaryRequest Summary = new(Ann, "Acme Bakery",
    [
        new CoachFact("How did they get started in this industry?", "Took over the family bakery in 1990"),
    ]);

    private FakeOpenAIServer _server = null!;
    private LoopbackManagedIdentity _identity = null!;

    public async Task InitializeAsync()
    {
        _identity = await LoopbackManagedIdentity.Instance;
        _server = await FakeOpenAIServer.StartAsync();
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { points = new[] { "You took over the family bakery in 1990." } });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Without_a_key_the_call_carries_the_managed_identity_token_on_the_deployment_route_and_no_key()
    {
        var clientId = Guid.NewGuid().ToString();
        await using var rig = CoachRig.ForAzure(_server, managedIdentityClientId: clientId);

        var summary = await rig.Coach.SummarizeAsync(Summary, default);

        Assert.Equal(CoachSource.Model, summary.Source);
        var token = Assert.Single(_identity.Requests, r => r.ClientId == clientId);
        Assert.Equal(LoopbackManagedIdentity.Secret, token.Header);
        Assert.Equal("https://cognitiveservices.azure.com", token.Resource);
        Assert.Equal("2019-08-01", token.ApiVersion);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/deployments/coach-deployment/chat/completions", request.Path);
        Assert.Matches(@"^\?api-version=\d{4}-\d{2}-\d{2}", request.Query);
        Assert.Equal("Bearer " + token.IssuedToken, request.Authorization);
        Assert.Null(request.ApiKey);
        Assert.Equal("json_schema", request.Body["response_format"]!["type"]!.GetValue<string>());
        Assert.True(request.Body["response_format"]!["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.False(request.Body["store"]!.GetValue<bool>());
        Assert.DoesNotContain("Acme", request.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_key_the_key_travels_in_the_api_key_header_and_no_token_is_asked_for()
    {
        var clientIdsBefore = _identity.Requests.Count;
        await using var rig = CoachRig.ForAzure(_server, apiKey: "azure-key-456");

        var summary = await rig.Coach.SummarizeAsync(Summary, default);

        Assert.Equal(CoachSource.Model, summary.Source);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/deployments/coach-deployment/chat/completions", request.Path);
        Assert.Equal("azure-key-456", request.ApiKey);
        Assert.Equal("", request.Authorization);
        Assert.Equal(clientIdsBefore, _identity.Requests.Count);
    }

    [Fact]
    public async Task An_identity_the_endpoint_refuses_sends_nothing_to_the_model_and_the_template_answers()
    {
        var clientId = "refused-" + Guid.NewGuid();
        await using var rig = CoachRig.ForAzure(_server, managedIdentityClientId: clientId);

        var summary = await rig.Coach.SummarizeAsync(Summary, default);

        Assert.Equal(CoachSource.Template, summary.Source);
        Assert.Contains(_identity.Requests, r => r.ClientId == clientId && r.IssuedToken is null);
        Assert.Empty(_server.Requests);
        Assert.Contains("used the template", rig.Logs.All(), StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", rig.Logs.All(), StringComparison.OrdinalIgnoreCase);
    }
}
