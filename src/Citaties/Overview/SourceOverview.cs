using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Overview;

/// <summary>
/// A table of authorities: every cited source once, grouped (legislation, EU law, parliamentary papers, case
/// law), in a stable order, with where it is cited. Abbreviation definitions are not sources.
/// </summary>
public static class SourceOverview
{
    /// <summary>Builds the overview of <paramref name="citations"/>.</summary>
    public static IReadOnlyList<SourceEntry> Build(IEnumerable<Citation> citations)
    {
        if (citations is null)
        {
            throw new ArgumentNullException(nameof(citations));
        }

        return citations
            .Select(c => (Citation: c, Group: GroupOf(c)))
            .Where(x => x.Group is not null)
            .GroupBy(x => (Group: x.Group!.Value, Source: x.Citation.Canonical))
            .Select(g => new SourceEntry(
                g.Key.Group,
                g.Key.Source,
                g.SelectMany(x => x.Citation.Links).Distinct().ToList(),
                g.Select(x => x.Citation).OrderBy(c => c.Span.Start).ToList()))
            .OrderBy(e => e.Group)
            .ThenBy(e => e.Source, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .ToList();
    }

    /// <summary>The group a citation is listed under, or null for what is not a source (a definition).</summary>
    public static SourceGroup? GroupOf(Citation citation) => citation.Kind switch
    {
        CitationKind.Kamerstuk or CitationKind.Handelingen or CitationKind.Aanhangsel => SourceGroup.ParliamentaryPapers,
        CitationKind.Ecli or CitationKind.Ljn => SourceGroup.CaseLaw,
        CitationKind.EuAct or CitationKind.Celex => SourceGroup.EuLaw,
        CitationKind.Gazette => citation.Canonical.StartsWith("Pb", StringComparison.Ordinal) ? SourceGroup.EuLaw : SourceGroup.Legislation,
        CitationKind.OfficialId => citation.Canonical.StartsWith("kst-", StringComparison.Ordinal)
            || citation.Canonical.StartsWith("h-", StringComparison.Ordinal)
            || citation.Canonical.StartsWith("ah-", StringComparison.Ordinal)
            || citation.Canonical.StartsWith("kv-", StringComparison.Ordinal)
            || citation.Canonical.StartsWith("blg-", StringComparison.Ordinal)
                ? SourceGroup.ParliamentaryPapers
                : SourceGroup.Legislation,
        CitationKind.Article => citation.Links.Any(l => l.Contains("eur-lex")) ? SourceGroup.EuLaw : SourceGroup.Legislation,
        CitationKind.Bwb or CitationKind.Jci => SourceGroup.Legislation,
        _ => null,
    };
}
