using System.Text;
using Microsoft.AspNetCore.Http;
using SalesBot.Slack.Interactivity;

namespace SalesBot.Slack.Endpoints;

/// <summary>POST /api/slack/interactions: a signed form whose "payload" field is the interaction JSON; the same signed request sent again runs once.</summary>
internal sealed class InteractionsEndpoint(SlackRequestReader reader, InteractionAcceptor acceptor)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(http, cancellationToken);
        if (request.Rejection is { } rejection)
        {
            return rejection;
        }

        var payload = SlackForm.Parse(request.Body)?["payload"];
        using var json = payload is null ? null : SlackJson.ParseObject(Encoding.UTF8.GetBytes(payload));
        return json is null
            ? SlackResults.BadRequest("The body has no payload field with a JSON object.")
            : SlackResults.ToResult(await acceptor.AcceptAsync(json.RootElement, http.Request.Headers[Signing.SlackSignatureVerifier.SignatureHeader].ToString(), cancellationToken));
    }
}
