using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.OAuth;

/// <summary>
/// GET /api/slack/oauth_redirect: checks the state against this browser's cookie and its expiry, exchanges the code with
/// oauth.v2.access, and stores the bot token (encrypted) for the team or enterprise.
/// </summary>
internal sealed partial class OAuthRedirectEndpoint(
    OAuthState states,
    ISlackApi api,
    SlackInstalls installs,
    IOptions<SlackOptions> options,
    ILogger<OAuthRedirectEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var check = states.Check(query["state"], http.Request.Cookies[OAuthState.Cookie]);
        http.Response.Cookies.Delete(OAuthState.Cookie, new CookieOptions { Path = "/api/slack" });
        if (check != OAuthStateCheck.Valid)
        {
            Log.StateRefused(logger, check);
            return InstallPage.Show(StatusCodes.Status400BadRequest, "Install link expired or not from this browser",
                "Start the install again from the same browser: open /api/slack/install.");
        }

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            return InstallPage.Show(StatusCodes.Status200OK, "SalesBot was not installed", $"Slack said: {error}. Nothing was changed.");
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            return InstallPage.Show(StatusCodes.Status400BadRequest, "No code from Slack", "Start the install again: open /api/slack/install.");
        }

        var slack = options.Value;
        try
        {
            var access = await api.ExchangeCodeAsync(slack.ClientId!, slack.ClientSecret!, code, InstallEndpoint.RedirectUri(http, slack), cancellationToken);
            await installs.SaveAsync(access, cancellationToken);
            var where = access.TeamName ?? access.TeamId ?? access.EnterpriseId;
            return InstallPage.Show(StatusCodes.Status200OK, "SalesBot is installed",
                $"SalesBot is installed in {where}. In Slack, type /salesbot qualify Acme, or open SalesBot under Apps.");
        }
        catch (SlackApiException ex)
        {
            Log.ExchangeFailed(logger, ex.Error);
            return InstallPage.Show(StatusCodes.Status502BadGateway, "Slack refused the install", $"Slack said: {ex.Error}. Try again.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "OAuth redirect refused: state {Check}")]
        public static partial void StateRefused(ILogger logger, OAuthStateCheck check);

        [LoggerMessage(2, LogLevel.Warning, "oauth.v2.access failed with {Error}")]
        public static partial void ExchangeFailed(ILogger logger, string error);
    }
}
