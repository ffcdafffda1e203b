using System.Net;

namespace SalesBot.Teams.Auth;

internal static class LoopbackUrl
{
    public static bool IsLoopback(string? url) =>
        Mapping.ActivityValidator.IsHttpUrl(url)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
