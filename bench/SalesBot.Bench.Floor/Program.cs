using System.Text;
using System.Text.Json;
using SalesBot.Bench.Floor;

// The floor of the benchmark: a bare minimal-API app that does the least any Bot Framework endpoint must do —
// read the body, deserialize the Activity with System.Text.Json — and returns a fixed expectReplies body.
// SalesBot's numbers are reported as ratios to this app's, measured in the same run on the same machine.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var reply = Encoding.UTF8.GetBytes("""{"activities":[{"type":"message","text":"ok"}]}""");

app.MapPost("/api/messages", async (HttpRequest request, CancellationToken cancellationToken) =>
{
    FloorActivity? activity;
    try
    {
        activity = await JsonSerializer.DeserializeAsync<FloorActivity>(request.Body, options, cancellationToken);
    }
    catch (JsonException)
    {
        return Results.BadRequest();
    }

    return activity?.Type is null ? Results.BadRequest() : Results.Bytes(reply, "application/json");
});
app.MapGet("/health/ready", () => "Healthy");

app.Run();
