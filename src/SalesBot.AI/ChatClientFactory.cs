using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace SalesBot.AI;

/// <summary>
/// The <see cref="IChatClient"/> for the configured endpoint, over the "OpenAI" HttpClient (its standard resilience
/// handler is set up in <see cref="AIServiceCollectionExtensions"/>): Azure.AI.OpenAI for an Azure OpenAI resource,
/// with the key when one is set and otherwise an Entra ID token from <see cref="DefaultAzureCredential"/> (the
/// managed identity on Azure); the OpenAI SDK for OpenAI and every OpenAI-compatible endpoint. No SDK retries: a turn
/// cannot wait for them, the template is the answer to a failed call. No client logging: nothing sent is logged.
/// </summary>
internal static class ChatClientFactory
{
    public const string HttpClientName = "OpenAI";

    /// <summary>Nothing sent is kept by the provider for its own use ("store": false).</summary>
    public static void NotStored(ChatOptions options) =>
        options.RawRepresentationFactory ??= _ => new ChatCompletionOptions { StoredOutputEnabled = false };

    public static IChatClient Create(OpenAIOptions options, HttpClient http) => options.ResolvedProvider switch
    {
        AIProvider.AzureOpenAI => Azure(options, http).GetChatClient(options.Model).AsIChatClient(),
        _ => new OpenAIClient(new ApiKeyCredential(options.ApiKey!), OpenAIClientOptions(options, http)).GetChatClient(options.Model).AsIChatClient(),
    };

    /// <summary>The Entra ID sign-in for keyless Azure OpenAI: managed identity on Azure, a developer's Azure CLI or IDE sign-in elsewhere.</summary>
    public static TokenCredential Credential(OpenAIOptions options) => new DefaultAzureCredential(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
    });

    private static AzureOpenAIClient Azure(OpenAIOptions options, HttpClient http)
    {
        var clientOptions = new AzureOpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.TimeBudget,
            UserAgentApplicationId = "SalesBot",
        };
        return options.Keyless
            ? new AzureOpenAIClient(options.Endpoint, Credential(options), clientOptions)
            : new AzureOpenAIClient(options.Endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }

    private static OpenAIClientOptions OpenAIClientOptions(OpenAIOptions options, HttpClient http) => new()
    {
        Endpoint = options.Endpoint,
        Transport = new HttpClientPipelineTransport(http),
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        NetworkTimeout = options.TimeBudget,
        UserAgentApplicationId = "SalesBot",
    };
}
