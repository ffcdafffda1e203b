using System.Globalization;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>nudges due --at 2026-12-01T09:00:00Z</c>: lists the nudges due at that time, one line each (user, prospect, kind,
/// due time), without sending or changing anything. Reads the server's configuration and store; further arguments are
/// configuration overrides as for the server (<c>--ConnectionStrings:SalesBot=...</c>).
/// </summary>
internal static class NudgesDueCommand
{
    public const string Verb = "nudges";

    public const string Usage = "nudges due --at <ISO-8601 time, e.g. 2026-12-01T09:00:00Z> [--limit N] [--ConnectionStrings:SalesBot=...]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Count > 0 && args[0] is "--help" or "-h")
        {
            await console.Out.WriteLineAsync(Usage);
            return ExitCodes.Ok;
        }

        if (args.Count == 0 || args[0] != "due" || Option(args, "--at") is not { } atText)
        {
            await console.Error.WriteLineAsync($"nudges: say what to list.\n{Usage}");
            return ExitCodes.BadInput;
        }

        if (!DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            await console.Error.WriteLineAsync($"nudges: '{atText}' is not an ISO-8601 time such as 2026-12-01T09:00:00Z.\n{Usage}");
            return ExitCodes.BadInput;
        }

        var limitText = Option(args, "--limit") ?? "1000";
        if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
        {
            await console.Error.WriteLineAsync($"nudges: --limit must be a positive number (got '{limitText}').");
            return ExitCodes.BadInput;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(Overrides(args));
        builder.Logging.ClearProviders();
        builder.Services.AddSalesBotStorage(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var nudges = host.Services.GetRequiredService<INudgeStore>();
        var store = host.Services.GetRequiredService<ISalesBotStore>();
        var due = await nudges.ListDueAsync(at, limit, cancellationToken);
        foreach (var nudge in due)
        {
            var deal = await store.GetDealAsync(nudge.Owner, nudge.DealId, cancellationToken);
            await console.Out.WriteLineAsync(string.Join(
                '\t',
                nudge.Owner.ToString(),
                deal?.Prospect ?? "(deleted deal)",
                nudge.Kind.ToString().ToLowerInvariant(),
                nudge.DueAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        await console.Error.WriteLineAsync($"{due.Count} nudge(s) due at {at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; nothing was sent.");
        await host.StopAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The arguments other than the verb's own, passed to configuration as for the server.</summary>
    private static string[] Overrides(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] is "--at" or "--limit")
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }
}
