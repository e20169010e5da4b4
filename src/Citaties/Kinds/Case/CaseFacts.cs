using System;
using System.Globalization;

namespace Citaties.Kinds;

/// <summary>What the shape of a case number tells: whether it is a European one and from which year.</summary>
internal static class CaseFacts
{
    // The Court of Justice gave its first judgments in 1954: a two-digit year from 54 on is of the 1900s.
    private const int FirstEuYear = 54;

    /// <summary>True for <c>C-311/18</c>, <c>T-604/18</c>, <c>F-12/09</c> (Court of Justice, General Court, Civil Service Tribunal).</summary>
    public static bool IsEuCaseNumber(string number) =>
        number.Length > 2 && number[0] is 'C' or 'T' or 'F' && number[1] == '-';

    /// <summary>
    /// The year a European case was brought, from the two digits after the slash (<c>C-311/18</c>: 2018); null for
    /// another number. A case is brought before it is decided, so this year is at most the ECLI's.
    /// </summary>
    public static int? EuCaseYear(string number)
    {
        if (!IsEuCaseNumber(number))
        {
            return null;
        }

        var slash = number.IndexOf('/');
        if (slash < 0 || slash + 3 > number.Length
            || !int.TryParse(number.Substring(slash + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            return null;
        }

        return yy >= FirstEuYear ? 1900 + yy : 2000 + yy;
    }

    /// <summary>The ECLI court code of the EU court that a case number's letter names: <c>C</c>, <c>T</c> or <c>F</c>.</summary>
    public static string? EuCourtOf(string number) =>
        IsEuCaseNumber(number) ? number.Substring(0, 1) : null;

    /// <summary>An ECtHR application number: digits, a slash and a two-digit year (<c>6289/73</c>, <c>39221/98</c>).</summary>
    public static bool IsApplicationNumber(string number)
    {
        var slash = number.IndexOf('/');
        if (slash < 1 || number.Length - slash != 3)
        {
            return false;
        }

        for (var i = 0; i < number.Length; i++)
        {
            if (i != slash && number[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <c>, ECLI</c> stands at <paramref name="comma"/>: an instance with no date, or with the year alone, is
    /// a case citation only before it (<c>Rb. Amsterdam, ECLI:NL:RBAMS:2016:123</c>, CIT3014). The family's cheap check
    /// and the grammar's head ask the same question here.
    /// </summary>
    public static bool EcliAfterComma(ReadOnlySpan<char> text, int comma) =>
        comma >= 0 && comma <= text.Length && text.Slice(comma).StartsWith(", ECLI".AsSpan(), StringComparison.OrdinalIgnoreCase);
}
