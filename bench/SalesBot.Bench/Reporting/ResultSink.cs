using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Bench.Reporting;

/// <summary>
/// Appends one JSON object per metric to <c>bench/results/results-&lt;run&gt;.jsonl</c> as soon as it is measured,
/// so a run that fails half-way still leaves what it measured.
/// </summary>
internal sealed class ResultSink
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly Lock _gate = new();

    public ResultSink(string folder, string run)
    {
        Directory.CreateDirectory(folder);
        Run = run;
        FilePath = Path.Combine(folder, $"results-{run}.jsonl");
        Machine = new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }

    public string Run { get; }

    public string FilePath { get; }

    public MachineInfo Machine { get; }

    public void Add(string phase, string target, string metric, double? value, string unit, long? size = null, string? note = null, string? verdict = null)
    {
        var line = new ResultLine(Run, phase, target, metric, value is { } v && double.IsFinite(v) ? Math.Round(v, 4) : null, unit, Machine, size, note, verdict);
        var text = JsonSerializer.Serialize(line, Json) + "\n";
        lock (_gate)
        {
            File.AppendAllText(FilePath, text);
        }
    }

    private sealed record ResultLine(
        string Run, string Phase, string Target, string Metric, double? Value, string Unit, MachineInfo Machine, long? Size, string? Note, string? Verdict);
}

/// <summary>The machine every result line carries, so results from different machines are never compared by accident.</summary>
internal sealed record MachineInfo(int Cores, string Os, string Runtime);
