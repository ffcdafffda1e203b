using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.AI.Tests;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 (real Kestrel) that also speaks the Azure OpenAI routes
/// (/openai/deployments/{deployment}/chat/completions?api-version=...): it records every request and answers as the
/// test says: a completion whose message content is given, an HTTP error, a broken body, or nothing at all.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAIServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address to configure as OpenAI:Endpoint for OpenAI.</summary>
    public Uri Endpoint { get; }

    /// <summary>The resource address to configure as OpenAI:Endpoint for Azure OpenAI.</summary>
    public Uri AzureEndpoint => new(Endpoint.GetLeftPart(UriPartial.Authority) + "/");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>What the next requests get; by default a completion with an empty JSON object.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context => Completion(context, "{}");

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeOpenAIServer? server = null;
        async Task Record(HttpContext context)
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            server!.Requests.Enqueue(new RecordedRequest(
                context.Request.Path, context.Request.QueryString.Value ?? "", context.Request.Headers.Authorization.ToString(),
                context.Request.Headers.TryGetValue("api-key", out var key) ? key.ToString() : null, JsonNode.Parse(body)!.AsObject()));
            await server.Respond(context);
        }

        app.MapPost("/v1/chat/completions", Record);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", Record);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new FakeOpenAIServer(app, new Uri(address.TrimEnd('/') + "/v1"));
        return server;
    }

    /// <summary>A chat completion whose assistant message is <paramref name="content"/>.</summary>
    public static Task Completion(HttpContext context, string content, string finishReason = "stop")
    {
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_767_000_000,
            ["model"] = "coach-test",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                ["finish_reason"] = finishReason,
                ["logprobs"] = null,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted);
    }

    public static Task Completion(HttpContext context, object content) => Completion(context, JsonSerializer.Serialize(content));

    public static Task Error(HttpContext context, int status, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("""{"error":{"message":"fake failure","type":"server_error","code":null}}""", context.RequestAborted);
    }

    /// <summary>Never answers: waits until the client gives up.</summary>
    public static async Task Hang(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One request as it arrived: path, query, Authorization and api-key headers (null when absent) and JSON body.</summary>
    public sealed record RecordedRequest(string Path, string Query, string Authorization, string? ApiKey, JsonObject Body)
    {
        public IReadOnlyList<(string Role, string Content)> Messages =>
            Body["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Text(m["content"]))).ToList();

        private static string Text(JsonNode? content) => content switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
            _ => "",
        };

        /// <summary>The data message (the user message), parsed.</summary>
        public JsonObject Data => JsonNode.Parse(Messages.Single(m => m.Role == "user").Content)!.AsObject();
    }
}
