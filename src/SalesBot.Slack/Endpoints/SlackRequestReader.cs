using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.Signing;

namespace SalesBot.Slack.Endpoints;

/// <summary>Reads the raw body (capped) and checks its Slack signature — before anything parses it.</summary>
internal sealed partial class SlackRequestReader(SlackSignatureVerifier verifier, IOptions<SlackOptions> options, ILogger<SlackRequestReader> logger, SalesBot.Core.Diagnostics.SalesBotMetrics? metrics = null)
{
    public async Task<SlackRequest> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            return TooLarge(max);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        byte[] body;
        try
        {
            body = await ReadCappedAsync(http.Request.Body, max, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max);
        }
        catch (InvalidDataException)
        {
            return TooLarge(max);
        }

        var check = verifier.Verify(
            http.Request.Headers[SlackSignatureVerifier.TimestampHeader].ToString(),
            http.Request.Headers[SlackSignatureVerifier.SignatureHeader].ToString(),
            body);
        if (check != SignatureCheck.Valid)
        {
            Log.Rejected(logger, http.Request.Path.Value ?? "", check);
            metrics?.AuthRejected("slack", check.ToString().ToLowerInvariant());
        }

        return new SlackRequest(body, check, null);
    }

    public static IResult Unauthorized() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The request is not signed by Slack.");

    private static SlackRequest TooLarge(int max) =>
        new([], SignatureCheck.Mismatch, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The request body is larger than {max} bytes."));

    private static async Task<byte[]> ReadCappedAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new InvalidDataException("Body over the cap.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Refused a request to {Path}: signature check {Check}")]
        public static partial void Rejected(ILogger logger, string path, SignatureCheck check);
    }
}
