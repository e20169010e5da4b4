using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties;

/// <summary>
/// How <see cref="CitationFinder.Extract(string, ExtractOptions)"/> resolves the laws of the citations it finds, and on how
/// many threads it reads a large text. It lives
/// with the resolver that reads it (so no folder refers back to the entry points), in the root namespace where users look.
/// </summary>
public sealed record ExtractOptions
{
    /// <summary>The defaults: the embedded catalog, no configured abbreviations, no context law.</summary>
    public static ExtractOptions Default { get; } = new();

    /// <summary>The catalog laws are looked up in; null for the embedded <see cref="LawCatalog.Default"/>.</summary>
    public LawCatalog? Catalog { get; init; }

    /// <summary>
    /// Abbreviations the document may use without defining them (from <c>citaties.json</c>), with their expansion.
    /// The document's own definitions before a citation come first; these come before the catalog.
    /// </summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The law the document itself is (or belongs to), e.g. <c>new LawReference { Bwb = "BWBR0001903" }</c> for the text
    /// of the Wetboek van Strafvordering: an article without a law (<c>artikel 13a</c>) and <c>van deze wet</c> refer to it.
    /// The resolver completes it from the catalog by its BWB id, CELEX number, abbreviation or title. Inside a book of
    /// the BW, <c>artikel 12 van Boek 3</c> is then that code's Boek 3. <c>"law"</c> in <c>citaties.json</c> sets it. Null
    /// for ordinary documents, where an article without a law stays unresolved.
    /// </summary>
    public LawReference? ContextLaw { get; init; }

    /// <summary>
    /// The number of the article of <see cref="ContextLaw"/> the text stands in (<c>13a</c>), when the caller knows the
    /// position in the law, as a reader of law texts does: <c>dit artikel</c> and <c>het eerste lid</c> are then that
    /// article, <c>het vorige artikel</c> the one before it in the catalog's article list of the law. Null when unknown.
    /// </summary>
    public string? ContextArticle { get; init; }

    /// <summary>
    /// How many threads may scan one text: 0 (the default) lets Citaties choose, which scans a text of 64K characters or
    /// more on every core and a shorter one on the calling thread; 1 keeps to the calling thread (for a caller that
    /// already runs many texts at once); a larger number is the most threads it uses. The citations found are the same
    /// on any number: the text is cut only at paragraph breaks, which no citation crosses.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Parallelism
    {
        get => parallelism;
        init => parallelism = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Parallelism is 0 (automatic), 1 (one thread) or the most threads to use.");
    }

    private readonly int parallelism;

    /// <summary>The catalog to use: <see cref="Catalog"/> or the embedded one.</summary>
    internal LawCatalog CatalogOrDefault => Catalog ?? LawCatalog.Default;
}
