using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SalesBot.Slack.Signing;

/// <summary>
/// Checks X-Slack-Signature on the raw body: "v0=" + hex HMAC-SHA256 of "v0:{timestamp}:{body}" with the signing secret,
/// compared in constant time; timestamps more than five minutes off in either direction are refused, and without a
/// signing secret nothing passes.
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const string Version = "v0";

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return SignatureCheck.NoSigningSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > Window)
        {
            return SignatureCheck.StaleTimestamp;
        }

        if (age < -Window)
        {
            return SignatureCheck.FutureTimestamp;
        }

        var expected = Compute(secret, timestamp, body);
        var given = Decode(signature);
        return given is not null && CryptographicOperations.FixedTimeEquals(expected, given)
            ? SignatureCheck.Valid
            : SignatureCheck.Mismatch;
    }

    /// <summary>The raw HMAC of "v0:{timestamp}:{body}".</summary>
    public static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }

    /// <summary>The header value Slack would send for this body: "v0=" and lowercase hex.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        $"{Version}=" + Convert.ToHexStringLower(Compute(secret, timestamp, body));

    private static byte[]? Decode(string signature)
    {
        const string Prefix = Version + "=";
        if (!signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 64)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(signature.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
