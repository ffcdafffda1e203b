using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SalesBot.Teams.Auth;

/// <summary>
/// The signing keys (and their channel endorsements) published at one OpenID metadata URL,
/// cached and refreshed by Microsoft.IdentityModel's ConfigurationManager.
/// </summary>
internal sealed class OpenIdKeySource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public OpenIdKeySource(string metadataUrl, HttpClient http)
    {
        MetadataUrl = metadataUrl;
        var requireHttps = !(Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) && uri.IsLoopback);
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http) { RequireHttps = requireHttps });
    }

    public string MetadataUrl { get; }

    /// <summary>The current metadata; throws when it cannot be fetched (callers fail closed).</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for fresh metadata on the next read, e.g. when a token names a key id not seen yet.</summary>
    public void RequestRefresh() => _manager.RequestRefresh();

    /// <summary>The channels a key is endorsed for; null when the key carries no endorsements.</summary>
    public static IReadOnlyList<string>? Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.KeyId == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            IEnumerable<object> items => items.Select(i => i?.ToString() ?? "").ToList(),
            _ => [],
        };
    }

    public static ICollection<SecurityKey> Keys(OpenIdConnectConfiguration configuration) => configuration.SigningKeys;
}
