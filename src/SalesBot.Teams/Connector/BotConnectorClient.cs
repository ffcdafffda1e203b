using System.Net.Http.Json;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Connector;

/// <summary>
/// Bot Connector REST: a reply goes to POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId},
/// a new message to POST {serviceUrl}/v3/conversations/{id}/activities.
/// </summary>
internal sealed class BotConnectorClient(HttpClient http) : IBotConnector
{
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var baseUrl = activity.ServiceUrl!.TrimEnd('/');
        var conversation = Uri.EscapeDataString(activity.Conversation!.Id!);
        var url = activity.ReplyToId is { Length: > 0 } replyTo
            ? $"{baseUrl}/v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"{baseUrl}/v3/conversations/{conversation}/activities";
        using var response = await http.PostAsJsonAsync(url, activity, BotJson.Options, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
