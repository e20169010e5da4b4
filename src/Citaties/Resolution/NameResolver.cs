using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Kinds;
using Citaties.Model;
using Sprache;

namespace Citaties.Resolution;

/// <summary>
/// Turns a name of a law as written (an abbreviation, a title, an EU act number, an expansion of a
/// definition) into a <see cref="LawReference"/> by looking it up in the catalog. Knows nothing of the document:
/// definitions and back-references are the <see cref="LawResolver"/>'s business.
/// </summary>
internal static class NameResolver
{
    // Words that make an unknown name a law (or a bill) rather than an organisation: "(hierna: Wrs)" after
    // "wetsvoorstel regulering sekswerk" names a law to be, "(hierna: ACM)" after "Autoriteit Consument & Markt" does not.
    private static readonly string[] BillWords = { "wetsvoorstel", "voorstel", "ontwerp", "act" };

    /// <summary>
    /// An abbreviation as written: a law (with its <paramref name="book"/> for the BW), an EU act by short name, or
    /// a treaty. Null when unknown, or when it can mean several laws (<c>Ow</c>: CIT2007 wants a definition).
    /// </summary>
    public static LawReference? ResolveAbbreviation(string written, string? book, LawCatalog catalog)
    {
        var laws = catalog.FindByAbbreviation(written, book);
        if (laws.Found)
        {
            return FromLawMatch(laws, written);
        }

        var act = catalog.FindEuActByName(written);
        if (act.Entry is { } euAct)
        {
            return FromEuAct(euAct, act.MatchedName) with { ExactCase = act.ExactCase };
        }

        var treaty = catalog.FindTreaty(written);
        return treaty.Entry is { } found ? FromTreaty(found, treaty.MatchedName) with { ExactCase = treaty.ExactCase } : null;
    }

    /// <summary>
    /// A title as the grammar read it. The grammar's end of a title is a guess, so when the catalog does not
    /// know the whole, the longest leading run of words it does know is taken (<paramref name="matched"/> is
    /// that run). Null when the catalog knows no part of it.
    /// </summary>
    public static LawReference? ResolveTitle(string title, string? book, LawCatalog catalog, out string matched)
    {
        matched = title;
        var whole = LookUpTitle(title, book, catalog);
        if (whole is not null)
        {
            return whole;
        }

        for (var end = title.LastIndexOf(' '); end > 0; end = title.LastIndexOf(' ', end - 1))
        {
            var prefix = title.Substring(0, end).TrimEnd();
            var found = LookUpTitle(prefix, book, catalog);
            if (found is not null)
            {
                matched = prefix;
                return found;
            }
        }

        return null;
    }

    /// <summary>An EU act by number (<c>Verordening (EU) 2022/2065</c>): its CELEX number, with the catalog's names when it knows the act.</summary>
    public static LawReference? ResolveEuAct(string written, LawCatalog catalog)
    {
        // Every act number has a slash (2022/2065, nr. 593/2008): a name without one is no act, and the grammar need not run.
        if (written.IndexOf('/') < 0)
        {
            return null;
        }

        // Through the window input, not Sprache's TryParse, whose input allocates an object and a memo table per character.
        var parsed = EuActGrammar.EuAct(WindowInput.Start(written));
        if (!parsed.WasSuccessful)
        {
            return null;
        }

        var celex = parsed.Value.Celex;
        var known = catalog.FindEuActByCelex(celex);
        return known.Entry is { } entry
            ? FromEuAct(entry, null)
            : new LawReference { Title = written, Celex = celex, Source = LawSource.Catalog };
    }

    /// <summary>
    /// The law an expansion or a configured meaning names: a title, an abbreviation, an EU act by name or number,
    /// a treaty; a name the catalog does not know but that names a law or a bill keeps its text as title
    /// (<see cref="LawSource.Written"/>); null for anything else (an organisation).
    /// </summary>
    public static LawReference? ResolveName(string name, string? book, LawCatalog catalog)
    {
        var text = name.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var found = LookUpTitle(text, book, catalog)
            ?? ResolveEuAct(text, catalog)
            ?? ResolveAbbreviation(text, book, catalog);
        if (found is not null)
        {
            return found;
        }

        return NamesALaw(text) ? new LawReference { Title = text, Source = LawSource.Written } : null;
    }

    /// <summary>Completes a reference given by the caller (a BWB id, a CELEX number, an abbreviation or a title) from the catalog.</summary>
    public static LawReference Complete(LawReference given, LawCatalog catalog)
    {
        LawReference? found = null;
        if (!string.IsNullOrWhiteSpace(given.Bwb))
        {
            var law = catalog.FindByBwb(given.Bwb!);
            found = law.Entry is { } entry ? FromLaw(entry, null) : TreatyByBwb(given.Bwb!, catalog);
        }
        else if (!string.IsNullOrWhiteSpace(given.Celex))
        {
            var act = catalog.FindEuActByCelex(given.Celex!);
            found = act.Entry is { } entry ? FromEuAct(entry, null) : null;
        }
        else if (!string.IsNullOrWhiteSpace(given.Title))
        {
            found = ResolveName(given.Title!, null, catalog);
        }
        else if (!string.IsNullOrWhiteSpace(given.Abbreviation))
        {
            found = ResolveAbbreviation(given.Abbreviation!, null, catalog);
        }

        return (found ?? given) with { Source = LawSource.ContextLaw };
    }

