using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Privacy;

namespace SalesBot.Teams.Export;

/// <summary>
/// GET /api/export/{token}: the export of the token's owner, built fresh from the store. Anything but a valid, unexpired
/// token gets 404 (or 410 once expired) and reads nothing.
/// </summary>
internal sealed partial class ExportEndpoint(ExportLinks links, ISalesBotStore store, Playbook playbook, TimeProvider time, ILogger<ExportEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, string token, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (links.Read(token) is not { } link)
        {
            Log.Refused(logger);
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No such download.");
        }

        if (links.IsExpired(link))
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, detail: "This download link has expired. Say `export` again for a new one.");
        }

        var defaults = new PricePoint(playbook.Defaults.StartingPrice, playbook.Defaults.Currency);
        var session = new DealSession(store, link.Owner, link.Owner.UserId, time, defaults);
        var file = (await ExportFiles.BuildAsync(session, playbook, cancellationToken)).File(link.Format);
        return Results.File(Encoding.UTF8.GetBytes(file.Content), file.ContentType + "; charset=utf-8", file.FileName);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Refused an export download with an invalid token")]
        public static partial void Refused(ILogger logger);
    }
}
