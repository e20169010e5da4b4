using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Citaties.Catalog.Register;

namespace Citaties.Catalog;

/// <summary>
/// The catalog of laws, EU acts, treaties and ECLI court codes, with lookups by abbreviation, title, BWB id,
/// CELEX, act number, short name and court code. Immutable and safe to share between threads: every index
/// is built once, in the constructor. The default catalog also holds every regulation of a 2012 snapshot of the
/// BWB, found by citation title (or long title) and BWB id when its own entries do not know one; that register is
/// read on the first lookup its entries cannot answer, so a caller that never needs it never pays for it.
/// </summary>
public sealed class LawCatalog
{
    private static readonly Lazy<LawCatalog> DefaultCatalog = NewDefaultLoader();

    private readonly NameIndex<LawEntry> lawAbbreviations;
    private readonly NameIndex<LawEntry> lawTitles;
    private readonly Dictionary<string, LawEntry> lawsByBwb;
    private readonly Dictionary<string, EuActEntry> euActsByCelex;
    private readonly Dictionary<(int Year, int Number), EuActEntry[]> euActsByNumber;
    private readonly NameIndex<EuActEntry> euActNames;
    private readonly NameIndex<TreatyEntry> treatyNames;
    private readonly Dictionary<string, CourtEntry> courtsByCode;
    private readonly Lazy<TitleWordIndex> titleWords;
    private readonly RegisterLayer? register;

    private LawCatalog(CatalogDocument document, Lazy<BwbTitleRegister>? register = null)
    {
        Document = document;
        lawAbbreviations = NameIndex<LawEntry>.Build(document.Laws, l => l.Abbreviations.Concat(l.CustomaryAbbreviations));
        lawTitles = NameIndex<LawEntry>.Build(document.Laws, TitlesOf);
        titleWords = new Lazy<TitleWordIndex>(() => new TitleWordIndex(document.Laws, document.Treaties));
        lawsByBwb = document.Laws
            .Where(l => !string.IsNullOrWhiteSpace(l.Bwb))
            .ToDictionary(l => l.Bwb!.Trim(), StringComparer.OrdinalIgnoreCase);
        euActsByCelex = document.EuActs
            .Where(a => !string.IsNullOrWhiteSpace(a.Celex))
            .ToDictionary(a => a.Celex.Trim(), StringComparer.OrdinalIgnoreCase);
        euActsByNumber = document.EuActs
            .GroupBy(a => (a.Year, a.Number))
            .ToDictionary(g => g.Key, g => g.ToArray());
        euActNames = NameIndex<EuActEntry>.Build(
            document.EuActs, a => a.ShortNames.Concat(a.EnglishShortNames).Append(a.Title));
        treatyNames = NameIndex<TreatyEntry>.Build(document.Treaties, t => t.Abbreviations.Append(t.Title));
        courtsByCode = document.Courts.ToDictionary(
            c => CourtKey(c.Country, c.Code), StringComparer.OrdinalIgnoreCase);
        if (register is not null)
        {
            var treatyBwbs = new HashSet<string>(
                document.Treaties.Where(t => !string.IsNullOrWhiteSpace(t.Bwb)).Select(t => t.Bwb!.Trim()),
                StringComparer.OrdinalIgnoreCase);
            this.register = new RegisterLayer(register, lawsByBwb, treatyBwbs);
        }
    }

    /// <summary>The catalog compiled into this library, loaded on first use.</summary>
    public static LawCatalog Default => DefaultCatalog.Value;

