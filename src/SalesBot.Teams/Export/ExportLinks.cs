using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Privacy;

namespace SalesBot.Teams.Export;

/// <summary>
/// Short-lived download tokens for <c>/api/export/{token}</c>: the owner, the format and the expiry, encrypted and signed with
/// ASP.NET Core Data Protection. A token only ever yields its owner's data; a changed or foreign token reads as nothing.
/// </summary>
internal sealed class ExportLinks(IDataProtectionProvider protection, TimeProvider time, IOptions<ExportOptions> options)
{
    public const string PathPrefix = "/api/export/";
    private readonly IDataProtector _protector = protection.CreateProtector("SalesBot.Export.Link.v1");

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    /// <summary>Where links point: Export:PublicBaseUrl when set, else <paramref name="localBase"/> (null when there is none).</summary>
    public Uri? Root(Uri? localBase) =>
        options.Value.PublicBaseUrl is { Length: > 0 } text
        && Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var configured) && configured.Scheme is "https" or "http"
            ? configured
            : localBase;

    public Uri Issue(Owner owner, string format, Uri root)
    {
        var payload = new Payload(owner.TenantId, owner.UserId, format, (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds());
        var token = _protector.Protect(JsonSerializer.Serialize(payload));
        return new Uri(root, PathPrefix.TrimStart('/') + Uri.EscapeDataString(token));
    }

    /// <summary>The id under which a use of <paramref name="token"/> is recorded when links work once (Export:SingleUse).</summary>
    public static string UseId(string token) => "link:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>The link the token stands for, or null when it was not issued by this SalesBot (forged, changed, truncated).</summary>
    public ExportLink? Read(string token)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
            if (payload is null || payload.F is not (ExportFiles.Csv or ExportFiles.Json) || string.IsNullOrEmpty(payload.T) || string.IsNullOrEmpty(payload.U))
            {
                return null;
            }

            return new ExportLink(new Owner(payload.T, payload.U), payload.F, DateTimeOffset.FromUnixTimeSeconds(payload.E));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public bool IsExpired(ExportLink link) => time.GetUtcNow() > link.ExpiresAt;

    private sealed record Payload(string T, string U, string F, long E);
}
