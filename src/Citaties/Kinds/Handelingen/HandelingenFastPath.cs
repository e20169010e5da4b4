using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The common Handelingen citations read by hand, without <see cref="HandelingenGrammar"/>: <c>Handelingen</c> or
/// <c>Hand.</c>, an optional chamber, the vergaderjaar, then optionally <c>nr. 45</c>, <c>item 7</c> and pages, as in
/// <c>Handelingen II 2019/20, nr. 45, item 7, p. 3-5</c>. The record comes from the grammar's own builder. Declines
/// where a digit follows the vergaderjaar (the grammar may read a wrong dossier number there).
/// </summary>
internal static class HandelingenFastPath
{
    /// <summary>A <see cref="FastPath"/> for the handelingen family.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        var i = FastLexical.Word(window, 0, "Handelingen");
        i = i >= 0 ? i : FastLexical.Literal(window, 0, "Hand.");
        if (i < 0)
        {
            return false;
        }

        var label = window.Substring(0, i);
        i = FastLexical.CommaOrSpace(window, i);
        if (i < 0)
        {
            return false;
        }

        i = ChamberYearReader.OptionalChamberPart(window, i, out var chamber);
        i = ChamberYearReader.ReadSessionYear(window, i, out var year);
        if (i < 0 || MayBeDossier(window, i))
        {
            return false;
        }

        var meeting = LabelledNumber(window, ref i, ReadMeetingLabel);
        var item = LabelledNumber(window, ref i, ReadItemLabel);
        var pages = i >= 0 ? PagesReader.ReadOptional(window, ref i) : null;
        if (i < 0)
        {
            return false;
        }

        citations = new Citation[] { HandelingenGrammar.Build(label, chamber, year, null, meeting, item, pages) };
        end = i;
        return true;
    }

    /// <summary>
    /// Whether the grammar's optional wrong dossier might match after the vergaderjaar: its separator is read from
    /// commas, spaces and hyphens only, and a dossier number starts with a digit, so without a digit after that run
    /// it cannot match.
    /// </summary>
    private static bool MayBeDossier(string s, int p)
    {
        while (p < s.Length && s[p] is ' ' or ',' or '-')
        {
            p++;
        }

        return p < s.Length && char.IsDigit(s[p]);
    }

    /// <summary>
    /// The grammar's committed optional part: when a comma or spaces and the label follow <paramref name="p"/>, the
    /// digits after it (the label committed to, so <paramref name="p"/> becomes <see cref="FastLexical.Fail"/> without
    /// them); otherwise null, leaving <paramref name="p"/> where it was.
    /// </summary>
    private static string? LabelledNumber(string s, ref int p, Func<string, int, int> label)
    {
        if (p < 0)
        {
            return null;
        }

        var separator = FastLexical.CommaOrSpace(s, p);
        var labelEnd = separator >= 0 ? label(s, separator) : FastLexical.Fail;
        if (labelEnd < 0)
        {
            return null;
        }

        var digitsEnd = FastLexical.Digits(s, labelEnd);
        if (digitsEnd < 0)
        {
            p = FastLexical.Fail;
            return null;
        }

        p = digitsEnd;
        return s.Substring(labelEnd, digitsEnd - labelEnd);
    }

    private static int ReadMeetingLabel(string s, int p) => ChamberYearReader.ReadNumberLabel(s, p, out _);

    // Lexical.Word("item") and the optional spaces after it.
    private static int ReadItemLabel(string s, int p)
    {
        var end = FastLexical.Word(s, p, "item");
        return end >= 0 ? FastLexical.Spaces(s, end) : FastLexical.Fail;
    }
}
