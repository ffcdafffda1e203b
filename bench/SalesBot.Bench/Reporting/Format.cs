using System.Globalization;

namespace SalesBot.Bench.Reporting;

/// <summary>Number formats for the console table (invariant culture, so output reads the same everywhere).</summary>
internal static class Format
{
    public static string Ms(double ms) => double.IsFinite(ms) ? ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture) : "-";

    public static string Rate(double perSecond) => double.IsFinite(perSecond) ? perSecond.ToString("N0", CultureInfo.InvariantCulture) : "-";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => double.IsFinite(ratio) ? ratio.ToString("F2", CultureInfo.InvariantCulture) + "x" : "-";

    public static string Percent(double fraction) => double.IsFinite(fraction) ? fraction.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture) : "-";

    public static string Seconds(double seconds) => seconds.ToString("F1", CultureInfo.InvariantCulture);

    public static string Size(long n) => n switch
    {
        >= 1_000_000 when n % 1_000_000 == 0 => $"{n / 1_000_000}M",
        >= 1_000 when n % 1_000 == 0 => $"{n / 1_000}k",
        _ => Count(n),
    };
}
