using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SalesBot.AI;
using SalesBot.Dialogs.Conversation;
using SalesBot.Slack;
using SalesBot.Storage;

namespace SalesBot.Host.Operations;

/// <summary>
/// Where SalesBot's telemetry goes, by the standard settings: Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (the Azure Monitor OpenTelemetry distro: traces, metrics, logs),
/// any OpenTelemetry collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other <c>OTEL_EXPORTER_OTLP_*</c>
/// settings as the specification says), both, or neither; Prometheus on /metrics in every case. A turn's trace runs
/// from the HTTP request through the turn, its dialog and store calls, to the calls to Teams, Slack or the model; its
/// spans carry ids, channel and outcome, never message text. Without an exporter no spans are recorded at all.
/// </summary>
internal static class TelemetrySetup
{
    public const string ApplicationInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The section bound to the Azure Monitor distro's options (sampling, live metrics, offline storage).</summary>
    public const string AzureMonitorSection = "AzureMonitor";

    private static readonly string[] Sources = [TurnTracing.SourceName, StorageTracing.SourceName, SlackTracing.SourceName, AITracing.SourceName];

    public static IServiceCollection AddSalesBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(MetricsSetup.ServiceName));
        telemetry.WithSalesBotMetrics();
        var applicationInsights = configuration[ApplicationInsightsKey] is { Length: > 0 } connectionString ? connectionString : null;
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        if (applicationInsights is null && !otlp)
        {
            return services;
        }

        telemetry.WithTracing(tracing =>
        {
            tracing.AddSource(Sources);
            if (applicationInsights is null)
            {
                // The Azure Monitor distro brings these two itself.
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        });
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options => options.Filter = context => !IsOperations(context.Request.Path));
        if (applicationInsights is not null)
        {
            telemetry.UseAzureMonitor(options =>
            {
                // The distro's own settings (SamplingRatio, TracesPerSecond, EnableLiveMetrics, ...) from "AzureMonitor".
                configuration.GetSection(AzureMonitorSection).Bind(options);
                options.ConnectionString = applicationInsights;
            });
        }

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>Probes and scrapes: not traced, they would drown the turns.</summary>
    private static bool IsOperations(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsOptions.Path, StringComparison.OrdinalIgnoreCase);
}
