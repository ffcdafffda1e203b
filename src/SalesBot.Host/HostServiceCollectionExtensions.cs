using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Diagnostics;
using SalesBot.Host.Operations;

namespace SalesBot.Host;

internal static class HostServiceCollectionExtensions
{
    /// <summary>
    /// Health checks, the "SalesBot" meter, the OpenTelemetry Prometheus exporter and, when configured, Application
    /// Insights and OTLP export (<see cref="TelemetrySetup"/>): what the host itself needs.
    /// </summary>
    public static IServiceCollection AddSalesBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.AddProblemDetails();
        services.AddExceptionHandler<IncidentExceptionHandler>();
        services.AddOptions<Privacy.PrivacyOptions>().BindConfiguration(Privacy.PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Privacy.RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<Privacy.RetentionService>());
        services.AddMetrics();
        services.TryAddSingleton<SalesBotMetrics>();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        services.AddSalesBotTelemetry(configuration);
        return services;
    }

    /// <summary>First in the pipeline: an unhandled exception answers a problem with an incident id, not an empty 500.</summary>
    public static IApplicationBuilder UseSalesBotErrors(this IApplicationBuilder app) => app.UseExceptionHandler();

    /// <summary>/health/live answers while the process runs; /health/ready also checks that the store reads and writes and, with Teams configured, the Bot Framework metadata.</summary>
    public static IEndpointRouteBuilder MapSalesBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", HealthResponse.Ready);
        return endpoints;
    }

    /// <summary>GET /metrics: Prometheus text (OpenMetrics when asked for), behind Metrics:BearerToken when set.</summary>
    public static IEndpointRouteBuilder MapSalesBotMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapPrometheusScrapingEndpoint(
            MetricsOptions.Path,
            meterProvider: null,
            configureBranchedPipeline: pipeline => pipeline.UseMiddleware<MetricsTokenMiddleware>(),
            optionsName: null);
        return endpoints;
    }
}
