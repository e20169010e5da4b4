using System;
using System.IO;

namespace Citaties.Cli.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so that nobody ever sees a partial
/// file, and never over the input unless the user asked for an in-place change.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="target"/>, refusing the file at <paramref name="inputPath"/>
    /// (when given) unless <paramref name="inPlace"/>; null on success, otherwise the reason
    /// (the target is then unchanged and no temporary file is left behind).
    /// </summary>
    public static string? Write(string target, byte[] bytes, string? inputPath, bool inPlace)
    {
        var full = Path.GetFullPath(target);
        if (!inPlace && inputPath is not null && SamePath(full, Path.GetFullPath(inputPath)))
        {
            return "is the input file; write to another file or use --in-place";
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return "cannot be written: " + exception.Message;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>True when two full paths name the same file, compared as the platform's file system does.</summary>
    public static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
