using System;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Reads Dutch dates backwards from a position: <c>29 januari 2016</c>, <c>29 jan. 2016</c>, <c>29-01-2016</c>,
/// <c>29/1/2016</c>. Rules need the date written just before a citation (the decision date before an ECLI, the
/// date of a law before its Staatsblad number), so the reader starts at the year nearest the citation and works
/// back; it reads the raw text (any white space, hyphen or en dash) and allocates nothing. Not a Sprache grammar:
/// it runs on the text before a citation, where no anchor starts a window.
/// </summary>
internal static class DutchDateReader
{
    private const int MinYear = 1000;

    /// <summary>The month names and their customary abbreviations, by month (index 0 is January).</summary>
    internal static readonly string[][] MonthNames =
    {
        new[] { "januari", "jan" },
        new[] { "februari", "febr", "feb" },
        new[] { "maart", "mrt" },
        new[] { "april", "apr" },
        new[] { "mei" },
        new[] { "juni", "jun" },
        new[] { "juli", "jul" },
        new[] { "augustus", "aug" },
        new[] { "september", "sept", "sep" },
        new[] { "oktober", "okt" },
        new[] { "november", "nov" },
        new[] { "december", "dec" },
    };

    /// <summary>
    /// Finds the date nearest to <paramref name="end"/> that lies wholly inside <c>text[start..end)</c>; false when
    /// there is none. Out-of-range bounds are clamped.
    /// </summary>
    public static bool TryFindLast(string text, int start, int end, out DutchDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        start = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        for (var yearStart = end - 4; yearStart > start; yearStart--)
        {
            if (TryReadEndingWithYearAt(text, start, yearStart, out date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a date whose four-digit year starts at <paramref name="yearStart"/> and whose day starts at or after <paramref name="start"/>.</summary>
    private static bool TryReadEndingWithYearAt(string text, int start, int yearStart, out DutchDate date)
    {
        date = default;
        var yearEnd = yearStart + 4;
        if (yearStart < 1 || yearEnd > text.Length || !IsNumber(text, yearStart, 4) || (yearEnd < text.Length && char.IsLetterOrDigit(text[yearEnd])))
        {
            return false;
        }

        var year = ValueOf(text, yearStart, 4);
        var before = text[yearStart - 1];
        int day, month, dayStart;
        if (IsNumericSeparator(before))
        {
            if (!TryReadNumericDayMonth(text, start, yearStart - 1, out day, out month, out dayStart))
            {
                return false;
            }
        }
        else if (char.IsWhiteSpace(before))
        {
            if (!TryReadNamedDayMonth(text, start, yearStart - 1, out day, out month, out dayStart))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (year < MinYear || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DutchDate(day, month, year, TextSpan.FromBounds(dayStart, yearEnd));
        return true;
    }

    /// <summary><c>29-01-</c> before the year; <paramref name="separator"/> is the position of the separator before the year.</summary>
    private static bool TryReadNumericDayMonth(string text, int start, int separator, out int day, out int month, out int dayStart)
    {
        day = month = dayStart = 0;
        var monthStart = DigitsBackFrom(text, start, separator);
        if (monthStart < 0 || monthStart - 1 < start || text[monthStart - 1] != text[separator])
        {
            return false;
        }

        dayStart = DigitsBackFrom(text, start, monthStart - 1);
        if (dayStart < 0 || !StandsAlone(text, dayStart))
        {
            return false;
        }

        month = ValueOf(text, monthStart, separator - monthStart);
        day = ValueOf(text, dayStart, monthStart - 1 - dayStart);
        return true;
    }

    /// <summary><c>29 januari </c> or <c>29 jan. </c> before the year; <paramref name="space"/> is the position of the space before the year.</summary>
    private static bool TryReadNamedDayMonth(string text, int start, int space, out int day, out int month, out int dayStart)
    {
        day = month = dayStart = 0;
        var monthEnd = SkipSpacesBack(text, start, space);
        if (monthEnd < 0)
        {
            return false;
        }

        var dotted = text[monthEnd - 1] == '.';
        var wordEnd = dotted ? monthEnd - 1 : monthEnd;
        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        month = MonthOf(text.AsSpan(wordStart, wordEnd - wordStart), dotted);
        if (month == 0 || wordStart - 1 < start || !char.IsWhiteSpace(text[wordStart - 1]))
        {
            return false;
        }

        var dayEnd = SkipSpacesBack(text, start, wordStart - 1);
        if (dayEnd < 0)
        {
            return false;
        }

        dayStart = DigitsBackFrom(text, start, dayEnd);
        if (dayStart < 0 || !StandsAlone(text, dayStart))
        {
            return false;
        }

        day = ValueOf(text, dayStart, dayEnd - dayStart);
        return true;
    }

    /// <summary>
    /// The month of a written name, 0 when it is none. A full name stands without a full stop; an abbreviation may
    /// have one (<c>jan.</c>, <c>jan</c>).
    /// </summary>
    private static int MonthOf(ReadOnlySpan<char> word, bool dotted)
    {
        for (var m = 0; m < MonthNames.Length; m++)
        {
            var names = MonthNames[m];
            for (var n = dotted ? 1 : 0; n < names.Length; n++)
            {
                if (word.Equals(names[n].AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// The start of the one or two digits that end just before <paramref name="end"/>; -1 when there are none, or
    /// three or more (a number, not a day or month).
    /// </summary>
    private static int DigitsBackFrom(string text, int start, int end)
    {
        var i = end;
        while (i > start && IsDigit(text[i - 1]) && end - i < 3)
        {
            i--;
        }

        var count = end - i;
        if (count is < 1 or > 2 || (i > 0 && IsDigit(text[i - 1])))
        {
            return -1;
        }

        return i;
    }

    /// <summary>The position just after the last non-space before the white space ending at <paramref name="space"/>; -1 at the window's start.</summary>
    private static int SkipSpacesBack(string text, int start, int space)
    {
        var i = space;
        while (i > start && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > start ? i : -1;
    }

    /// <summary>True when the day is not the tail of a longer token (<c>a29 januari</c>, <c>12-29-01-2016</c>).</summary>
    private static bool StandsAlone(string text, int dayStart) =>
        dayStart == 0 || !(char.IsLetterOrDigit(text[dayStart - 1]) || IsNumericSeparator(text[dayStart - 1]));

    private static bool IsNumericSeparator(char c) => c is '-' or '/' or '\u2010' or '\u2011' or '\u2013';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNumber(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!IsDigit(text[i]))
            {
                return false;
            }
        }

        return start == 0 || !IsDigit(text[start - 1]);
    }

    private static int ValueOf(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
