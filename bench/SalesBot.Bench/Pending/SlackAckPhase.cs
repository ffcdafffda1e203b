using SalesBot.Bench.Reporting;

namespace SalesBot.Bench.Pending;

/// <summary>
/// EXTENSION POINT — Slack ack latency (issue 5). SalesBot has no Slack endpoint yet, so this phase only reports
/// "not yet implemented"; it never invents a number.
/// <para>
/// To implement when /api/slack/* exists: start SalesBot with a Slack signing secret
/// (e.g. <c>--Slack:SigningSecret=bench-secret</c>, whatever issue 5 names it); have the <see cref="Load.LoadDriver"/>'s virtual users
/// post form-encoded slash commands (<c>command=/salesbot&amp;text=qualify Prospect-n&amp;user_id=...&amp;team_id=...&amp;response_url=...</c>)
/// signed with <c>X-Slack-Request-Timestamp</c> and <c>X-Slack-Signature: v0=HMAC-SHA256(secret, "v0:{ts}:{body}")</c>;
/// point <c>response_url</c> at a loopback listener in the bench so the follow-up messages land somewhere;
/// time from send to the HTTP 200 ack (not the follow-up); report ack p50/p99 and judge "Slack ack p99 &lt; 100 ms".
/// The floor for it: a signature check plus a fixed 200 in SalesBot.Bench.Floor.
/// </para>
/// </summary>
internal static class SlackAckPhase
{
    public const string Status = "not yet implemented (issue 5)";

    public static void Report(ResultSink results, TargetBoard board)
    {
        Console.WriteLine($"Slack ack latency: {Status}");
        Console.WriteLine();
        results.Add("slack", "salesbot", "ack_latency_p50_ms", null, "ms", note: Status);
        results.Add("slack", "salesbot", "ack_latency_p99_ms", null, "ms", note: Status);
        board.NotMeasured("slack_ack_p99_lt_100ms", "Slack ack p99 < 100 ms", Status);
    }
}
