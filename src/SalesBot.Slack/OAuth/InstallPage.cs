using System.Net;
using Microsoft.AspNetCore.Http;

namespace SalesBot.Slack.OAuth;

/// <summary>The small HTML pages the browser sees at the end of an install.</summary>
internal static class InstallPage
{
    public static IResult Show(int statusCode, string title, string message) => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
        <h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p></body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: statusCode);
}
