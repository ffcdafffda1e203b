using Microsoft.AspNetCore.Http;

namespace SalesBot.Slack.Endpoints;

internal static class SlackResults
{
    /// <summary>200 with an empty body, or the JSON body; errors as problem details.</summary>
    public static IResult ToResult(SlackAck ack)
    {
        if (ack.StatusCode != StatusCodes.Status200OK)
        {
            return Results.Problem(statusCode: ack.StatusCode, detail: ack.Body?["error"]?.GetValue<string>());
        }

        return ack.Body is null ? Results.Ok() : Results.Json(ack.Body);
    }

    public static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);
}
