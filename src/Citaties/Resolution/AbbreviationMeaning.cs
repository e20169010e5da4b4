using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>Where the meaning of an abbreviation at some place in a document comes from.</summary>
internal enum AbbreviationSource
{
    /// <summary>Neither the document (before that place) nor the configuration defines it; the catalog may still know it.</summary>
    None,

    /// <summary>A definition in the document before that place (<c>(hierna: Sv)</c>).</summary>
    Definition,

    /// <summary>The configured abbreviations (<c>citaties.json</c>).</summary>
    Configuration,
}

/// <summary>
/// What an abbreviation means at a place in a document, before the catalog is asked: the latest definition
/// before that place, else the configured meaning. Also tells whether it is only defined later (CIT2005).
/// </summary>
internal sealed record AbbreviationMeaning
{
    /// <summary>The abbreviation as written at that place.</summary>
    public string Abbreviation { get; init; } = string.Empty;

    /// <summary>Where the meaning comes from; <see cref="AbbreviationSource.None"/> when the document gives none.</summary>
    public AbbreviationSource Source { get; init; }

    /// <summary>The abbreviation as defined or configured (<c>Awb</c> when <c>AWB</c> was written); null when undefined.</summary>
    public string? DefinedAs { get; init; }

    /// <summary>What it stands for (the expansion of the definition, or the configured text); null when undefined.</summary>
    public string? Expansion { get; init; }

    /// <summary>The definition that applies (the latest one before the place); null when the meaning is not from a definition.</summary>
    public AbbreviationDefinition? Definition { get; init; }

    /// <summary>The law the meaning names, when resolved (a definition's <see cref="AbbreviationDefinition.Law"/>, or the configured text looked up).</summary>
    public LawReference? Law { get; init; }

    /// <summary>False when the abbreviation was written with other capitals than defined (<c>AWB</c> for <c>Awb</c>).</summary>
    public bool ExactCase { get; init; } = true;

    /// <summary>
    /// The first definition after the place when none stands before it: the abbreviation is used before it is
    /// defined (CIT2005). Null when it is defined before, or never.
    /// </summary>
    public AbbreviationDefinition? LaterDefinition { get; init; }

    /// <summary>True when the document or the configuration gives a meaning.</summary>
    public bool IsDefined => Source != AbbreviationSource.None;
}
