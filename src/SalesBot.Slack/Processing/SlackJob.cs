using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Work accepted from Slack and done after the acknowledgement. Jobs with the same <see cref="PartitionKey"/> run one
/// after another in arrival order; <see cref="DeliveryIds"/> (event id, channel+ts) make retries and duplicates run once.
/// </summary>
internal abstract record SlackJob(SlackTenant Tenant)
{
    public abstract string PartitionKey { get; }

    public IReadOnlyList<string> DeliveryIds { get; init; } = [];

    public DateTimeOffset ReceivedAt { get; init; }
}
