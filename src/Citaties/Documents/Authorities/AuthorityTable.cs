using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.Model;

namespace Citaties.Documents;

/// <summary>
/// A table of authorities over one or more documents: every cited source once, grouped (legislation, EU law,
/// parliamentary papers, case law), in a stable order, with every place it is cited. Abbreviation definitions are
/// not sources.
/// </summary>
public sealed class AuthorityTable
{
    private static readonly StringComparer SourceOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    private static readonly string[] ParliamentaryIdPrefixes = { "kst-", "h-", "ah-", "kv-", "blg-" };

    private readonly Dictionary<(SourceGroup Group, string Source), (List<string> Links, List<CitationPlace> Places)> sources = new();

    /// <summary>Adds every citation of <paramref name="document"/>, located by line and column or by paragraph.</summary>
    public void Add(SourceDocument document, ExtractOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        // Spans of the scanned text: PlaceOf and Locate both take them and map to the source themselves.
        Add(CitationFinder.Extract(document.Text.Text, options), c =>
        {
            if (document.PlaceOf(c.Span) is { } place)
            {
                return new CitationPlace(document.Name, c.Text, 0, 0, place.Part, place.Paragraph);
            }

            var region = document.Text.Locate(c.Span);
            return new CitationPlace(document.Name, c.Text, region.StartLine, region.StartColumn, null, 0);
        });
    }

    private void Add(IEnumerable<Citation> citations, Func<Citation, CitationPlace> locate)
    {
        foreach (var citation in citations.OrderBy(c => c.Span.Start))
        {
            if (GroupOf(citation) is not { } group)
            {
                continue;
            }

            var key = (group, citation.Canonical);
            if (!sources.TryGetValue(key, out var collected))
            {
                collected = (new List<string>(), new List<CitationPlace>());
                sources[key] = collected;
            }

            collected.Links.AddRange(citation.Links.Where(l => !collected.Links.Contains(l)));
            collected.Places.Add(locate(citation));
        }
    }

    /// <summary>Every source once, by group and then alphabetically (Dutch order, ignoring case).</summary>
    public IReadOnlyList<CitedSource> Sources() => sources
        .Select(s => new CitedSource(s.Key.Group, s.Key.Source, s.Value.Links, s.Value.Places))
        .OrderBy(s => s.Group)
        .ThenBy(s => s.Source, SourceOrder)
        .ToList();

    /// <summary>The group a citation is listed under, or null for what is not a source (a definition).</summary>
    public static SourceGroup? GroupOf(Citation citation) => citation.Kind switch
    {
        CitationKind.Kamerstuk or CitationKind.Handelingen or CitationKind.Aanhangsel => SourceGroup.ParliamentaryPapers,
        CitationKind.Ecli or CitationKind.Ljn => SourceGroup.CaseLaw,
        CitationKind.EuAct or CitationKind.Celex => SourceGroup.EuLaw,
        CitationKind.Gazette => citation.Canonical.StartsWith("Pb", StringComparison.Ordinal) ? SourceGroup.EuLaw : SourceGroup.Legislation,
        CitationKind.OfficialId => IsParliamentaryId(citation.Canonical) ? SourceGroup.ParliamentaryPapers : SourceGroup.Legislation,
        CitationKind.Article => citation.Links.Any(l => l.Contains("eur-lex")) ? SourceGroup.EuLaw : SourceGroup.Legislation,
        CitationKind.Bwb or CitationKind.Jci => SourceGroup.Legislation,
        _ => null,
    };

    /// <summary>The heading of a group in English.</summary>
    public static string Heading(SourceGroup group) => group switch
    {
        SourceGroup.Legislation => "Legislation",
        SourceGroup.EuLaw => "EU law",
        SourceGroup.ParliamentaryPapers => "Parliamentary papers",
        _ => "Case law",
    };

    /// <summary>The name of a group in the JSON output.</summary>
    public static string JsonName(SourceGroup group) => group switch
    {
        SourceGroup.Legislation => "legislation",
        SourceGroup.EuLaw => "euLaw",
        SourceGroup.ParliamentaryPapers => "parliamentaryPapers",
        _ => "caseLaw",
    };

    private static bool IsParliamentaryId(string id) =>
        ParliamentaryIdPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal));
}
