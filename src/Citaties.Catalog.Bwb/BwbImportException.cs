using System;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// A BWB XML file that cannot be imported (corrupt, truncated, not BWB XML, hostile, too large, unreadable),
/// with the file's name and the reason. It is the only exception <see cref="BwbImporter"/> throws on bad input.
/// </summary>
public sealed class BwbImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BwbImportException(string sourceName, string reason, Exception? inner = null)
        : base($"BWB file '{sourceName}' cannot be imported: {reason}.", inner)
    {
        SourceName = sourceName;
        Reason = reason;
    }

    /// <summary>The file or stream that could not be imported.</summary>
    public string SourceName { get; }

    /// <summary>Why it could not be imported, without the file name.</summary>
    public string Reason { get; }
}
