using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Proactive;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// POST /api/messages: authenticate before reading, cap and parse the activity, authorize it against the token,
/// and run it through the turn pipeline with the <see cref="BotFrameworkAdapter"/> (a retried delivery whose first run committed
/// does nothing). Replies go in the response body for deliveryMode "expectReplies", through the Bot Connector otherwise.
/// </summary>
internal sealed partial class BotMessagesEndpoint(
    IActivityAuthenticator authenticator,
    SalesBot.Dialogs.Pipeline.TurnPipeline pipeline,
    BotFrameworkAdapter adapter,
    ConversationLifecycle lifecycle,
    IBotConnector connector,
    Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime,
    IOptions<BotEndpointOptions> options,
    ILogger<BotMessagesEndpoint> logger,
    SalesBot.Core.Diagnostics.SalesBotMetrics? metrics = null)
{
    private const string ActivityItem = "SalesBot.Activity";

    /// <summary>
    /// Handles the request; when SalesBot itself fails (the store refuses a write, anything unexpected) the user still gets
    /// an apology with an incident id — in the body for expectReplies, through the Bot Connector otherwise — never an empty 500.
    /// </summary>
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleActivityAsync(http, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !(cancellationToken.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested))
        {
            return await ApologizeAsync(http, ex);
        }
    }

    private async Task<IResult> ApologizeAsync(HttpContext http, Exception error)
    {
        var incident = SalesBot.Dialogs.Conversation.Incident.NewId();
        Log.Failed(logger, error, incident);
        var problem = Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            detail: $"SalesBot could not handle the activity (incident {incident}); send it again later.");
        if (http.Items[ActivityItem] is not Activity activity || activity.Type != ActivityTypes.Message)
        {
            return problem;
        }

        var apology = ReplyMapper.ToActivities(activity, [new SalesBot.Core.Conversations.TextReply(SalesBot.Dialogs.Conversation.Incident.Apology(incident))]);
        if (ActivityValidator.IsExpectReplies(activity))
        {
            return Results.Json(new ExpectedReplies { Activities = apology }, BotJson.Options);
        }

        try
        {
            foreach (var reply in apology)
            {
                await connector.SendAsync(reply, lifetime.ApplicationStopping);
            }

            return Results.Ok();
        }
        catch (Exception ex) when (ex is BotConnectorException or HttpRequestException)
        {
            Log.ApologyUndelivered(logger, ex is BotConnectorException connectorError ? (int)connectorError.Status : 0, incident);
            return problem;
        }
    }

    private async Task<IResult> HandleActivityAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "The body must be application/json.");
        }

        var auth = await authenticator.AuthenticateRequestAsync(http, cancellationToken);
        if (!auth.Allowed)
        {
            return Reject(auth);
        }

        var (activity, problem) = await ReadAsync(http, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        auth = await authenticator.AuthorizeActivityAsync(http, activity, cancellationToken);
        if (!auth.Allowed)
        {
            return Reject(auth);
        }

        http.Items[ActivityItem] = activity;

        var expectReplies = ActivityValidator.IsExpectReplies(activity);
        var linkBase = Export.LocalLinkBase.Of(http);

        // The activity id is marked handled in the turn's own commit, so a retry is dropped only once a run committed.
        // Replies sent through the Bot Connector reach the user whoever waits: that turn runs to the end even when the
        // Bot Connector hangs up (after 15 s; its retry then waits for this run and is dropped). Replies for
        // expectReplies go only into this response: if the caller hangs up before the commit starts, the turn stops
        // and its retry runs it afresh. Once committing, a turn is never cancelled (the engine commits uncancellably).
        using var hangUp = expectReplies
            ? CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping)
            : CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        var inbound = new InboundActivity(activity, expectReplies, linkBase);
        if (activity.Type == ActivityTypes.Message)
        {
            await pipeline.RunAsync(adapter, inbound, hangUp.Token);
        }
        else
        {
            await lifecycle.HandleAsync(inbound, hangUp.Token);
        }

        return expectReplies ? Results.Json(new ExpectedReplies { Activities = inbound.ResponseBody }, BotJson.Options) : Results.Ok();
    }

    private IResult Reject(AuthOutcome auth)
    {
        Log.Rejected(logger, auth.StatusCode, auth.Reason);
        metrics?.AuthRejected("teams", auth.StatusCode == StatusCodes.Status401Unauthorized ? "unauthenticated" : "forbidden");
        return Results.Problem(statusCode: auth.StatusCode, detail: auth.Reason);
    }

    private async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            return (null, TooLarge(max));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"The body is not a valid activity: {ex.Message}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(max));
        }

        if (activity is null)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body is empty."));
        }

        var problem = ActivityValidator.Problem(activity);
        return problem is null
            ? (activity, null)
            : (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: problem));
    }

    private static IResult TooLarge(int max) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The request body is larger than {max} bytes.");

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Rejected a request to /api/messages with {StatusCode}: {Reason}")]
        public static partial void Rejected(ILogger logger, int statusCode, string? reason);

        [LoggerMessage(4, LogLevel.Error, "Handling an activity failed (incident {Incident}); the user was sent an apology")]
        public static partial void Failed(ILogger logger, Exception error, string incident);

        [LoggerMessage(5, LogLevel.Error, "The apology for incident {Incident} could not be delivered ({Status})")]
        public static partial void ApologyUndelivered(ILogger logger, int status, string incident);
    }
}
