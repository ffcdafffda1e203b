using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Conversation;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// POST /api/messages: authenticate, cap and parse the activity, run the turn, and deliver the replies —
/// in the response body for deliveryMode "expectReplies", through the Bot Connector otherwise.
/// </summary>
internal sealed partial class BotMessagesEndpoint(
    IActivityAuthenticator authenticator,
    ConversationEngine engine,
    IBotConnector connector,
    IOptions<BotEndpointOptions> options,
    ILogger<BotMessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var auth = await authenticator.AuthenticateRequestAsync(http, cancellationToken);
        if (!auth.Allowed)
        {
            Log.Rejected(logger, auth.StatusCode, auth.Reason);
            return Results.Problem(statusCode: auth.StatusCode, detail: auth.Reason);
        }

        var (activity, problem) = await ReadAsync(http, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        auth = await authenticator.AuthorizeActivityAsync(http, activity, cancellationToken);
        if (!auth.Allowed)
        {
            Log.Rejected(logger, auth.StatusCode, auth.Reason);
            return Results.Problem(statusCode: auth.StatusCode, detail: auth.Reason);
        }

        var replies = await RunAsync(activity, cancellationToken);
        var activities = ReplyMapper.ToActivities(activity, replies);
        if (ActivityValidator.IsExpectReplies(activity))
        {
            return Results.Json(new ExpectedReplies { Activities = activities }, BotJson.Options);
        }

        foreach (var reply in activities)
        {
            await connector.SendAsync(reply, cancellationToken);
        }

        return Results.Ok();
    }

    private async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The request body is larger than {max} bytes."));
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
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The request body is larger than {max} bytes."));
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

    private async Task<IReadOnlyList<Reply>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                return await engine.ProcessAsync(TurnMapper.ToTurn(activity), cancellationToken);
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when activity.Action is null or "add":
                return engine.Welcome();
            default:
                return [];
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Rejected a request to /api/messages with {StatusCode}: {Reason}")]
        public static partial void Rejected(ILogger logger, int statusCode, string? reason);
    }
}
