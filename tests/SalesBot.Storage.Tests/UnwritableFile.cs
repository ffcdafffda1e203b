using System.Diagnostics;

namespace SalesBot.Storage.Tests;

/// <summary>
/// Makes a file unwritable for this process until disposed: as root (who ignores permission bits) by making it
/// immutable (chattr +i), otherwise by taking its write permission away (chmod). Opening it for writing then fails.
/// </summary>
internal sealed class UnwritableFile : IDisposable
{
    private static readonly bool IsRoot = Environment.UserName == "root";
    private readonly string _path;

    public UnwritableFile(string path)
    {
        _path = path;
        Run(IsRoot ? "chattr" : "chmod", IsRoot ? "+i" : "u-w");
    }

    public void Dispose() => Run(IsRoot ? "chattr" : "chmod", IsRoot ? "-i" : "u+w");

    private void Run(string tool, string flag)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, [flag, _path]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {flag} {_path} failed: {error}");
        }
    }
}
