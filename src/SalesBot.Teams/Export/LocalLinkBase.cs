using System.Net;
using Microsoft.AspNetCore.Http;

namespace SalesBot.Teams.Export;

/// <summary>
/// Where download links may point when Export:PublicBaseUrl is not set: the loopback address this connection reached,
/// and only when the caller is on this machine too (local chat, Emulator). Never the Host header, which the caller writes;
/// for a caller anywhere else there is no address SalesBot can vouch for, so there is no link.
/// </summary>
internal static class LocalLinkBase
{
    public static Uri? Of(HttpContext http)
    {
        var (local, remote) = (http.Connection.LocalIpAddress, http.Connection.RemoteIpAddress);
        if (local is null || remote is null || !IPAddress.IsLoopback(local) || !IPAddress.IsLoopback(remote))
        {
            return null;
        }

        return new UriBuilder(http.Request.Scheme, local.ToString(), http.Connection.LocalPort, http.Request.PathBase + "/").Uri;
    }
}
