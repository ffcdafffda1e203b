namespace SalesBot.Bench.Load;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> samples)
    {
        _sorted = samples.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double P50 => At(50);

    public double P95 => At(95);

    public double P99 => At(99);

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double At(double percentile)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
