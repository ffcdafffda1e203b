using Microsoft.AspNetCore.Diagnostics;
using SalesBot.Dialogs.Conversation;

namespace SalesBot.Host;

/// <summary>
/// The last line: an exception no endpoint handled becomes a 500 problem with an incident id (also in the error log line),
/// never an empty 500. The request path is not logged: an export path carries its download token.
/// </summary>
internal sealed partial class IncidentExceptionHandler(IProblemDetailsService problems, ILogger<IncidentExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var incident = Incident.NewId();
        Log.Unhandled(logger, exception, httpContext.Request.Method, incident);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "SalesBot failed to handle the request",
                Detail = $"Something went wrong on SalesBot's side (incident {incident}). Try again in a few minutes.",
            },
        });
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "An {Method} request failed (incident {Incident})")]
        public static partial void Unhandled(ILogger logger, Exception error, string method, string incident);
    }
}
