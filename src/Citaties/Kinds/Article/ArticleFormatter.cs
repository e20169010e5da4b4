using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Writes an article citation in one of the <see cref="ArticleStyle"/>s: every article of a list with its own leden
/// and onderdelen, joined by the list's word, then the law once. The parts (label, leden, onderdelen, law) are
/// written by separate methods so profiles can reuse them. A citation whose text starts with a
/// capital (<c>Artikel 15 van de DSA</c>, at the start of a sentence) keeps it.
/// </summary>
internal static class ArticleFormatter
{
    // Head nouns of regulation names that take "het" (het Wetboek, het Besluit, het Verdrag).
    private static readonly string[] NeuterNouns =
        { "wetboek", "besluit", "verdrag", "reglement", "statuut", "protocol", "handvest", "akkoord", "decreet" };

    public static string Format(ArticleCitation citation, ArticleStyle style)
    {
        var text = style == ArticleStyle.Literature ? Literature(citation) : Ar(citation, style);
        return citation.Text.Length > 0 && char.IsUpper(citation.Text[0]) && text.Length > 0
            ? char.ToUpperInvariant(text[0]) + text.Substring(1)
            : text;
    }

    // artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht;
    // artikelen 3, eerste lid, en 5, tweede lid, van de Algemene wet bestuursrecht (Ar 3.29: commas around each lid).
    private static string Ar(ArticleCitation c, ArticleStyle style)
    {
        var byBook = style == ArticleStyle.Regeling;
        var items = c.Items;
        var allOld = items.All(i => i.Old);
        var sb = new StringBuilder(Keyword(c, items, literature: false));
        var lastHadDetails = false;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(i < items.Count - 1 ? ", " : (lastHadDetails ? ", " : " ") + (c.Conjunction ?? "en") + " ");
            }

            sb.Append(ItemLabel(c, items[i], byBook, literature: false));
            var details = ArDetails(items[i]);
            foreach (var detail in details)
            {
                sb.Append(", ").Append(detail);
            }

            if (items[i].Old && !allOld)
            {
                sb.Append(" (oud)");
            }

