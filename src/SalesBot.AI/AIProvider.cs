namespace SalesBot.AI;

/// <summary>Which client library speaks to the configured endpoint.</summary>
public enum AIProvider
{
    /// <summary>OpenAI and every OpenAI-compatible endpoint (a local model server, Azure OpenAI's v1 endpoint with a key): the OpenAI SDK.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource (https://RESOURCE.openai.azure.com/): Azure.AI.OpenAI, keyless with Entra ID when no key is set.</summary>
    AzureOpenAI,
}
