using System.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using SalesBot.Core.Diagnostics;

namespace SalesBot.Host.Operations;

/// <summary>
/// OpenTelemetry metrics for the Prometheus exporter (and the exporters of <see cref="TelemetrySetup"/>): the "SalesBot" meter plus ASP.NET Core's request and connection
/// meters. Only meters made by this host's <see cref="IMeterFactory"/> are kept (a view drops the rest), so two hosts
/// in one process — the end-to-end tests — never count each other's turns.
/// </summary>
internal static class MetricsSetup
{
    public const string ServiceName = "salesbot";

    private static readonly string[] Meters =
    [
        SalesBotMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
    ];

    public static OpenTelemetryBuilder WithSalesBotMetrics(this OpenTelemetryBuilder telemetry) =>
        telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0);
                ((IDeferredMeterProviderBuilder)metrics).Configure((provider, builder) =>
                {
                    var ours = provider.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, ours) ? null : MetricStreamConfiguration.Drop);
                });
            });
}
