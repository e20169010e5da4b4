using System;
using System.IO;

namespace Citaties.OpenXml.Input;

/// <summary>
/// Writes an output file through a temporary file in the same folder and a rename, so that a failure half
/// way never leaves a damaged file, and refuses to write over the input unless asked to.
/// </summary>
public static class SafeFileWriter
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="outputPath"/>.</summary>
    /// <param name="outputPath">The file to write.</param>
    /// <param name="inputPath">The file the output was made from; writing over it needs <paramref name="allowOverwriteInput"/>.</param>
    /// <param name="allowOverwriteInput">True only for an explicit in-place request.</param>
    /// <param name="content">Writes the bytes.</param>
    public static void Write(string outputPath, string inputPath, bool allowOverwriteInput, Action<Stream> content)
    {
        var output = Path.GetFullPath(outputPath);
        if (!allowOverwriteInput && string.Equals(output, Path.GetFullPath(inputPath), StringComparison.Ordinal))
        {
            throw new DocxException(outputPath, "is the input file; write to another file, or ask for an in-place change explicitly");
        }

        var directory = Path.GetDirectoryName(output) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(output) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                content(stream);
            }

            if (File.Exists(output))
            {
                File.Replace(temporary, output, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, output);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocxException(outputPath, "cannot be written: " + e.Message, e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
