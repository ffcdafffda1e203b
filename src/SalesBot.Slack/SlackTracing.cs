using System.Diagnostics;
using SalesBot.Core.Channels;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack;

/// <summary>
/// The span of Slack work run from the inbox ("slack job", a consumer): a child of the request that was acknowledged, so
/// the ack, the turn, its store calls and the Web API calls are one trace even when the work ran later or on another
/// instance. Ids only, never text. The host's OpenTelemetry setup listens to <see cref="SourceName"/>.
/// </summary>
public static class SlackTracing
{
    public const string SourceName = "SalesBot.Slack";

    /// <summary>Which kind of job the span ran (TurnJob, HomeJob, OpenModalJob, UninstallJob).</summary>
    public const string JobAttribute = "salesbot.slack.job";

    /// <summary>How many times the inbox handed the item out, this time included.</summary>
    public const string AttemptAttribute = "salesbot.inbox.attempt";

    private static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartJob(SlackJob job, InboxItem item)
    {
        var parent = ActivityContext.TryParse(job.TraceParent, null, out var context) ? context : default;
        return Source.StartActivity("slack job", ActivityKind.Consumer, parent)
            ?.SetTag(JobAttribute, job.GetType().Name)
            .SetTag(AttemptAttribute, item.Attempts);
    }
}
