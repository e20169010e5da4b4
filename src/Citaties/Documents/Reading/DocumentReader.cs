using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Citaties.Documents;

/// <summary>
/// Reads documents by the extension of their name: <c>.txt</c>, <c>.md</c> and <c>.html</c> here, more where a
/// format is added with <see cref="With"/> (Citaties.OpenXml adds <c>.docx</c>). A file with another extension is
/// read as plain text. Every front end reads through one reader, so every command reads every type alike.
/// </summary>
public sealed class DocumentReader
{
    private readonly IReadOnlyList<SourceFormat> formats;

    private DocumentReader(IReadOnlyList<SourceFormat> formats, EncodingPolicy encoding)
    {
        this.formats = formats;
        Encoding = encoding;
    }

    /// <summary>Reads text, Markdown and HTML files as UTF-8 (or as their byte order mark says).</summary>
    public static DocumentReader Default { get; } = new(new SourceFormat[] { TextFormat.Plain, TextFormat.Markdown, TextFormat.Html }, EncodingPolicy.Utf8);

    /// <summary>How text files without a byte order mark are decoded.</summary>
    public EncodingPolicy Encoding { get; }

    /// <summary>Every extension a format is registered for, in registration order (what a folder search takes).</summary>
    public IReadOnlyList<string> Extensions => formats.SelectMany(f => f.Extensions).ToList();

    /// <summary>This reader with <paramref name="format"/> added; it wins over an earlier format for the same extension.</summary>
    public DocumentReader With(SourceFormat format) =>
        new(formats.Append(format ?? throw new ArgumentNullException(nameof(format))).ToList(), Encoding);

    /// <summary>This reader with text files decoded as <paramref name="encoding"/> says.</summary>
    public DocumentReader WithEncoding(EncodingPolicy encoding) => new(formats, encoding);

    /// <summary>Reads <paramref name="bytes"/> as the document <paramref name="name"/>; throws <see cref="DocumentException"/> for a bad file.</summary>
    public SourceDocument Read(string name, byte[] bytes)
    {
        if (name is null || bytes is null)
        {
            throw new ArgumentNullException(name is null ? nameof(name) : nameof(bytes));
        }

        return (FormatOf(name) ?? TextFormat.Plain).Read(name, bytes, Encoding);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/>, shown to the user as <paramref name="name"/> (the path itself when
    /// null); throws <see cref="DocumentException"/> with a reason a user can act on.
    /// </summary>
    public SourceDocument ReadFile(string path, string? name = null)
    {
        name ??= path;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentException(name, "no such file or folder", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new DocumentException(name, "cannot be read: permission denied", exception);
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or ArgumentException)
        {
            throw new DocumentException(name, "cannot be read: " + exception.Message, exception);
        }

        return Read(name, bytes);
    }

    /// <summary>
    /// Text that arrived decoded (standard input, an editor's buffer), read by the syntax its <paramref name="name"/>
    /// implies (plain text when it has no known extension); written back as UTF-8.
    /// </summary>
    public SourceDocument ReadString(string name, string text)
    {
        if (name is null || text is null)
        {
            throw new ArgumentNullException(name is null ? nameof(name) : nameof(text));
        }

        if (TextDecoder.BinaryReason(text) is { } reason)
        {
            throw new DocumentException(name, reason);
        }

        var format = FormatOf(name) as TextFormat ?? TextFormat.Plain;
        return format.FromString(name, text, null);
    }

    private SourceFormat? FormatOf(string name)
    {
        var extension = Path.GetExtension(name);
        for (var i = formats.Count - 1; i >= 0; i--)
        {
            if (formats[i].Extensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)))
            {
                return formats[i];
            }
        }

        return null;
    }
}
