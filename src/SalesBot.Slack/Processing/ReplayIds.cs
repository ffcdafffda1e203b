using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>
/// The delivery ids of a slash command or an interaction — requests Slack never retries, so anything sent twice is a
/// replay: the verified X-Slack-Signature (HMAC over timestamp and body, so the same signed body sent again within the
/// signature window has the same one; hex decodes alike in any case, so it is lowered) and Slack's trigger_id (new for
/// every invocation; Socket Mode has no signature). The first run's commit marks them handled; a replay finds them.
/// </summary>
internal static class ReplayIds
{
    public static List<string> Of(string kind, SlackTenant tenant, string? signature, string? triggerId)
    {
        var ids = new List<string>(2);
        if (signature is { Length: > 0 })
        {
            ids.Add($"{kind}:" + signature.ToLowerInvariant());
        }

        if (triggerId is { Length: > 0 and <= 200 })
        {
            ids.Add($"trigger:{tenant.TenantId}:{triggerId}");
        }

        return ids;
    }
}