    /// <summary>The reference for a catalog law; <paramref name="abbreviation"/> is the spelling that matched, when an abbreviation did.</summary>
    public static LawReference FromLaw(LawEntry law, string? abbreviation) => new()
    {
        Abbreviation = abbreviation ?? FirstOf(law.Abbreviations) ?? FirstOf(law.CustomaryAbbreviations),
        Title = law.Title,
        Bwb = law.Bwb,
        Source = LawSource.Catalog,
        LawEntry = law,
    };

    private static LawReference? LookUpTitle(string title, string? book, LawCatalog catalog)
    {
        var laws = catalog.FindByTitle(title, book, withRegister: false);
        if (laws.Found)
        {
            return FromLawMatch(laws, null);
        }

        var act = catalog.FindEuActByName(title);
        if (act.Entry is { } euAct)
        {
            return FromEuAct(euAct, null);
        }

        var treaty = catalog.FindTreaty(title);
        if (treaty.Entry is { } found)
        {
            return FromTreaty(found, null);
        }

        // Last, the BWB titles of 2012: every regulation the catalog's own entries do not name.
        var registered = catalog.FindByTitle(title, book, withRegister: true);
        return registered.Found ? FromLawMatch(registered, null) : null;
    }

    private static LawReference? FromLawMatch(CatalogMatch<LawEntry> match, string? written)
    {
        var abbreviation = written is null ? null : match.MatchedName;
        if (match.Entry is { } law)
        {
            return FromLaw(law, abbreviation) with { ExactCase = match.ExactCase || written is null };
        }

        if (match.IsBookGroup)
        {
            // "BW" without a book: the code is known, but no single BWB id covers it (CIT2014).
            var first = match.Candidates[0];
            return new LawReference
            {
                Abbreviation = abbreviation ?? FirstOf(first.Abbreviations),
                Title = CodeTitle(first),
                Source = LawSource.Catalog,
                ExactCase = match.ExactCase || written is null,
            };
        }

        // Several laws (Ow: Opiumwet or Omgevingswet), or a BW book that does not exist: not resolved.
        return null;
    }

    private static LawReference FromEuAct(EuActEntry act, string? matchedName) => new()
    {
        Abbreviation = matchedName is not null && LooksLikeAbbreviation(matchedName)
            ? matchedName
            : FirstAbbreviation(act.ShortNames) ?? FirstAbbreviation(act.EnglishShortNames),
        Title = act.Title,
        Celex = act.Celex,
        Source = LawSource.Catalog,
        EuActEntry = act,
    };

    private static LawReference FromTreaty(TreatyEntry treaty, string? matchedName) => new()
    {
        Abbreviation = matchedName is not null && LooksLikeAbbreviation(matchedName) ? matchedName : FirstAbbreviation(treaty.Abbreviations),
        Title = treaty.Title,
        Bwb = treaty.Bwb,
        Celex = treaty.Celex,
        Source = LawSource.Catalog,
        TreatyEntry = treaty,
    };

    private static LawReference? TreatyByBwb(string bwb, LawCatalog catalog)
    {
        foreach (var treaty in catalog.Treaties)
        {
            if (string.Equals(treaty.Bwb?.Trim(), bwb.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return FromTreaty(treaty, null);
            }
        }

        return null;
    }

    // "Burgerlijk Wetboek Boek 6" belongs to "Burgerlijk Wetboek".
    private static string CodeTitle(LawEntry book)
    {
        var suffix = " Boek " + book.Book?.Trim();
        return book.Book is not null && book.Title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            ? book.Title.Substring(0, book.Title.Length - suffix.Length).Trim()
            : book.Title;
    }

    private static bool NamesALaw(string name)
    {
        foreach (var word in name.Split(' '))
        {
            var lower = word.Trim('(', ')', ',', '"', '\'').ToLowerInvariant();
            if (lower.Length == 0)
            {
                continue;
            }

            if (LawNameScanner.HasLawNoun(lower))
            {
                return true;
            }

            foreach (var bill in BillWords)
            {
                if (lower == bill || (bill.Length > 4 && lower.StartsWith(bill, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? FirstOf(IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                return name.Trim();
            }
        }

        return null;
    }

    private static string? FirstAbbreviation(IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (name is not null && LooksLikeAbbreviation(name))
            {
                return name.Trim();
            }
        }

        return null;
    }

    // DSA, AVMSD, EVRM, VWEU: one word of letters with at least two capitals.
    private static bool LooksLikeAbbreviation(string name)
    {
        var capitals = 0;
        foreach (var c in name.Trim())
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                capitals++;
            }
        }

        return capitals >= 2;
    }
}
