using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SalesBot.Slack.Events;

namespace SalesBot.Slack.Endpoints;

/// <summary>POST /api/slack/events: the Events API, signed JSON.</summary>
internal sealed class EventsEndpoint(SlackRequestReader reader, EventAcceptor acceptor)
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

        using var json = SlackJson.Parse(request.Body);
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return SlackResults.BadRequest("The body is not a JSON object.");
        }

        return SlackResults.ToResult(await acceptor.AcceptAsync(json.RootElement, http.Request.Headers["X-Slack-Retry-Num"].FirstOrDefault(), cancellationToken));
    }
}
