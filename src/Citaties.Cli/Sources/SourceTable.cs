using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.Model;
using Citaties.Overview;

namespace Citaties.Cli.Sources;

/// <summary>
/// Collects the table of authorities of several inputs: <see cref="SourceOverview"/> per input, merged so that a
/// source cited in several files is listed once with all its places.
/// </summary>
internal sealed class SourceTable
{
    private static readonly StringComparer SourceOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    private readonly Dictionary<(SourceGroup Group, string Source), (List<string> Links, List<CitationPlace> Places)> sources = new();

    /// <summary>Adds the citations of one input; <paramref name="locate"/> says where a citation is.</summary>
    public void Add(IEnumerable<Citation> citations, Func<Citation, CitationPlace> locate)
    {
        foreach (var entry in SourceOverview.Build(citations))
        {
            var key = (entry.Group, entry.Source);
            if (!sources.TryGetValue(key, out var collected))
            {
                collected = (new List<string>(), new List<CitationPlace>());
                sources[key] = collected;
            }

            collected.Links.AddRange(entry.Links.Where(l => !collected.Links.Contains(l)));
            collected.Places.AddRange(entry.Occurrences.Select(locate));
        }
    }

    /// <summary>Every source once, by group and then alphabetically as <see cref="SourceOverview"/> orders them.</summary>
    public IReadOnlyList<CitedSource> Sources() => sources
        .Select(s => new CitedSource(s.Key.Group, s.Key.Source, s.Value.Links, s.Value.Places))
        .OrderBy(s => s.Group)
        .ThenBy(s => s.Source, SourceOrder)
        .ToList();

    /// <summary>The heading of a group.</summary>
    public static string Heading(SourceGroup group) => group switch
    {
        SourceGroup.Legislation => "Legislation",
        SourceGroup.EuLaw => "EU law",
        SourceGroup.ParliamentaryPapers => "Parliamentary papers",
        _ => "Case law",
    };

    /// <summary>The JSON name of a group.</summary>
    public static string JsonName(SourceGroup group) => group switch
    {
        SourceGroup.Legislation => "legislation",
        SourceGroup.EuLaw => "euLaw",
        SourceGroup.ParliamentaryPapers => "parliamentaryPapers",
        _ => "caseLaw",
    };
}
