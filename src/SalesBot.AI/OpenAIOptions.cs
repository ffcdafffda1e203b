namespace SalesBot.AI;

/// <summary>
/// The optional AI coach (section "OpenAI"): an OpenAI, OpenAI-compatible or Azure OpenAI endpoint, the model (the
/// deployment name on Azure) and how to sign in: an API key, or on Azure OpenAI without a key the app's Entra ID
/// identity (managed identity on Azure, the developer's sign-in elsewhere). Without them the coach stays on its
/// templates and nothing is sent anywhere.
/// </summary>
internal sealed class OpenAIOptions
{
    public const string Section = "OpenAI";

    /// <summary>
    /// The API's address: https://api.openai.com/v1/, any OpenAI-compatible base address, or the Azure OpenAI resource
    /// https://RESOURCE.openai.azure.com/ (its v1 address https://RESOURCE.openai.azure.com/openai/v1/ works with a key, as OpenAI).
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>OpenAI or AzureOpenAI; when not set, an Azure OpenAI resource address means AzureOpenAI, anything else OpenAI.</summary>
    public AIProvider? Provider { get; set; }

    /// <summary>The API key. Required for OpenAI; on Azure OpenAI leave it empty to sign in with Entra ID instead.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Keyless Azure OpenAI only: the client id of the user-assigned managed identity to sign in with.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The model, or on Azure OpenAI the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The tenants (Teams tenant ids, Slack team ids, "local") whose data may be sent; "*" for all. Empty: none.</summary>
    public List<string> Tenants { get; set; } = [];

    /// <summary>How long a turn waits for the model before it uses the template. Slack wants an answer in 3 s, Teams in 15 s.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>The most tokens the model may write for one answer.</summary>
    public int MaxOutputTokens { get; set; } = 600;

    public AIProvider ResolvedProvider => Provider ?? (Endpoint is { IsAbsoluteUri: true } e && IsAzureResource(e) ? AIProvider.AzureOpenAI : AIProvider.OpenAI);

    public bool Keyless => ResolvedProvider == AIProvider.AzureOpenAI && string.IsNullOrWhiteSpace(ApiKey);

    public bool AllowsTenant(string tenantId) =>
        Tenants.Any(t => t == "*" || string.Equals(t, tenantId, StringComparison.OrdinalIgnoreCase));

    /// <summary>An Azure OpenAI (or AI services) resource's own address, not its OpenAI-compatible v1 path.</summary>
    private static bool IsAzureResource(Uri endpoint) =>
        endpoint.AbsolutePath == "/"
        && (endpoint.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
            || endpoint.Host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase)
            || endpoint.Host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase));
}
