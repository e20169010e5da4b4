using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Citaties.OpenXml.Input;

/// <summary>
/// Looks at a file before the Open XML SDK does, so that hostile or unsuitable files are refused with a
/// clear reason: not a zip package, an encrypted document (an OLE compound file), a macro-enabled
/// document, or a zip bomb (entries that expand far beyond any real document).
/// </summary>
public static class DocxPackageCheck
{
    /// <summary>The most a package may expand to in total.</summary>
    public const long MaxUncompressedBytes = 512L * 1024 * 1024;

    /// <summary>The highest compression ratio accepted for an entry larger than 1 MB.</summary>
    public const double MaxCompressionRatio = 200;

    private static readonly byte[] ZipSignature = { 0x50, 0x4B, 0x03, 0x04 };
    private static readonly byte[] CompoundFileSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>Throws <see cref="DocxException"/> when <paramref name="stream"/> (seekable) is not a plain Word document.</summary>
    public static void Verify(Stream stream, string path)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(stream));
        }

        var header = new byte[8];
        stream.Position = 0;
        var read = ReadUpTo(stream, header);
        stream.Position = 0;
        if (read >= 8 && header.SequenceEqual(CompoundFileSignature))
        {
            throw new DocxException(path, "the document is encrypted (password protected) or in the old .doc format; save it as an unprotected .docx");
        }

        if (read < 4 || !header.Take(4).SequenceEqual(ZipSignature))
        {
            throw new DocxException(path, read == 0 ? "the file is empty" : "the file is not a .docx document (no zip package)");
        }

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new DocxException(path, $"the package expands to more than {MaxUncompressedBytes / (1024 * 1024)} MB (a zip bomb?)");
                }

                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > MaxCompressionRatio)
                {
                    throw new DocxException(path, $"part {entry.FullName} is compressed more than {MaxCompressionRatio}:1 (a zip bomb?)");
                }

                if (entry.FullName.Equals("word/vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    throw new DocxException(path, "the document contains macros (.docm); save it as a .docx without macros");
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new DocxException(path, "the zip package has no [Content_Types].xml, so it is not an Office document");
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocxException(path, "the file is damaged or truncated: " + e.Message, e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
