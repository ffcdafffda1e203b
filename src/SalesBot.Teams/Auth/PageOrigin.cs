using System.Net;
using Microsoft.AspNetCore.Http;

namespace SalesBot.Teams.Auth;

/// <summary>
/// Whether a local-mode request comes from the local chat page itself. A browser names the page that sends a request in
/// <c>Origin</c> (and <c>Sec-Fetch-Site</c>); a page elsewhere — another site, a file, or a DNS name rebound to this
/// machine — must not post activities as a local user. The page's own origin is this server's scheme and the port the
/// connection reached, on a loopback host; the Host header is not trusted (a rebound name sets it too). A client with
/// no Origin (the Bot Framework Emulator, curl, tests) is not a web page and is let through.
/// </summary>
internal static class PageOrigin
{
    public static bool IsOwnPageOrNoPage(HttpContext http)
    {
        var fetchSite = http.Request.Headers["Sec-Fetch-Site"];
        if (fetchSite.Count > 0 && fetchSite is not ["same-origin"] and not ["none"])
        {
            return false;
        }

        var origins = http.Request.Headers.Origin;
        if (origins.Count == 0)
        {
            return true;
        }

        return origins.Count == 1
            && Uri.TryCreate(origins[0], UriKind.Absolute, out var origin)
            && origin is { AbsolutePath: "/", Query: "", UserInfo: "" }
            && string.Equals(origin.Scheme, http.Request.Scheme, StringComparison.OrdinalIgnoreCase)
            && origin.Port == http.Connection.LocalPort
            && (origin.IsLoopback || (IPAddress.TryParse(origin.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
    }
}
