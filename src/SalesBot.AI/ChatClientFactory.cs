using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;

namespace SalesBot.AI;

/// <summary>
/// The OpenAI SDK's chat client for the configured endpoint, over the "OpenAI" HttpClient (its standard resilience
/// handler is set up in <see cref="AIServiceCollectionExtensions"/>). It talks to OpenAI and, with the v1 endpoint
/// (https://RESOURCE.openai.azure.com/openai/v1/) and an API key, to Azure OpenAI. No SDK retries: a turn cannot
/// wait for them, the template is the answer to a failed call. No client logging: nothing sent is logged.
/// </summary>
internal static class ChatClientFactory
{
    public const string HttpClientName = "OpenAI";

    public static ChatClient Create(OpenAIOptions options, HttpClient http)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.TimeBudget,
            UserAgentApplicationId = "SalesBot",
        };
        return new ChatClient(options.Model, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }
}
