using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SalesBot.Http;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Connector;

/// <summary>
/// Bot Connector REST over HttpClient: POST /v3/conversations/{id}/activities[/{replyToId}], PUT …/activities/{id},
/// POST /v3/conversations. The bearer token goes only to allow-listed service URLs. The HttpClient's standard resilience
/// handler (<see cref="OutboundResilience"/>) retries <see cref="IsTransient"/> answers, waiting as Retry-After asks.
/// </summary>
internal sealed class BotConnectorClient(HttpClient http, IBotTokenProvider tokens, ServiceUrlPolicy serviceUrls) : IBotConnector
{
    /// <summary>What the Bot Connector documents as worth retrying: 429, 412, 502 and 504.</summary>
    public static bool IsTransient(HttpResponseMessage? response) => OutboundResilience.Is(
        response, HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout);

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversation = Uri.EscapeDataString(activity.Conversation!.Id!);
        var path = activity.ReplyToId is { Length: > 0 } replyTo
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"v3/conversations/{conversation}/activities";
        var response = await CallAsync(HttpMethod.Post, activity.ServiceUrl, path, activity, cancellationToken);
        return response?.Id;
    }

    public async Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(activity.Conversation!.Id!)}/activities/{Uri.EscapeDataString(activity.Id!)}";
        await CallAsync(HttpMethod.Put, activity.ServiceUrl, path, activity, cancellationToken);
    }

    public async Task<string> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var response = await CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
        return response?.Id ?? throw new BotConnectorException(HttpStatusCode.BadGateway, "The Bot Connector created a conversation without an id.");
    }

    private async Task<ResourceResponse?> CallAsync<T>(HttpMethod method, string? serviceUrl, string path, T body, CancellationToken cancellationToken)
    {
        if (!serviceUrls.IsAllowed(serviceUrl))
        {
            throw new BotConnectorException(HttpStatusCode.Forbidden, "The serviceUrl is not an allowed Bot Connector host; nothing was sent.");
        }

        var url = new Uri(new Uri(serviceUrl!.TrimEnd('/') + "/"), path);
        var token = await tokens.GetTokenAsync(cancellationToken);
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: BotJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            throw new BotUnreachableException($"The Bot Connector refused {method} {path} with 403: the bot was removed or blocked.");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new BotConnectorException(response.StatusCode, $"The Bot Connector answered {(int)response.StatusCode} to {method} {path}.");
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return text.Length == 0 ? null : System.Text.Json.JsonSerializer.Deserialize<ResourceResponse>(text, BotJson.Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
