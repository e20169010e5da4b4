using System;
using System.Buffers;
using System.Text.Unicode;

namespace Citaties.Cli.Inputs;

/// <summary>
/// Decodes file bytes as UTF-8 text, refusing what is not text. A NUL byte in the first block marks a binary
/// file (or UTF-16, which the tool does not read); any invalid UTF-8 sequence anywhere refuses the file, because
/// replacing it would hand the scanner text that is not in the file.
/// </summary>
internal static class Utf8Text
{
    /// <summary>How many bytes at the start are searched for NUL.</summary>
    public const int SniffLength = 8192;

    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    /// <summary>
    /// The text of <paramref name="bytes"/> without a leading byte order mark, or null with
    /// <paramref name="reason"/> saying why the bytes are not UTF-8 text.
    /// </summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        var body = bytes.StartsWith(ByteOrderMark) ? bytes.Slice(ByteOrderMark.Length) : bytes;
        var bomLength = bytes.Length - body.Length;
        var nul = body.Slice(0, Math.Min(SniffLength, body.Length)).IndexOf((byte)0);
        if (nul >= 0)
        {
            reason = $"looks like a binary file (NUL byte at byte {nul + bomLength}); expected UTF-8 text";
            return null;
        }

        // UTF-8 never needs more UTF-16 code units than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                reason = $"is not valid UTF-8 (invalid byte sequence at byte {bytesRead + bomLength}); save it as UTF-8";
                return null;
            }

            reason = null;
            return new string(buffer, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The check of <see cref="TryDecode"/> for text that arrived already decoded (standard input):
    /// a NUL character in the first block marks binary input.
    /// </summary>
    public static string? BinaryReason(string text)
    {
        var nul = text.AsSpan(0, Math.Min(SniffLength, text.Length)).IndexOf('\0');
        return nul < 0 ? null : $"looks like binary data (NUL character at offset {nul}); expected UTF-8 text";
    }
}
