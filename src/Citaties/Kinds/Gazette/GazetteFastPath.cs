using System;
using System.Collections.Generic;
using System.Globalization;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The common Dutch journal citations read by hand, without <see cref="GazetteGrammar"/>: a journal name
/// (<c>Stb.</c>, <c>Stb</c>, <c>Staatsblad</c>, ...), spaces, and <c>2023, 123</c>, <c>2011 35</c>, a year alone
/// (<c>Stb. 1995.</c>) or a number alone (<c>Stb. 575, zoals</c>). The records come from the grammar's own builders.
/// Declines on everything else: the Publicatieblad of the EU, the placeholder <c>…</c>, an issue cited by date,
/// a <c>nr.</c> label, a letter after a number (<c>120k</c>), years the grammar would read as a number.
/// </summary>
internal static class GazetteFastPath
{
    private const int MinYear = 1800;
    private const int MaxYear = 2099;

    /// <summary>A <see cref="FastPath"/> for the gazette family.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        if (ReadJournal(window, out var i) is not { } journal)
        {
            return false;
        }

        var bodyStart = FastLexical.Spaces(window, i);
        if (bodyStart == i || bodyStart >= window.Length || !IsDigit(window[bodyStart]))
        {
            return false;
        }

        var digitsEnd = SkipDigits(window, bodyStart);
        var digits = digitsEnd - bodyStart;
        GazetteCitation? body;
        if (digits == 4)
        {
            body = ReadAfterYear(window, bodyStart, out end);
        }
        else if (digits <= 2 && digitsEnd < window.Length && window[digitsEnd] == ' ')
        {
            // Perhaps a day of an issue cited by date (Stcrt. 12 juli 2019), which the grammar tries first.
            body = null;
        }
        else
        {
            body = ReadNumber(window, bodyStart, out end) is { } number ? GazetteGrammar.NumberOnlyBody(number, false) : null;
        }

        if (body is null)
        {
            return false;
        }

        citations = new Citation[] { GazetteGrammar.Merge(journal, body) };
        return true;
    }

    /// <summary>The journal part, as the grammar's alternatives read it, in their order; <paramref name="end"/> after it.</summary>
    private static GazetteCitation? ReadJournal(string window, out int end)
    {
        foreach (var (canonical, abbreviations, fullNames) in GazetteGrammar.DutchJournals)
        {
            foreach (var abbreviation in abbreviations)
            {
                if (FastLexical.Word(window, 0, abbreviation) >= 0)
                {
                    var dot = abbreviation.Length < window.Length && window[abbreviation.Length] == '.';
                    end = abbreviation.Length + (dot ? 1 : 0);
                    return GazetteGrammar.AbbreviatedJournal(canonical, window.Substring(0, abbreviation.Length), dot);
                }
            }

            foreach (var name in fullNames)
            {
                if (FastLexical.Word(window, 0, name) >= 0)
                {
                    end = name.Length;
                    return GazetteGrammar.SpelledOutJournal(canonical, window.Substring(0, name.Length));
                }
            }
        }

        end = 0;
        return null;
    }

    /// <summary>
    /// The body after four digits at <paramref name="start"/>: a year and a number, or a year alone; null when the
    /// grammar would read them another way (as a number alone) or the form is unusual.
    /// </summary>
    private static GazetteCitation? ReadAfterYear(string window, int start, out int end)
    {
        end = 0;
        var yearEnd = start + 4;
        if (yearEnd < window.Length && char.IsDigit(window[yearEnd]))
        {
            return null;
        }

        var year = int.Parse(window.Substring(start, 4), CultureInfo.InvariantCulture);
        var next = FastLexical.Spaces(window, yearEnd);
        var comma = next < window.Length && window[next] == ',';
        if (comma)
        {
            next = FastLexical.Spaces(window, next + 1);
        }
        else if (next == yearEnd)
        {
            // Neither comma nor space: the year stands alone (Stb. 1995.).
            return YearOnly(year, yearEnd, out end);
        }

        if (next < window.Length && IsDigit(window[next]))
        {
            return ReadNumber(window, next, out end) is { } number ? GazetteGrammar.YearAndNumberBody(year, comma, number, false) : null;
        }

        if (comma || (next < window.Length && window[next] is 'n' or 'N'))
        {
            // A comma with no number after it, or a possible nr. label.
            return null;
        }

        return YearOnly(year, yearEnd, out end);
    }

    private static GazetteCitation? YearOnly(int year, int yearEnd, out int end)
    {
        end = yearEnd;
        return year is >= MinYear and <= MaxYear ? GazetteGrammar.YearOnlyBody(year) : null;
    }

    /// <summary>
    /// The grammar's number at <paramref name="start"/> (a digit): digits with thousands groups (<c>10.247</c> is
    /// <c>10247</c>), ending at a character that is no letter or digit; null otherwise.
    /// </summary>
    private static string? ReadNumber(string window, int start, out int end)
    {
        end = SkipDigits(window, start);
        var head = end;
        while (end + 3 < window.Length && window[end] == '.' && IsDigit(window[end + 1]) && IsDigit(window[end + 2]) && IsDigit(window[end + 3])
               && (end + 4 == window.Length || !char.IsDigit(window[end + 4])))
        {
            end += 4;
        }

        if (end < window.Length && char.IsLetterOrDigit(window[end]))
        {
            return null;
        }

        var text = window.Substring(start, end - start);
        return end == head ? text : text.Replace(".", string.Empty);
    }

    private static int SkipDigits(string window, int i)
    {
        while (i < window.Length && IsDigit(window[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
