using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Commands;
using SalesBot.Slack.Endpoints;
using SalesBot.Slack.Events;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Interactivity;
using SalesBot.Slack.OAuth;
using SalesBot.Slack.Processing;
using SalesBot.Slack.Signing;
using SalesBot.Slack.SocketMode;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Slack: the signed endpoints, the durable inbox and its worker, the Web API client, installs (single workspace, OAuth) and
    /// Socket Mode. Everything stays idle unless a Slack setting is configured.
    /// </summary>
    public static IServiceCollection AddSalesBotSlack(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.PostConfigure<SlackOptions>(options =>
        {
            if (options.ApiBaseUrl is { IsAbsoluteUri: true } api && !api.AbsoluteUri.EndsWith('/'))
            {
                options.ApiBaseUrl = new Uri(api.AbsoluteUri + "/");
            }
        });
        // Data Protection (the stored bot tokens) and its key ring (Slack:KeysFolder) are configured by the storage.

        services.AddSlackWebApi();
        services.AddSingleton<ISlackApi, SlackApi>();
        services.AddSingleton<ResponseUrlBudget>();

        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackInstalls>();
        services.AddSingleton<OAuthState>();

        services.AddSingleton<SlackInbox>();
        services.AddSingleton<DirectMessages>();
        services.AddSingleton<OpenQuestions>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<SlackLanguage>();
        services.AddSingleton<AckLanguage>();
        services.AddSingleton<SalesBot.Core.Nudges.INudgeChannel, SlackNudgeChannel>();
        services.AddSingleton<PipelineReader>();
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<SlackAdapter>();
        services.AddSingleton<HomeRunner>();
        services.AddSingleton<ModalRunner>();
        services.AddSingleton<UninstallRunner>();
        services.AddSingleton<SlackJobDispatcher>();
        services.AddSingleton<TurnFailureNotice>();
        services.AddHostedService<SlackInboxWorker>();

        services.AddSingleton<CommandAcceptor>();
        services.AddSingleton<EventAcceptor>();
        services.AddSingleton<ModalSubmission>();
        services.AddSingleton<InteractionAcceptor>();
        services.AddSingleton<CommandsEndpoint>();
        services.AddSingleton<EventsEndpoint>();
        services.AddSingleton<InteractionsEndpoint>();
        services.AddSingleton<InstallEndpoint>();
        services.AddSingleton<OAuthRedirectEndpoint>();

        services.AddSingleton<SocketEnvelopeHandler>();
        services.AddHostedService<SocketModeService>();
        return services;
    }

    /// <summary>
    /// POST /api/slack/commands, /events, /interactions; with OAuth configured also GET /api/slack/install and /oauth_redirect.
    /// With no Slack setting nothing is mapped (the paths answer 404).
    /// </summary>
    public static IEndpointRouteBuilder MapSalesBotSlack(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        var slack = endpoints.MapGroup("/api/slack");
        slack.MapPost("/commands", (HttpContext http, CommandsEndpoint endpoint, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        slack.MapPost("/events", (HttpContext http, EventsEndpoint endpoint, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        slack.MapPost("/interactions", (HttpContext http, InteractionsEndpoint endpoint, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        if (options.UsesOAuth)
        {
            slack.MapGet("/install", (HttpContext http, InstallEndpoint endpoint) => endpoint.Handle(http));
            slack.MapGet("/oauth_redirect", (HttpContext http, OAuthRedirectEndpoint endpoint, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        }

        return endpoints;
    }
}