            lastHadDetails = details.Count > 0;
        }

        var law = ArLaw(c, byBook);
        if (law.Length > 0)
        {
            sb.Append(lastHadDetails ? ", " : " ").Append(law);
        }

        if (allOld)
        {
            sb.Append(" (oud)");
        }

        return sb.ToString();
    }

    // The leden, onderdelen and zin of one article in Ar form: "vierde lid", "onderdeel c", "eerste zin".
    private static List<string> ArDetails(ArticleItem item)
    {
        var details = new List<string>();
        if (item.Paragraphs.Count > 0)
        {
            details.Add(OrdinalParagraphs(item));
        }

        var parts = ArParts(item);
        if (parts.Length > 0)
        {
            details.Add(parts);
        }

        if (item.Sentence is not null)
        {
            details.Add(Sentence(item.Sentence));
        }

        return details;
    }

    // art. 6:162 lid 2 BW; art. 64 lid 2 en 65 Wet X
    private static string Literature(ArticleCitation c)
    {
        var items = c.Items;
        var allOld = items.All(i => i.Old);
        var sb = new StringBuilder(Keyword(c, items, literature: true));
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(i < items.Count - 1 ? ", " : " " + (c.Conjunction ?? "en") + " ");
            }

            sb.Append(ItemLabel(c, items[i], byBook: false, literature: true));
            AppendLiteratureDetails(sb, items[i]);
            if (items[i].Old && !allOld)
            {
                sb.Append(" (oud)");
            }
        }

        var law = LiteratureLaw(c);
        if (law.Length > 0)
        {
            sb.Append(' ').Append(law);
        }

        if (allOld)
        {
            sb.Append(" (oud)");
        }

        return sb.ToString();
    }

    private static void AppendLiteratureDetails(StringBuilder sb, ArticleItem item)
    {
        if (item.Paragraphs.Count > 0)
        {
            sb.Append(' ').Append(NumberParagraphs(item));
        }

        if (item.Aanhef)
        {
            sb.Append(item.Parts.Count + item.Subparts.Count > 0 ? " aanhef en" : " aanhef");
        }

        if (item.Parts.Count > 0)
        {
            sb.Append(" onder ").Append(List(item.Parts, " en "));
        }

        if (item.Subparts.Count > 0)
        {
            sb.Append(item.Parts.Count > 0 ? " sub " : " onder ").Append(List(item.Subparts, " en "));
        }

        if (item.Sentence is not null)
        {
            sb.Append(' ').Append(Sentence(item.Sentence));
        }
    }

    /// <summary>
    /// The keyword: <c>artikel</c> for one article, <c>artikelen</c> for a list or range (<c>art.</c> in literature);
    /// a division's word and number (<c>titel 4.1</c>) in its place. A determiner read before it is not written: it
    /// stands outside the citation.
    /// </summary>
    private static string Keyword(ArticleCitation c, IReadOnlyList<ArticleItem> items, bool literature)
    {
        if (c.Division is { } division)
        {
            return division.To is { } to
                ? DivisionNames.Plural(division.Unit) + " " + division.Number + " tot en met " + to
                : DivisionNames.Word(division.Unit) + " " + division.Number;
        }

        if (items[0].From == ArticleItem.SoleArticle)
        {
            return string.Empty;
        }

        return literature ? "art. " : items.Count > 1 || items[0].IsRange ? "artikelen " : "artikel ";
    }

    // One article's label: "6:162", "3 tot en met 5", "16h t/m 16m", "enig artikel"; nothing for a division.
    private static string ItemLabel(ArticleCitation c, ArticleItem item, bool byBook, bool literature)
    {
        if (c.Division is not null)
        {
            return string.Empty;
        }

        if (item.From == ArticleItem.SoleArticle)
        {
            return "enig artikel";
        }

        var through = literature ? " t/m " : " tot en met ";
        return item.IsRange ? Label(c, item.From, byBook) + through + Label(c, item.To!, byBook) : Label(c, item.From, byBook);
    }

    /// <summary>A label, with the BW book in front (<c>6:162</c>) or left to the law phrase (<c>162</c>).</summary>
    internal static string Label(ArticleCitation c, string label, bool byBook)
    {
        if (c.Book is null)
        {
            return label;
        }

        var colon = label.IndexOf(':');
        var inBook = colon >= 0 ? label.Substring(colon + 1) : label;
        return byBook ? inBook : c.Book + ":" + inBook;
    }

    /// <summary><c>vierde lid</c>, <c>eerste en derde lid</c>, <c>tweede tot en met vierde lid</c>; <c>lid 2a</c> where no ordinal exists.</summary>
    internal static string OrdinalParagraphs(ArticleItem c)
    {
        var shown = c.ParagraphsAreRange ? new[] { c.Paragraphs[0], c.Paragraphs[c.Paragraphs.Count - 1] } : c.Paragraphs.ToArray();
        var words = shown.Select(DutchOrdinals.ToWord).ToArray();
        if (words.Any(w => w is null))
        {
            return NumberParagraphs(c);
        }

        return (c.ParagraphsAreRange ? words[0] + " tot en met " + words[1] : List(words!, " en ")) + " lid";
    }

    /// <summary><c>lid 2</c>, <c>leden 1 en 3</c>, <c>leden 2 t/m 4</c>.</summary>
    internal static string NumberParagraphs(ArticleItem c)
    {
        if (c.Paragraphs.Count == 1)
        {
            return "lid " + c.Paragraphs[0];
        }

        return "leden " + (c.ParagraphsAreRange
            ? c.Paragraphs[0] + " t/m " + c.Paragraphs[c.Paragraphs.Count - 1]
            : List(c.Paragraphs, " en "));
    }

    /// <summary><c>onderdeel c</c>, <c>onder b</c>, <c>aanhef en onderdeel b</c>, <c>onderdeel a, onder 2°</c>.</summary>
    internal static string ArParts(ArticleItem c)
    {
        var pieces = new List<string>();
        if (c.Parts.Count > 0)
        {
            var word = c.PartStyle == PartStyle.Onder ? "onder " : c.Parts.Count > 1 ? "onderdelen " : "onderdeel ";
            pieces.Add(word + List(c.Parts, " en "));
        }

        if (c.Subparts.Count > 0)
        {
            var word = c.SubpartStyle == PartStyle.Onderdeel ? (c.Subparts.Count > 1 ? "subonderdelen " : "subonderdeel ") : "onder ";
            pieces.Add(word + List(c.Subparts, " en "));
        }

        var text = string.Join(", ", pieces);
        if (!c.Aanhef)
        {
            return text;
        }

        return text.Length > 0 ? "aanhef en " + text : "aanhef";
    }

    /// <summary><c>eerste zin</c>, <c>laatste zin</c> (Ar 3.30); <c>zin 25</c> where no ordinal exists.</summary>
    internal static string Sentence(string sentence) =>
        sentence == "laatste" ? "laatste zin" : DutchOrdinals.ToWord(sentence) is { } word ? word + " zin" : "zin " + sentence;

    /// <summary>The law in Ar form: <c>van de Algemene wet bestuursrecht</c>, <c>Wob</c>, <c>BW</c>, <c>van die wet</c>.</summary>
    internal static string ArLaw(ArticleCitation c, bool byBook)
    {
        if (c.Book is not null)
        {
            return byBook ? "van Boek " + c.Book + " van het Burgerlijk Wetboek" : "BW";
        }

        var text = c.LawText ?? string.Empty;
        switch (c.LawForm)
        {
            case LawForm.Abbreviation:
                // A regeling names laws by title (Ar 4.24); that needs the resolver to know it.
                return byBook && c.Law?.Title is { } title ? "van " + ArticleOf(title, null) + " " + title : text;
            case LawForm.Title:
            case LawForm.TitleWithoutVan:
                return "van " + ArticleOf(text, c.LawPreposition) + " " + text;
            case LawForm.EuAct:
            case LawForm.DeicticReference:
            case LawForm.BookOfBw:
                return "van " + text;
            default:
                return string.Empty;
        }
    }

    /// <summary>The law in the Leidraad short form: an abbreviation where one is known, else the name.</summary>
    internal static string LiteratureLaw(ArticleCitation c)
    {
        if (c.Book is not null)
        {
            return "BW";
        }

        var text = c.LawText ?? string.Empty;
        return c.LawForm switch
        {
            LawForm.None => string.Empty,
            LawForm.DeicticReference => "van " + text,
            LawForm.Title or LawForm.TitleWithoutVan => c.Law?.Abbreviation ?? text,
            _ => text,
        };
    }

    // "van de"/"van het" as written, else from the head noun: het Wetboek, het Besluit, de Wet.
    private static string ArticleOf(string title, string? preposition)
    {
        if (preposition is "van de" or "van het")
        {
            return preposition.Substring(4);
        }

        foreach (var word in title.Split(' '))
        {
            if (LawNameScanner.HasLawNoun(word))
            {
                return NeuterNouns.Any(n => word.EndsWith(n, StringComparison.OrdinalIgnoreCase)) ? "het" : "de";
            }
        }

        return "de";
    }

    private static string List(IReadOnlyList<string> values, string and) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + and + values[values.Count - 1];
}
