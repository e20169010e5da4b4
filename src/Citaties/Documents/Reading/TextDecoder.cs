using System;
using System.Text;

namespace Citaties.Documents;

/// <summary>
/// Decodes file bytes as text, refusing what is not text. A byte order mark decides the encoding (UTF-8,
/// UTF-16 LE or BE); without one the bytes must be UTF-8, or, as <see cref="EncodingPolicy"/> allows,
/// Windows-1252. A NUL byte in the first block marks a binary file. An invalid sequence refuses the file rather
/// than being replaced: the scanner must never be handed text that is not in the file.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How many bytes at the start are searched for NUL.</summary>
    public const int SniffLength = 8192;

    /// <summary>The text of <paramref name="bytes"/> and its encoding, or null with the reason the bytes are not text.</summary>
    public static (string Text, SourceEncoding Encoding)? TryDecode(byte[] bytes, EncodingPolicy policy, out string? reason)
    {
        if (Bom(bytes) is { } marked)
        {
            return Decode(bytes, marked, marked.Preamble.Length, out reason);
        }

        var nul = Array.IndexOf(bytes, (byte)0, 0, Math.Min(SniffLength, bytes.Length));
        if (nul >= 0)
        {
            reason = $"looks like a binary file (NUL byte at byte {nul}); expected UTF-8 text";
            return null;
        }

        if (policy == EncodingPolicy.Windows1252)
        {
            return Decode(bytes, SourceEncoding.Windows1252, 0, out reason);
        }

        var utf8 = Decode(bytes, SourceEncoding.Utf8, 0, out reason);
        if (utf8 is not null || policy != EncodingPolicy.Detect)
        {
            return utf8;
        }

        // Not UTF-8: in Dutch text from Windows that is almost always code page 1252.
        return Decode(bytes, SourceEncoding.Windows1252, 0, out reason);
    }

    /// <summary>
    /// The check of <see cref="TryDecode"/> for text that arrived already decoded (standard input):
    /// a NUL character in the first block marks binary input.
    /// </summary>
    public static string? BinaryReason(string text)
    {
        var nul = text.IndexOf('\0', 0, Math.Min(SniffLength, text.Length));
        return nul < 0 ? null : $"looks like binary data (NUL character at offset {nul}); expected UTF-8 text";
    }

    private static SourceEncoding? Bom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? SourceEncoding.Utf8WithBom
        : bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? SourceEncoding.Utf16LittleEndian
        : bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? SourceEncoding.Utf16BigEndian
        : null;

    private static (string, SourceEncoding)? Decode(byte[] bytes, SourceEncoding encoding, int start, out string? reason)
    {
        try
        {
            var text = encoding.Decode(bytes, start, bytes.Length - start);
            if (start == 0)
            {
                reason = null;
                return (text, encoding);
            }

            // After a byte order mark the text may still be binary junk.
            reason = BinaryReason(text);
            return reason is null ? (text, encoding) : null;
        }
        catch (DecoderFallbackException exception)
        {
            var at = start + (exception.Index >= 0 ? exception.Index : 0);
            reason = encoding == SourceEncoding.Windows1252
                ? $"is not valid Windows-1252 (undefined byte at byte {at})"
                : encoding == SourceEncoding.Utf8 || encoding == SourceEncoding.Utf8WithBom
                    ? $"is not valid UTF-8 (invalid byte sequence at byte {at}); save it as UTF-8, or read it as Windows-1252"
                    : $"is not valid {encoding.Name} (invalid byte sequence at byte {at})";
            return null;
        }
    }
}
