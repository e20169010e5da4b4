namespace Citaties.Documents;

/// <summary>How a text file without a byte order mark is decoded (a byte order mark always wins).</summary>
public enum EncodingPolicy
{
    /// <summary>UTF-8; a file that is not valid UTF-8 is refused with the byte where it fails.</summary>
    Utf8,

    /// <summary>Windows-1252, for older files from Windows.</summary>
    Windows1252,

    /// <summary>UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.</summary>
    Detect,
}