    /// <summary>A loader of the embedded catalog that builds it once, on first use, however many threads ask at the same time.</summary>
    internal static Lazy<LawCatalog> NewDefaultLoader() =>
        new(
            () => new LawCatalog(CatalogLayers.Merge(EmbeddedCatalog.ReadAll()), BwbTitleRegister.NewEmbeddedLoader()),
            LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The merged contents of the catalog (write it with <see cref="CatalogJson.Write"/> to keep a copy).</summary>
    public CatalogDocument Document { get; }

    /// <summary>All laws, in catalog order.</summary>
    public IReadOnlyList<LawEntry> Laws => Document.Laws;

    /// <summary>The register of BWB titles under this catalog's entries; null for a catalog made with <see cref="Create"/>.</summary>
    internal RegisterLayer? Register => register;

    /// <summary>The law titles as folded words, built on first use.</summary>
    internal TitleWordIndex TitleWords => titleWords.Value;

    /// <summary>All EU acts, in catalog order.</summary>
    public IReadOnlyList<EuActEntry> EuActs => Document.EuActs;

    /// <summary>All treaties, in catalog order.</summary>
    public IReadOnlyList<TreatyEntry> Treaties => Document.Treaties;

    /// <summary>All ECLI court codes, in catalog order.</summary>
    public IReadOnlyList<CourtEntry> Courts => Document.Courts;

    /// <summary>
    /// Builds a catalog from <paramref name="layers"/>, later layers over earlier ones: an entry with the same
    /// BWB id (or, without one, the same title), CELEX number or court code replaces the earlier entry, keeping
    /// the earlier entry's values for what it leaves empty; other entries are added.
    /// </summary>
    public static LawCatalog Create(params CatalogDocument[] layers) =>
        new(CatalogLayers.Merge(layers ?? Array.Empty<CatalogDocument>()));

    /// <summary>This catalog with <paramref name="layers"/> on top (a user's catalog over the embedded one), keeping its register of BWB titles.</summary>
    public LawCatalog Extend(params CatalogDocument[] layers) =>
        new(CatalogLayers.Merge(new[] { Document }.Concat(layers ?? Array.Empty<CatalogDocument>())), register?.Source);

    /// <summary>
    /// Finds laws by official or customary abbreviation, ignoring case, spaces, dashes and dots but reporting
    /// whether the capitals matched (<c>AWB</c> finds the Awb with <see cref="CatalogMatch{T}.ExactCase"/> false).
    /// <c>BW</c> with <paramref name="book"/> <c>6</c> finds Boek 6; without a book it finds all books as a
    /// <see cref="CatalogMatch{T}.IsBookGroup"/>. The book is ignored for laws that have no books.
    /// </summary>
    public CatalogMatch<LawEntry> FindByAbbreviation(string abbreviation, string? book = null)
    {
        if (string.IsNullOrEmpty(abbreviation))
        {
            return CatalogMatch.None<LawEntry>(abbreviation);
        }

        return SelectBook(lawAbbreviations.Lookup(abbreviation, abbreviation.AsSpan()), book);
    }

    /// <summary>
    /// Finds laws by citeertitel or another known title, ignoring case, spaces (also no-break spaces), dashes,
    /// diacritics and a leading <c>de</c>/<c>het</c>. <c>het Burgerlijk Wetboek</c> finds the books as a group,
    /// narrowed by <paramref name="book"/>; <c>Boek 6 van het Burgerlijk Wetboek</c> names the book itself.
    /// In the default catalog, a title its own entries do not know is looked up in the BWB titles of 2012: by
    /// citation title, or by long title for a regulation without one; such a title must start with a capital.
    /// </summary>
    public CatalogMatch<LawEntry> FindByTitle(string title, string? book = null)
    {
        var match = FindByTitle(title, book, withRegister: false);
        return match.Found || NamesABook(title, book) ? match : FindInRegister(title);
    }

    /// <summary>
    /// Finds a title among the catalog's own entries only, or also in the register of BWB titles: the resolver asks
    /// the EU acts and treaties before the register, so a treaty keeps its abbreviation.
    /// </summary>
    internal CatalogMatch<LawEntry> FindByTitle(string title, string? book, bool withRegister)
    {
        if (withRegister)
        {
            return FindByTitle(title, book);
        }

        if (string.IsNullOrEmpty(title))
        {
            return CatalogMatch.None<LawEntry>(title);
        }

        var name = title.AsSpan().Trim();
        var bookInTitle = TitleText.SplitBook(ref name);
        var match = lawTitles.Lookup(title, name);
        if (!match.Found)
        {
            // Only strip "de"/"het" when the title as written is unknown, so a title that starts with one still matches.
            var withoutArticle = TitleText.WithoutArticle(name);
            if (withoutArticle.Length != name.Length)
            {
                match = lawTitles.Lookup(title, withoutArticle);
            }
        }

        return SelectBook(match, book ?? bookInTitle);
    }

    // The register knows no books: a book asked for that the catalog lacks (Boek 9 of the BW) stays unknown.
    private static bool NamesABook(string title, string? book)
    {
        if (!string.IsNullOrWhiteSpace(book))
        {
            return true;
        }

        var name = (title ?? string.Empty).AsSpan().Trim();
        return TitleText.SplitBook(ref name) is not null;
    }

    /// <summary>Finds a title in the register of BWB titles only (with or without a leading <c>de</c>/<c>het</c>); nothing for a catalog without one.</summary>
    internal CatalogMatch<LawEntry> FindInRegister(string title)
    {
        if (register is null || string.IsNullOrEmpty(title))
        {
            return CatalogMatch.None<LawEntry>(title);
        }

        var name = title.AsSpan().Trim();
        var match = register.FindByTitle(title, name);
        var withoutArticle = TitleText.WithoutArticle(name);
        return match.Found || withoutArticle.Length == name.Length ? match : register.FindByTitle(title, withoutArticle);
    }

    /// <summary>Finds the law with BWB id <paramref name="bwb"/> (case-insensitive; surrounding spaces ignored).</summary>
    public CatalogMatch<LawEntry> FindByBwb(string bwb)
    {
        var id = bwb?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return CatalogMatch.None<LawEntry>(bwb);
        }

        if (!lawsByBwb.TryGetValue(id!, out var law))
        {
            law = register?.FindByBwb(id!);
            if (law is null)
            {
                return CatalogMatch.None<LawEntry>(bwb);
            }
        }

        return Single(bwb!, law, law.Bwb!, string.Equals(law.Bwb!.Trim(), id, StringComparison.Ordinal));
    }

