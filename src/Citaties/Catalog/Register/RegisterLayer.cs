using System;
using System.Collections.Generic;

namespace Citaties.Catalog.Register;

/// <summary>
/// The register of BWB titles under a catalog's own entries: asked only when the catalog's entries do not know a
/// name, and answering with the catalog's entry when it has one for the same BWB id (the hand-kept entries win, with
/// their abbreviations and current titles). A row whose id is a treaty of the catalog is left to the treaty lookup.
/// </summary>
internal sealed class RegisterLayer
{
    private readonly Lazy<BwbTitleRegister> register;
    private readonly IReadOnlyDictionary<string, LawEntry> lawsByBwb;
    private readonly HashSet<string> treatyBwbs;

    internal RegisterLayer(Lazy<BwbTitleRegister> register, IReadOnlyDictionary<string, LawEntry> lawsByBwb, HashSet<string> treatyBwbs)
    {
        this.register = register;
        this.lawsByBwb = lawsByBwb;
        this.treatyBwbs = treatyBwbs;
    }

    /// <summary>The loader of the register, for a catalog built over this one.</summary>
    internal Lazy<BwbTitleRegister> Source => register;

    /// <summary>True once a lookup has read the register.</summary>
    internal bool IsLoaded => register.IsValueCreated;

    /// <summary>The register itself, read on first use.</summary>
    internal BwbTitleRegister Register => register.Value;

    /// <summary>
    /// The regulations titled <paramref name="name"/>. A name must not start in lower case, as no title in the register
    /// does: prose that merely ends in <c>-regeling</c> or <c>-besluit</c> (<c>de uitvoeringsregeling</c>) is never a
    /// title, and the register is not even read for it.
    /// </summary>
    internal CatalogMatch<LawEntry> FindByTitle(string query, ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || char.IsLower(name[0]))
        {
            return CatalogMatch.None<LawEntry>(query);
        }

        var rows = Register.FindByTitle(name);
        return Match(query, name, rows);
    }

    /// <summary>The regulations whose long title starts with the dated head <paramref name="head"/>, each with its row.</summary>
    internal List<(int Row, LawEntry Entry)> FindByDatedHead(ReadOnlySpan<char> head)
    {
        var found = new List<(int, LawEntry)>();
        foreach (var row in Register.FindByDatedHead(head))
        {
            if (EntryFor(row) is { } entry)
            {
                found.Add((row, entry));
            }
        }

        return found;
    }

    /// <summary>The regulation with BWB id <paramref name="bwb"/>, or null.</summary>
    internal LawEntry? FindByBwb(string bwb)
    {
        var row = Register.FindByBwb(bwb);
        return row < 0 ? null : EntryFor(row);
    }

    private CatalogMatch<LawEntry> Match(string query, ReadOnlySpan<char> name, List<int> rows)
    {
        var candidates = new List<LawEntry>(rows.Count);
        string? matched = null;
        var exactCase = false;
        foreach (var row in rows)
        {
            if (EntryFor(row) is not { } entry || candidates.Contains(entry))
            {
                continue;
            }

            candidates.Add(entry);
            var title = Register.TitleAt(row);
            matched ??= title;
            exactCase |= CatalogKey.CompactEquals(name, CatalogKey.Compact(title.AsSpan()));
        }

        return candidates.Count == 0
            ? CatalogMatch.None<LawEntry>(query)
            : new CatalogMatch<LawEntry> { Query = query, Candidates = candidates.ToArray(), ExactCase = exactCase, MatchedName = matched };
    }

    private LawEntry? EntryFor(int row)
    {
        var bwb = Register.BwbAt(row);
        if (lawsByBwb.TryGetValue(bwb, out var handKept))
        {
            return handKept;
        }

        return treatyBwbs.Contains(bwb) ? null : Register.EntryAt(row);
    }
}
