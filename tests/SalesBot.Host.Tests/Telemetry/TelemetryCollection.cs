namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// The tests whose hosts export telemetry run one at a time: an exporter listens to every span source in the process,
/// so a host running beside another would export the other's spans too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry exporters";
}
