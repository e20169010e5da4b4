using System.Collections.Generic;

namespace Citaties.Catalog.Bwb;

/// <summary>What one BWB XML file yielded.</summary>
public sealed record BwbImportResult
{
    /// <summary>The file or stream name the result is about.</summary>
    public string SourceName { get; init; } = string.Empty;

    /// <summary>Which kind of BWB file it was.</summary>
    public BwbFileKind Kind { get; init; }

    /// <summary>The law with its article list, for a law text (<see cref="BwbFileKind.Wetgeving"/> or <see cref="BwbFileKind.Toestand"/>); otherwise null.</summary>
    public LawEntry? Law { get; init; }

    /// <summary>The metadata of a <see cref="BwbFileKind.WetstechnischeInformatie"/> file; otherwise null.</summary>
    public BwbMetadata? Metadata { get; init; }

    /// <summary>What the import noticed and worked around.</summary>
    public IReadOnlyList<BwbImportWarning> Warnings { get; init; } = new List<BwbImportWarning>();

    /// <summary>
    /// True when <see cref="LawEntry.Title"/> is the law's own citeertitel (an element, or the name in brackets at
    /// the end of the intitule); false when it is the bare intitule or a fallback, which a WTI file may improve on.
    /// </summary>
    internal bool TitleIsCiteertitel { get; init; }
}

/// <summary>The useful metadata of a wetstechnische-informatie (WTI) file.</summary>
public sealed record BwbMetadata
{
    /// <summary>The BWB id the metadata belongs to.</summary>
    public string? Bwb { get; init; }

    /// <summary>The current citeertitel, when the file names one.</summary>
    public string? Citeertitel { get; init; }

    /// <summary>The official abbreviations (<c>afkortingen</c>): <c>Woo</c>.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = new List<string>();
}
