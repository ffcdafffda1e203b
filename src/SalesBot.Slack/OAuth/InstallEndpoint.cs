using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace SalesBot.Slack.OAuth;

/// <summary>GET /api/slack/install: sets the state cookie on this browser and sends it to Slack's authorize page.</summary>
internal sealed class InstallEndpoint(OAuthState states, IOptions<SlackOptions> options)
{
    public IResult Handle(HttpContext http)
    {
        var slack = options.Value;
        var (state, nonce) = states.Create(slack.InstallStateLifetime);
        http.Response.Cookies.Append(OAuthState.Cookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/api/slack",
            MaxAge = slack.InstallStateLifetime,
            IsEssential = true,
        });
        var url = QueryHelpers.AddQueryString(slack.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = slack.ClientId,
            ["scope"] = slack.Scopes,
            ["user_scope"] = "",
            ["redirect_uri"] = RedirectUri(http, slack),
            ["state"] = state,
        });
        return Results.Redirect(url);
    }

    /// <summary>Slack:RedirectUrl, or this server's /api/slack/oauth_redirect; authorize and oauth.v2.access must use the same.</summary>
    public static string RedirectUri(HttpContext http, SlackOptions slack) =>
        slack.RedirectUrl is { Length: > 0 } configured
            ? configured
            : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/slack/oauth_redirect";
}