    /// <summary>
    /// Finds the EU act with CELEX number <paramref name="celex"/>; a <c>CELEX:</c> prefix is allowed, and a
    /// consolidated version (<c>02016R0679-20160504</c>) finds the act it consolidates.
    /// </summary>
    public CatalogMatch<EuActEntry> FindEuActByCelex(string celex)
    {
        var id = (celex ?? string.Empty).Trim();
        if (id.StartsWith("CELEX:", StringComparison.OrdinalIgnoreCase))
        {
            id = id.Substring("CELEX:".Length).Trim();
        }

        if (id.Length > 1 && id[0] == '0' && id.IndexOf('-') is var dash and > 0)
        {
            // Sector 0 (consolidated text) of act 3YYYY... is the act itself.
            var actId = id.Substring(0, dash).ToCharArray();
            actId[0] = '3';
            id = new string(actId);
        }

        if (id.Length == 0 || !euActsByCelex.TryGetValue(id, out var act))
        {
            return CatalogMatch.None<EuActEntry>(celex);
        }

        return Single(celex!, act, act.Celex, string.Equals(act.Celex, id, StringComparison.Ordinal));
    }

    /// <summary>
    /// Finds EU acts by year and number (<c>2022/2065</c>; <c>593/2008</c> is year 2008, number 593). Before 2015
    /// regulations and directives were numbered separately, so pass <paramref name="type"/> (<c>Verordening</c>,
    /// <c>Richtlijn</c>, ...) to tell them apart; without it every act with that number is a candidate.
    /// </summary>
    public CatalogMatch<EuActEntry> FindEuAct(int year, int number, string? type = null)
    {
        var query = year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!euActsByNumber.TryGetValue((year, number), out var acts))
        {
            return CatalogMatch.None<EuActEntry>(query);
        }

        var candidates = acts;
        var descriptor = EuActTypes.CelexDescriptor(type);
        if (descriptor is not null)
        {
            candidates = acts.Where(a => EuActTypes.CelexDescriptor(a.Type) == descriptor).ToArray();
        }

