using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Auth;

/// <summary>
/// With no MicrosoftAppId (local use) requests are accepted only from loopback, as the Bot Framework Emulator expects,
/// and from no web page but SalesBot's own chat page (<see cref="PageOrigin"/>); replies go only to loopback service URLs.
/// With an app id, every request is refused until JWT validation is configured.
/// </summary>
internal sealed class LocalModeAuthenticator(IOptions<BotFrameworkOptions> options) : IActivityAuthenticator
{
    public Task<AuthOutcome> AuthenticateRequestAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!options.Value.IsLocal)
        {
            return Task.FromResult(AuthOutcome.Deny(StatusCodes.Status401Unauthorized, "Bot Framework token validation is not available in this build."));
        }

        var remote = http.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            return Task.FromResult(AuthOutcome.Deny(StatusCodes.Status401Unauthorized, "Without MicrosoftAppId only local callers are accepted."));
        }

        return Task.FromResult(PageOrigin.IsOwnPageOrNoPage(http)
            ? AuthOutcome.Allow
            : AuthOutcome.Deny(StatusCodes.Status403Forbidden, "In local mode only SalesBot's own chat page may post activities; this request came from another origin."));
    }

    public Task<AuthOutcome> AuthorizeActivityAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        // Nobody vouches for a local caller's aadObjectId: identity is from.id alone, so the body cannot pick another user.
        if (activity.From is { } sender)
        {
            activity.From = sender with { AadObjectId = null };
        }

        if (Mapping.ActivityValidator.IsExpectReplies(activity))
        {
            return Task.FromResult(AuthOutcome.Allow);
        }

        return Task.FromResult(LoopbackUrl.IsLoopback(activity.ServiceUrl)
            ? AuthOutcome.Allow
            : AuthOutcome.Deny(StatusCodes.Status403Forbidden, "In local mode replies go only to a serviceUrl on this machine."));
    }
}
