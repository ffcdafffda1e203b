using System.Security.Cryptography;
using System.Text;

namespace SalesBot.Slack.WebApi;

/// <summary>A short, one-way name for a token, to key rate limits without keeping or logging the token itself.</summary>
internal static class TokenKey
{
    public static string Of(string? token) =>
        string.IsNullOrEmpty(token) ? "none" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)).AsSpan(0, 8));
}
