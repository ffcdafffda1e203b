using System.Runtime.InteropServices;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// Whether this process may write a file now — its permissions, the immutable flag, a read-only mount — asked with
/// access(2), which opens nothing: opening and closing a descriptor of a database file would drop SQLite's POSIX locks.
/// </summary>
internal static class WritableFile
{
    private const int WriteOk = 2;

    /// <summary>Null when the file may be written (or does not exist, or this is not a Unix system); otherwise why not.</summary>
    public static string? WhyNot(string path)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) || !File.Exists(path) || access(NulTerminated(path), WriteOk) == 0)
        {
            return null;
        }

        return Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
    }

    private static byte[] NulTerminated(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int access(byte[] path, int mode);
}
