using System.Globalization;
using System.Text;
using SalesBot.Slack.Signing;

namespace SalesBot.Slack.Tests;

/// <summary>Signs bodies the way Slack does, for tests.</summary>
internal static class Signed
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Signature(string body, string timestamp, string secret = Secret) =>
        SlackSignatureVerifier.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));
}