        return new CatalogMatch<EuActEntry>
        {
            Query = query,
            Candidates = candidates,
            ExactCase = candidates.Length > 0,
            MatchedName = candidates.Length > 0 ? candidates[0].Title : null,
        };
    }

    /// <summary>Finds EU acts by Dutch or English short name or title: <c>DSA</c>, <c>AVG</c>, <c>GDPR</c>, <c>e-commerce richtlijn</c>.</summary>
    public CatalogMatch<EuActEntry> FindEuActByName(string name) =>
        string.IsNullOrEmpty(name) ? CatalogMatch.None<EuActEntry>(name) : euActNames.Lookup(name, name.AsSpan());

    /// <summary>Finds treaties by abbreviation or title: <c>EVRM</c>, <c>VWEU</c>, <c>Handvest</c>.</summary>
    public CatalogMatch<TreatyEntry> FindTreaty(string abbreviation) =>
        string.IsNullOrEmpty(abbreviation) ? CatalogMatch.None<TreatyEntry>(abbreviation) : treatyNames.Lookup(abbreviation, abbreviation.AsSpan());

    /// <summary>
    /// Finds an ECLI court code of <paramref name="country"/> (<c>NL</c> unless given; <c>EU</c> for the Court of
    /// Justice, <c>CE</c> for the ECtHR). Case-insensitive; <see cref="CatalogMatch{T}.ExactCase"/> tells whether it was written in capitals as ECLI requires.
    /// </summary>
    public CatalogMatch<CourtEntry> FindCourt(string code, string country = "NL")
    {
        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !courtsByCode.TryGetValue(CourtKey(country, trimmed), out var court))
        {
            return CatalogMatch.None<CourtEntry>(code);
        }

        return Single(code!, court, court.Code, string.Equals(court.Code, trimmed, StringComparison.Ordinal));
    }

    private static CatalogMatch<T> Single<T>(string query, T entry, string name, bool exactCase)
        where T : class =>
        new() { Query = query, Candidates = new[] { entry }, ExactCase = exactCase, MatchedName = name };

    private static string CourtKey(string? country, string? code) =>
        (country ?? "NL").Trim() + ":" + (code ?? string.Empty).Trim();

    private static IEnumerable<string?> TitlesOf(LawEntry law)
    {
        yield return law.Title;
        foreach (var other in law.OtherTitles)
        {
            yield return other;
        }

        // "Burgerlijk Wetboek" names every book together.
        var group = BookGroupTitle(law);
        if (group is not null)
        {
            yield return group;
        }
    }

    /// <summary>The title of the code a book belongs to (<c>Burgerlijk Wetboek</c> for <c>Burgerlijk Wetboek Boek 6</c>); null for a law without books.</summary>
    private static string? BookGroupTitle(LawEntry law)
    {
        if (string.IsNullOrWhiteSpace(law.Book) || string.IsNullOrEmpty(law.Title))
        {
            return null;
        }

        var suffix = " Boek " + law.Book!.Trim();
        return law.Title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            ? law.Title.Substring(0, law.Title.Length - suffix.Length).Trim()
            : null;
    }

    /// <summary>Narrows a match to <paramref name="book"/>, or marks the books of one code as a group.</summary>
    private static CatalogMatch<LawEntry> SelectBook(CatalogMatch<LawEntry> match, string? book)
    {
        if (!match.Found)
        {
            return match;
        }

        var candidates = match.Candidates;
        var hasBooks = false;
        for (var i = 0; i < candidates.Count && !hasBooks; i++)
        {
            hasBooks = !string.IsNullOrWhiteSpace(candidates[i].Book);
        }

        if (!string.IsNullOrWhiteSpace(book) && hasBooks)
        {
            var wanted = book!.Trim();
            var inBook = candidates
                .Where(c => string.Equals(c.Book?.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            return match with { Candidates = inBook, IsBookGroup = false, MatchedName = inBook.Length > 0 ? match.MatchedName : null };
        }

        if (candidates.Count > 1 && hasBooks)
        {
            var group = BookGroupTitle(candidates[0]);
            var oneCode = group is not null && candidates.All(c => string.Equals(BookGroupTitle(c), group, StringComparison.OrdinalIgnoreCase));
            return oneCode ? match with { IsBookGroup = true } : match;
        }

        return match;
    }
}
