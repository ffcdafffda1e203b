using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Endpoint;

namespace SalesBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>The Bot Framework protocol: POST /api/messages, its authentication, and the Bot Connector client.</summary>
    public static IServiceCollection AddSalesBotTeams(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration("");
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IActivityAuthenticator, LocalModeAuthenticator>();
        services.AddHttpClient<IBotConnector, BotConnectorClient>();
        services.AddScoped<BotMessagesEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapSalesBotTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, BotMessagesEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(http, cancellationToken));
        return endpoints;
    }
}
