using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SalesBot.Slack.Tests.Endpoints;

internal static class HttpResults
{
    public static int Status(IResult result) => (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;

    public static JsonObject? Json(IResult result) => (result as JsonHttpResult<JsonObject>)?.Value;

    public static HttpContext Request(string body, string? timestamp, string? signature, string contentType = "application/x-www-form-urlencoded")
    {
        var http = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        http.Request.Method = "POST";
        http.Request.ContentType = contentType;
        http.Request.Body = new MemoryStream(bytes);
        http.Request.ContentLength = bytes.Length;
        if (timestamp is not null)
        {
            http.Request.Headers["X-Slack-Request-Timestamp"] = timestamp;
        }

        if (signature is not null)
        {
            http.Request.Headers["X-Slack-Signature"] = signature;
        }

        return http;
    }
}
