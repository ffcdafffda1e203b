using Microsoft.AspNetCore.Http;
using SalesBot.Slack.Commands;

namespace SalesBot.Slack.Endpoints;

/// <summary>
/// POST /api/slack/commands. Signed requests only; the one exception is Slack's SSL check (exactly ssl_check=1), which gets
/// an empty 200 and nothing else — none of its other fields is read or trusted.
/// </summary>
internal sealed class CommandsEndpoint(SlackRequestReader reader, CommandAcceptor acceptor)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(http, cancellationToken);
        if (request.Problem is { } problem)
        {
            return problem;
        }

        var form = SlackForm.Parse(request.Body);
        if (form?.IsSslCheck == true)
        {
            return Results.Ok();
        }

        if (request.Rejection is { } rejection)
        {
            return rejection;
        }

        return form is null
            ? SlackResults.BadRequest("The body is not a valid form.")
            : SlackResults.ToResult(await acceptor.AcceptAsync(
                SlashCommand.From(name => form[name]), http.Request.Headers[Signing.SlackSignatureVerifier.SignatureHeader].ToString(), cancellationToken));
    }
}
