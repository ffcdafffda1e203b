using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SalesBot.Slack.Interactivity;

namespace SalesBot.Slack.Endpoints;

/// <summary>POST /api/slack/interactions: a signed form whose "payload" field is the interaction JSON.</summary>
internal sealed class InteractionsEndpoint(SlackRequestReader reader, InteractionAcceptor acceptor)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(http, cancellationToken);
        if (request.Problem is { } problem)
        {
            return problem;
        }

        if (!request.IsVerified)
        {
            return SlackRequestReader.Unauthorized();
        }

        var payload = SlackForm.Parse(request.Body)?["payload"];
        using var json = payload is null ? null : SlackJson.Parse(Encoding.UTF8.GetBytes(payload));
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return SlackResults.BadRequest("The body has no payload field with a JSON object.");
        }

        return SlackResults.ToResult(await acceptor.AcceptAsync(json.RootElement, cancellationToken));
    }
}
