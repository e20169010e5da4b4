using System;
using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>
/// The answer of a catalog lookup: every entry the name can mean, whether the case matched as written,
/// and whether the candidates are the books of one code (the Burgerlijk Wetboek) rather than a real ambiguity.
/// </summary>
/// <typeparam name="T">The kind of entry: <see cref="LawEntry"/>, <see cref="EuActEntry"/>, <see cref="TreatyEntry"/>, <see cref="CourtEntry"/>.</typeparam>
public sealed record CatalogMatch<T>
    where T : class
{
    /// <summary>The text that was looked up.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>All entries the query can mean, in catalog order; empty when nothing matched.</summary>
    public IReadOnlyList<T> Candidates { get; init; } = Array.Empty<T>();

    /// <summary>
    /// True when the query matched a catalog spelling with the same capitals (spaces, dashes and dots aside):
    /// <c>Awb</c> does, <c>AWB</c> does not. False when nothing matched.
    /// </summary>
    public bool ExactCase { get; init; }

    /// <summary>The catalog's spelling of the name that matched (<c>Awb</c> for the query <c>AWB</c>); null when nothing matched.</summary>
    public string? MatchedName { get; init; }

    /// <summary>
    /// True when the candidates are the books of one code (all books of the Burgerlijk Wetboek, for <c>BW</c> without a book):
    /// several entries, but not an ambiguity the writer must resolve.
    /// </summary>
    public bool IsBookGroup { get; init; }

    /// <summary>True when at least one entry matched.</summary>
    public bool Found => Candidates.Count > 0;

    /// <summary>True when the query can mean several different entries (<c>Ow</c>: Opiumwet or Omgevingswet).</summary>
    public bool IsAmbiguous => Candidates.Count > 1 && !IsBookGroup;

    /// <summary>The entry when exactly one matched; null when none or several did.</summary>
    public T? Entry => Candidates.Count == 1 ? Candidates[0] : null;
}

/// <summary>Shorthands for building matches.</summary>
internal static class CatalogMatch
{
    /// <summary>A match with no candidates.</summary>
    internal static CatalogMatch<T> None<T>(string? query)
        where T : class => new() { Query = query ?? string.Empty };
}
