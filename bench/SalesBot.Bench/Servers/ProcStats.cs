using System.Globalization;

namespace SalesBot.Bench.Servers;

/// <summary>
/// Reads /proc: a process's CPU time (utime + stime) and resident set size, and the whole machine's busy time,
/// so each measured window also says how busy the rest of the (shared) machine was.
/// </summary>
internal static class ProcStats
{
    /// <summary>USER_HZ: the unit of the times in /proc/[pid]/stat and /proc/stat; 100 on every Linux this runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan CpuTime(int pid) => CpuTimeOf($"/proc/{pid}/stat");

    private static TimeSpan CpuTimeOf(string statPath)
    {
        var stat = File.ReadAllText(statPath);

        // Field 2 (comm) may contain spaces; the fields after its closing parenthesis start at field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((utime + stime) / TicksPerSecond);
    }

    /// <summary>CPU time of each thread of the process whose name starts with <paramref name="prefix"/>, by thread id.</summary>
    public static Dictionary<int, TimeSpan> ThreadCpuTimes(int pid, string prefix)
    {
        var times = new Dictionary<int, TimeSpan>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(prefix, StringComparison.Ordinal))
                {
                    times[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = CpuTimeOf(Path.Combine(task, "stat"));
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return times;
    }

    /// <summary>VmRSS in bytes.</summary>
    public static long Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{pid}/status.");
    }

    /// <summary>CPU time all cores spent on anything but idle and iowait since boot.</summary>
    public static TimeSpan MachineBusy()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long busy = 0;
        for (var i = 1; i < cpu.Length && i <= 8; i++)
        {
            if (i is 4 or 5)
            {
                continue; // idle, iowait
            }

            busy += long.Parse(cpu[i], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }
}
