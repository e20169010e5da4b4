namespace Citaties.Catalog.Bwb;

/// <summary>Limits and defaults for <see cref="BwbImporter"/>.</summary>
public sealed record BwbImportOptions
{
    /// <summary>The default limit on a document's size: 64 million characters (the largest BWB texts are far smaller).</summary>
    public const long DefaultMaxDocumentCharacters = 64_000_000;

    /// <summary>
    /// The largest document accepted, in characters (for files also checked against the size in bytes before
    /// reading). Larger input fails with a <see cref="BwbImportException"/> instead of exhausting memory.
    /// </summary>
    public long MaxDocumentCharacters { get; init; } = DefaultMaxDocumentCharacters;

    /// <summary>
    /// The version date (ISO <c>yyyy-MM-dd</c>) to record for a file that states none and whose name holds none
    /// (the older <c>wetgeving</c> format has no version date inside). Null leaves <see cref="LawEntry.ArticlesAsOf"/> empty.
    /// </summary>
    public string? FallbackVersionDate { get; init; }
}
