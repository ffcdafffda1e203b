using Microsoft.AspNetCore.Http;
using SalesBot.Slack.Events;

namespace SalesBot.Slack.Endpoints;

/// <summary>POST /api/slack/events: the Events API, signed JSON.</summary>
internal sealed class EventsEndpoint(SlackRequestReader reader, EventAcceptor acceptor)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(http, cancellationToken);
        if (request.Rejection is { } rejection)
        {
            return rejection;
        }

        using var json = SlackJson.ParseObject(request.Body);
        return json is null
            ? SlackResults.BadRequest("The body is not a JSON object.")
            : SlackResults.ToResult(await acceptor.AcceptAsync(json.RootElement, http.Request.Headers["X-Slack-Retry-Num"].FirstOrDefault(), cancellationToken));
    }
}
