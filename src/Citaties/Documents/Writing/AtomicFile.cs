using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Citaties.Documents;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so that nobody ever sees a partial
/// file and a failure half way leaves the old file as it was; and never over the input unless the caller asks
/// for an in-place change. The one writer every front end uses.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="target"/>; throws <see cref="DocumentException"/> (the target
    /// unchanged, no temporary file left) when it cannot, or when <paramref name="target"/> is <paramref name="inputPath"/>
    /// and <paramref name="inPlace"/> is false.
    /// </summary>
    public static void Write(string target, byte[] content, string? inputPath, bool inPlace) =>
        Write(target, stream => stream.Write(content, 0, content.Length), inputPath, inPlace);

    /// <summary>Like <see cref="Write(string, byte[], string, bool)"/>, with the bytes written by <paramref name="content"/>.</summary>
    public static void Write(string target, Action<Stream> content, string? inputPath, bool inPlace)
    {
        if (target is null || content is null)
        {
            throw new ArgumentNullException(target is null ? nameof(target) : nameof(content));
        }

        var full = Path.GetFullPath(target);
        if (!inPlace && inputPath is not null && SamePath(full, Path.GetFullPath(inputPath)))
        {
            throw new DocumentException(target, "is the input file; write to another file, or ask for an in-place change");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                content(stream);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full))
            {
                File.Replace(temporary, full, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, full);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new DocumentException(target, "cannot be written: " + exception.Message, exception);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// True when two full paths name the same file, compared as the platform's file system does: without regard
    /// to case on Windows and macOS, exactly elsewhere.
    /// </summary>
    public static bool SamePath(string a, string b) =>
        string.Equals(a, b, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal);
}
