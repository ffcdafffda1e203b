using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;

namespace SalesBot.AI;

/// <summary>
/// The OpenAI SDK's chat client for the configured endpoint. It talks to OpenAI and, with the v1 endpoint
/// (https://RESOURCE.openai.azure.com/openai/v1/) and an API key, to Azure OpenAI. No retries: a turn cannot
/// wait for them, the template is the answer to a failed call. No client logging: nothing sent is logged.
/// </summary>
internal static class ChatClientFactory
{
    public static ChatClient Create(OpenAIOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.TimeBudget,
            UserAgentApplicationId = "SalesBot",
        };
        return new ChatClient(options.Model, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }
}
