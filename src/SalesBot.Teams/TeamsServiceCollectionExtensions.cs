using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Nudges;
using SalesBot.Http;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Endpoint;
using SalesBot.Teams.Export;
using SalesBot.Teams.Proactive;

namespace SalesBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>The Bot Framework protocol: POST /api/messages, token validation both ways, the Bot Connector client, proactive messages.</summary>
    public static IServiceCollection AddSalesBotTeams(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotFrameworkOptions>().BindConfiguration("").ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<BotAuthOptions>().BindConfiguration(BotAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(TeamsHttpClients.Metadata).AddSalesBotResilience();
        services.AddHttpClient(TeamsHttpClients.Identity);
        services.AddHttpClient<IBotConnector, BotConnectorClient>(TeamsHttpClients.Connector).AddSalesBotResilience((options, _) =>
            options.Retry.ShouldHandle = args => ValueTask.FromResult(BotConnectorClient.IsTransient(args.Outcome.Result)));
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<LocalModeAuthenticator>();
        services.AddSingleton<JwtActivityAuthenticator>();
        services.AddHealthChecks().AddCheck<BotFrameworkMetadataHealthCheck>("teams", tags: ["ready"]);
        services.AddSingleton<IActivityAuthenticator>(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsLocal
            ? sp.GetRequiredService<LocalModeAuthenticator>()
            : sp.GetRequiredService<JwtActivityAuthenticator>());
        services.AddSingleton<IBotTokenProvider>(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsLocal
            ? new NoTokenProvider()
            : ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(sp));

        services.AddSingleton<TeamsAddressBook>();
        services.AddSingleton<TeamsProactiveSender>();
        services.AddSingleton<PrivateChat>();

        services.AddDataProtection();
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<DownloadLinkRewriter>();
        services.AddScoped<ExportEndpoint>();
        services.AddSingleton<INudgeChannel, TeamsNudgeChannel>();
        services.AddSingleton<LiveQuestionCards>();
        services.AddScoped<BotFrameworkAdapter>();
        services.AddScoped<ConversationLifecycle>();
        services.AddScoped<BotMessagesEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapSalesBotTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, BotMessagesEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(http, cancellationToken));
        endpoints.MapGet(ExportLinks.PathPrefix + "{token}", (HttpContext http, string token, ExportEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(http, token, cancellationToken));
        return endpoints;
    }
}
