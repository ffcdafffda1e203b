namespace SalesBot.AI;

/// <summary>
/// The optional AI coach (section "OpenAI"): an OpenAI or Azure OpenAI (v1) endpoint, its key and the model
/// (the deployment name on Azure). Without all three the coach stays on its templates and nothing is sent anywhere.
/// </summary>
internal sealed class OpenAIOptions
{
    public const string Section = "OpenAI";

    /// <summary>The API's base address: https://api.openai.com/v1/ or https://RESOURCE.openai.azure.com/openai/v1/.</summary>
    public Uri? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The model, or on Azure OpenAI the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The tenants (Teams tenant ids, Slack team ids, "local") whose data may be sent; "*" for all. Empty: none.</summary>
    public List<string> Tenants { get; set; } = [];

    /// <summary>How long a turn waits for the model before it uses the template. Slack wants an answer in 3 s, Teams in 15 s.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>The most tokens the model may write for one answer.</summary>
    public int MaxOutputTokens { get; set; } = 600;

    public bool AllowsTenant(string tenantId) =>
        Tenants.Any(t => t == "*" || string.Equals(t, tenantId, StringComparison.OrdinalIgnoreCase));
}
