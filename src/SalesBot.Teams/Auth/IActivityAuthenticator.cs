using Microsoft.AspNetCore.Http;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Auth;

/// <summary>Decides whether an inbound activity may be processed, before anything is done with it.</summary>
public interface IActivityAuthenticator
{
    /// <summary>Checks the caller (transport) before the body is parsed.</summary>
    Task<AuthOutcome> AuthenticateRequestAsync(HttpContext http, CancellationToken cancellationToken);

    /// <summary>Checks claims that must agree with the parsed activity (channel, serviceUrl).</summary>
    Task<AuthOutcome> AuthorizeActivityAsync(HttpContext http, Activity activity, CancellationToken cancellationToken);
}
