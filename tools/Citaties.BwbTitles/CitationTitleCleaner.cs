using System;
using System.Globalization;
using System.Text;

namespace Citaties.BwbTitles;

/// <summary>
/// Cleans the citation titles of the TSV, which a pattern read from the law texts ("Deze wet kan worden
/// aangehaald als ..."): the noise is quotes and guillemets around the title, a stray quote inside it, a lower-case
/// first letter, and a title cut at the dot of an abbreviation (<c>Wet invoering m</c> from <c>m.e.r.</c>). A cut
/// title is no title: the row falls back to its long title.
/// </summary>
internal static class CitationTitleCleaner
{
    private static readonly char[] OpeningQuotes = { '«', '"', '“', '‘', '\'', '<', '„' };

    private static readonly char[] ClosingQuotes = { '»', '"', '”', '’', '\'', '>' };

    private static readonly char[] OpeningCurlyQuotes = { '‘', '“' };

    private static readonly char[] ClosingCurlyQuotes = { '’', '”' };

    /// <summary>The cleaned title, or null when what the pattern read is not a usable title.</summary>
    internal static string? Clean(string raw)
    {
        var title = raw.Trim();

        // «Wet op het primair onderwijs», onder toevoeging van het jaartal ...: the title is what the guillemets hold.
        if (title.Length > 0 && Array.IndexOf(OpeningQuotes, title[0]) >= 0)
        {
            title = title.TrimStart(OpeningQuotes);
            var close = title.IndexOfAny(ClosingQuotes);
            if (close > 0 && (title[close] != '\'' || !IsPossessive(title, close)))
            {
                title = title.Substring(0, close);
            }
        }

        title = WithoutStrayQuotes(title.TrimEnd(ClosingQuotes).Trim());
        if (title.Length == 0 || IsCutShort(title))
        {
            return null;
        }

        // "regeling opsporingsbijstand Koninklijke marechaussee": a citeertitel starts with a capital.
        return char.IsLower(title[0])
            ? char.ToUpper(title[0], CultureInfo.InvariantCulture) + title.Substring(1)
            : title;
    }

    // "Wet invoering m", "Overgangswet W", "O. en W": the pattern stopped at the dot of an abbreviation.
    private static bool IsCutShort(string title)
    {
        var lastSpace = title.LastIndexOf(' ');
        var last = lastSpace < 0 ? title : title.Substring(lastSpace + 1);
        return last.Length == 1 && char.IsLetter(last[0]);
    }

    // 's-Gravenhage, diploma's and AOC's keep their apostrophe; an opening quote with no closing one
    // ('Handhaven op niveau) and a closing one with no opening one (Kantonsectoren') go.
    private static string WithoutStrayQuotes(string title)
    {
        var opened = title.IndexOfAny(OpeningCurlyQuotes) >= 0 && title.IndexOfAny(ClosingCurlyQuotes) < 0;
        var sb = new StringBuilder(title.Length);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            var atWordStart = i == 0 || title[i - 1] == ' ';
            var atWordEnd = i == title.Length - 1 || title[i + 1] == ' ';
            if ((c is '‘' or '“' && opened)
                || (c == '\'' && atWordStart && !IsPossessive(title, i))
                || (c == '\'' && atWordEnd && i > 0 && title[i - 1] != 's'))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Replace("  ", " ").Trim();
    }

    // 's-Gravenhage, 's Rijks: an apostrophe before a lone s.
    private static bool IsPossessive(string title, int quote) =>
        quote + 1 < title.Length && title[quote + 1] == 's' && (quote + 2 == title.Length || title[quote + 2] is ' ' or '-');
}
