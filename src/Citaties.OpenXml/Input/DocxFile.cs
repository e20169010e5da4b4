using System;
using System.IO;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Citaties.OpenXml.Input;

/// <summary>
/// Opens Word documents safely: the bytes are checked first (<see cref="DocxPackageCheck"/>), the document is
/// opened on an in-memory copy so the user's file is never written, and every failure of the SDK becomes a
/// <see cref="DocxException"/> naming the file.
/// </summary>
public static class DocxFile
{
    /// <summary>The largest part accepted, in characters.</summary>
    public const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> into memory, checked.</summary>
    public static MemoryStream Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DocxException(path, "cannot be read: " + e.Message, e);
        }

        var stream = new MemoryStream();
        stream.Write(bytes, 0, bytes.Length);
        stream.Position = 0;
        DocxPackageCheck.Verify(stream, path);
        return stream;
    }

    /// <summary>Opens the checked <paramref name="stream"/> as a document; editable edits stay in the stream.</summary>
    public static WordprocessingDocument Open(Stream stream, string path, bool editable)
    {
        try
        {
            var document = WordprocessingDocument.Open(stream, editable, new OpenSettings
            {
                MaxCharactersInPart = MaxCharactersInPart,
                AutoSave = false,
            });
            if (document.DocumentType is not WordprocessingDocumentType.Document and not WordprocessingDocumentType.Template)
            {
                document.Dispose();
                throw new DocxException(path, "the document is macro-enabled (.docm or .dotm); save it as a .docx without macros");
            }

            if (document.MainDocumentPart?.Document?.Body is null)
            {
                document.Dispose();
                throw new DocxException(path, "the package has no document body, so it is not a Word document");
            }

            return document;
        }
        catch (DocxException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            throw new DocxException(path, "the file is not a valid Word document: " + e.Message, e);
        }
    }
}
