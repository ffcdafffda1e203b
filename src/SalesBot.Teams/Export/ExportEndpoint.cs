using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Privacy;

namespace SalesBot.Teams.Export;

/// <summary>
/// GET /api/export/{token}: the export of the token's owner, built fresh from the store. Anything but a valid, unexpired
/// token gets 404 (or 410 once expired, or once used with Export:SingleUse) and reads nothing.
/// </summary>
internal sealed partial class ExportEndpoint(
    ExportLinks links,
    ISalesBotStore store,
    IChannelStore channels,
    Playbook playbook,
    TimeProvider time,
    IOptions<ExportOptions> options,
    ILogger<ExportEndpoint> logger)
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

        if (options.Value.SingleUse && !await channels.TryRecordDeliveryAsync(UseChannel, ExportLinks.UseId(token), time.GetUtcNow(), cancellationToken))
        {
            Log.Reused(logger);
            return Results.Problem(statusCode: StatusCodes.Status410Gone, detail: "This download link was used already. Say `export` again for a new one.");
        }

        var defaults = new PricePoint(playbook.Defaults.StartingPrice, playbook.Defaults.Currency);
        var session = new DealSession(store, link.Owner, link.Owner.UserId, time, defaults);
        var file = (await ExportFiles.BuildAsync(session, playbook, cancellationToken)).File(link.Format);
        return Results.File(Encoding.UTF8.GetBytes(file.Content), file.ContentType + "; charset=utf-8", file.FileName);
    }

    /// <summary>The channel id under which used links are recorded among the handled deliveries.</summary>
    public const string UseChannel = "export";

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Warning, "Refused a second download with a single-use export link")]
        public static partial void Reused(ILogger logger);

        [LoggerMessage(1, LogLevel.Warning, "Refused an export download with an invalid token")]
        public static partial void Refused(ILogger logger);
    }
}
