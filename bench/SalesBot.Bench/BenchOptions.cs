using System.Globalization;

namespace SalesBot.Bench;

/// <summary>The command line: <c>[--users 32] [--duration 20] [--quick]</c> plus a few switches for working on the bench itself.</summary>
internal sealed record BenchOptions
{
    public int Users { get; init; } = 32;

    /// <summary>Seconds of measured load per target.</summary>
    public int DurationSeconds { get; init; } = 20;

    /// <summary>Seconds of unmeasured load per target before the measured window.</summary>
    public int WarmupSeconds { get; init; } = 5;

    public bool Quick { get; init; }

    /// <summary>Skip the Release build of SalesBot.Host and the floor (they must already be built).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Leave the Bot Framework JS peer out of the load phase.</summary>
    public bool NoPeer { get; init; }

    /// <summary>Run the servers with Server GC (the ASP.NET Core default) instead of DOTNET_gcServer=0.</summary>
    public bool ServerGc { get; init; }

    /// <summary>A PostgreSQL server (connection string) to run the load phase against as well; the bench creates and drops a database of its own there.</summary>
    public string? Postgres { get; init; }

    public ISet<string> Phases { get; init; } = new HashSet<string>(AllPhases, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> AllPhases { get; } = ["load", "slack", "memory", "store"];

    /// <summary>Conversations after which the memory phase reads the server's RSS.</summary>
    public IReadOnlyList<int> MemoryCheckpoints => Quick ? [1_000, 5_000, 10_000] : [1_000, 10_000, 100_000];

    /// <summary>Cumulative deal counts of the store phase.</summary>
    public IReadOnlyList<int> StoreSizes => Quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];

    /// <summary>Seconds each store operation is timed for at each size.</summary>
    public double StoreOpSeconds => Quick ? 1.5 : 3;

    public const string Usage =
        "usage: dotnet run -c Release --project bench/SalesBot.Bench -- [--users 32] [--duration 20] [--quick]\n" +
        "       [--warmup 5] [--phases load,slack,memory,store] [--no-build] [--no-peer] [--server-gc] [--postgres <connection string>]";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var durationGiven = false;
        var warmupGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--users":
                    options = options with { Users = PositiveInt(args, ++i) };
                    break;
                case "--duration":
                    options = options with { DurationSeconds = PositiveInt(args, ++i) };
                    durationGiven = true;
                    break;
                case "--warmup":
                    options = options with { WarmupSeconds = PositiveInt(args, ++i) };
                    warmupGiven = true;
                    break;
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--no-build":
                    options = options with { NoBuild = true };
                    break;
                case "--no-peer":
                    options = options with { NoPeer = true };
                    break;
                case "--server-gc":
                    options = options with { ServerGc = true };
                    break;
                case "--postgres":
                    options = options with { Postgres = Value(args, ++i) };
                    break;
                case "--phases":
                    options = options with { Phases = PhaseSet(Value(args, ++i)) };
                    break;
                case "-h" or "--help":
                    throw new UsageException(Usage);
                default:
                    throw new UsageException($"unknown argument '{args[i]}'\n{Usage}");
            }
        }

        if (options.Quick)
        {
            options = options with
            {
                DurationSeconds = durationGiven ? options.DurationSeconds : 8,
                WarmupSeconds = warmupGiven ? options.WarmupSeconds : 3,
            };
        }

        return options;
    }

    private static HashSet<string> PhaseSet(string value)
    {
        var phases = new HashSet<string>(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        if (phases.Count == 0 || phases.Any(p => !AllPhases.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            throw new UsageException($"--phases takes a comma-separated subset of {string.Join(',', AllPhases)}\n{Usage}");
        }

        return phases;
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new UsageException($"{args[i - 1]} needs a value\n{Usage}");

    private static int PositiveInt(IReadOnlyList<string> args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"{args[i - 1]} takes a positive whole number\n{Usage}");
}

/// <summary>A bad command line; the message is the usage text.</summary>
internal sealed class UsageException(string message) : Exception(message);
