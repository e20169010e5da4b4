using System;
using System.Text;

namespace Citaties.Documents;

/// <summary>
/// The encoding a text file was read in, with or without a byte order mark, so that a fixed file is written
/// back in the same bytes everywhere it was not changed.
/// </summary>
public sealed class SourceEncoding
{
    private readonly Encoding encoding;
    private readonly byte[] preamble;

    private SourceEncoding(string name, Encoding encoding, byte[] preamble)
    {
        Name = name;
        this.encoding = encoding;
        this.preamble = preamble;
    }

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static SourceEncoding Utf8 { get; } = new("utf-8", new UTF8Encoding(false, true), Array.Empty<byte>());

    /// <summary>UTF-8 with a byte order mark.</summary>
    public static SourceEncoding Utf8WithBom { get; } = new("utf-8-bom", new UTF8Encoding(false, true), new byte[] { 0xEF, 0xBB, 0xBF });

    /// <summary>UTF-16 little endian, with its byte order mark.</summary>
    public static SourceEncoding Utf16LittleEndian { get; } = new("utf-16le", new UnicodeEncoding(false, false, true), new byte[] { 0xFF, 0xFE });

    /// <summary>UTF-16 big endian, with its byte order mark.</summary>
    public static SourceEncoding Utf16BigEndian { get; } = new("utf-16be", new UnicodeEncoding(true, false, true), new byte[] { 0xFE, 0xFF });

    /// <summary>Windows-1252, the code page of older Dutch Windows text.</summary>
    public static SourceEncoding Windows1252 { get; } = new(
        "windows-1252",
        System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!,
        Array.Empty<byte>());

    /// <summary>The name: utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252.</summary>
    public string Name { get; }

    /// <summary>The byte order mark written before the text (empty for none).</summary>
    public ReadOnlySpan<byte> Preamble => preamble;

    /// <summary>
    /// The bytes of <paramref name="text"/> in this encoding, byte order mark first; null with
    /// <paramref name="reason"/> when the text holds a character the encoding cannot hold.
    /// </summary>
    public byte[]? TryEncode(string text, out string? reason)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        try
        {
            var body = encoding.GetBytes(text);
            var bytes = new byte[preamble.Length + body.Length];
            preamble.CopyTo(bytes, 0);
            body.CopyTo(bytes, preamble.Length);
            reason = null;
            return bytes;
        }
        catch (EncoderFallbackException exception)
        {
            reason = $"the text holds U+{(int)exception.CharUnknown:X4}, which {Name} cannot hold";
            return null;
        }
    }

    /// <summary>Decodes bytes that are known to be valid in this encoding (the preamble removed).</summary>
    internal string Decode(byte[] bytes, int start, int count) => encoding.GetString(bytes, start, count);

    /// <summary>How many of this encoding's code units <paramref name="count"/> UTF-16 code units from <paramref name="start"/> take.</summary>
    internal int UnitCount(string text, int start, int count)
    {
        if (count <= 0)
        {
            return 0;
        }

        var bytes = encoding.GetByteCount(text.ToCharArray(start, count));
        return encoding is UnicodeEncoding ? bytes / 2 : bytes;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
