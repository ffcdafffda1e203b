namespace SalesBot.Host;

internal static class HostServiceCollectionExtensions
{
    /// <summary>Health checks and what the host itself needs.</summary>
    public static IServiceCollection AddSalesBotHost(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.AddOptions<Privacy.PrivacyOptions>().BindConfiguration(Privacy.PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Privacy.RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<Privacy.RetentionService>());
        return services;
    }

    /// <summary>/health/live answers while the process runs; /health/ready also checks the store.</summary>
    public static IEndpointRouteBuilder MapSalesBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }
}
