namespace SalesBot.Bench.Reporting;

/// <summary>The targets of the performance issues (3, 19), each judged PASS or MISS next to the measured number (or "n/a" when not measured yet).</summary>
internal sealed class TargetBoard(ResultSink results)
{
    private readonly List<(string Verdict, string Target, string Measured)> _rows = [];

    public void Judge(string key, string target, bool pass, double value, string unit, string measured)
    {
        var verdict = pass ? "PASS" : "MISS";
        _rows.Add((verdict, target, measured));
        results.Add("targets", "salesbot", key, value, unit, note: target, verdict: verdict);
    }

    public void NotMeasured(string key, string target, string why)
    {
        _rows.Add(("n/a", target, why));
        results.Add("targets", "salesbot", key, null, "", note: $"{target}: {why}", verdict: "n/a");
    }

    public void Print()
    {
        Console.WriteLine("Targets");
        var width = _rows.Count == 0 ? 0 : _rows.Max(row => row.Target.Length);
        foreach (var (verdict, target, measured) in _rows)
        {
            Console.WriteLine($"  {"[" + verdict + "]",-6}  {target.PadRight(width)}  {measured}");
        }

        Console.WriteLine();
    }
}
