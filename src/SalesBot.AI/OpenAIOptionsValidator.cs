using Microsoft.Extensions.Options;

namespace SalesBot.AI;

/// <summary>Checks the "OpenAI" section on start: a complete, safe endpoint, a way to sign in, and a time budget a turn can afford.</summary>
internal sealed class OpenAIOptionsValidator : IValidateOptions<OpenAIOptions>
{
    public static readonly TimeSpan MinBudget = TimeSpan.FromMilliseconds(100);

    /// <summary>Below Teams' 15 seconds, with room for the rest of the turn.</summary>
    public static readonly TimeSpan MaxBudget = TimeSpan.FromSeconds(12);

    public ValidateOptionsResult Validate(string? name, OpenAIOptions options)
    {
        var errors = new List<string>();
        if (options.Endpoint is null)
        {
            errors.Add("OpenAI:Endpoint is required when the AI coach is configured (e.g. https://RESOURCE.openai.azure.com/ or https://api.openai.com/v1/).");
        }
        else if (!options.Endpoint.IsAbsoluteUri || (options.Endpoint.Scheme != Uri.UriSchemeHttps && !(options.Endpoint.Scheme == Uri.UriSchemeHttp && options.Endpoint.IsLoopback)))
        {
            errors.Add($"OpenAI:Endpoint must be an absolute https address (http only on this machine), not '{options.Endpoint}'. The key or token must not travel in clear.");
        }
        else if (options.ResolvedProvider == AIProvider.AzureOpenAI && options.Endpoint.AbsolutePath != "/")
        {
            errors.Add($"OpenAI:Endpoint for AzureOpenAI is the resource address (https://RESOURCE.openai.azure.com/), not '{options.Endpoint}'. For the v1 address set OpenAI:Provider to OpenAI and give a key.");
        }

        if (options.ResolvedProvider == AIProvider.OpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add("OpenAI:ApiKey is required for OpenAI and OpenAI-compatible endpoints (only Azure OpenAI signs in without a key: OpenAI:Provider AzureOpenAI).");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && !options.Keyless)
        {
            errors.Add("OpenAI:ManagedIdentityClientId is for keyless Azure OpenAI only: remove it, or remove OpenAI:ApiKey to sign in with that identity.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add("OpenAI:Model is required when the AI coach is configured (on Azure OpenAI: the deployment name).");
        }

        if (options.TimeBudget < MinBudget || options.TimeBudget > MaxBudget)
        {
            errors.Add($"OpenAI:TimeBudget must be between {MinBudget.TotalSeconds} and {MaxBudget.TotalSeconds} seconds, not {options.TimeBudget.TotalSeconds}.");
        }

        if (options.MaxOutputTokens is < 50 or > 4000)
        {
            errors.Add($"OpenAI:MaxOutputTokens must be between 50 and 4000, not {options.MaxOutputTokens}.");
        }

        if (options.Tenants.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("OpenAI:Tenants must not contain empty entries.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
