using System.Text.Json.Serialization;
using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Work accepted from Slack and done after the acknowledgement, kept in the inbox until done (as <see cref="SlackJobJson"/>).
/// Jobs with the same <see cref="PartitionKey"/> run one after another in arrival order; <see cref="DeliveryIds"/> (event id,
/// channel+ts, signature, or an id given at acceptance) make retries, duplicates and a re-run after a crash run once.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TurnJob), "turn")]
[JsonDerivedType(typeof(HomeJob), "home")]
[JsonDerivedType(typeof(OpenModalJob), "modal")]
[JsonDerivedType(typeof(UninstallJob), "uninstall")]
internal abstract record SlackJob(SlackTenant Tenant)
{
    [JsonIgnore]
    public abstract string PartitionKey { get; }

    public IReadOnlyList<string> DeliveryIds { get; init; } = [];

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The W3C trace context of the request that was acknowledged, so the work done later joins its trace.</summary>
    public string? TraceParent { get; init; }
}
