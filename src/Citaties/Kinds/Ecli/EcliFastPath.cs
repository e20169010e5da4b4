using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The common ECLI forms read by hand, without <see cref="EcliGrammar"/>: a prefix (also misspelled) or the CJEU
/// form <c>EU:C:</c>, then parts separated by single colons, as in <c>ECLI:NL:HR:2016:162</c>. The parts go to the
/// same <see cref="EcliAnalysis.Analyse"/> the grammar ends in, so the citation is the grammar's. Anything the
/// grammar reads in a way of its own declines: the separator typos <c>;</c> and <c>::</c>, spaces after a
/// separator, and the fifth part after an <c>LJN</c> label.
/// </summary>
internal static class EcliFastPath
{
    // As in EcliGrammar: country, court, year, ordinal.
    private const int MaxParts = 4;

    // The grammar's prefix alternatives, in its order; the first that matches is taken, as Sprache's Or does.
    private static readonly string[] Prefixes = { "ECLI", "ECLL", "ELCI", "ECL", "CLI" };

    /// <summary>A <see cref="FastPath"/> for the ECLI family.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        var parts = new List<EcliPart>(MaxParts);
        string? prefix = null;
        int i;
        if (PrefixLength(window) is var prefixLength and > 0)
        {
            prefix = window.Substring(0, prefixLength);
            i = prefixLength;
        }
        else if (IsEuCourtForm(window))
        {
            parts.Add(new EcliPart(string.Empty, window.Substring(0, 2)));
            parts.Add(new EcliPart(":", window[3].ToString()));
            i = 4;
        }
        else
        {
            return false;
        }

        while (parts.Count < MaxParts && i + 1 < window.Length && window[i] == ':' && IsPartChar(window[i + 1]))
        {
            var partEnd = PartEnd(window, i + 1);
            parts.Add(new EcliPart(":", window.Substring(i + 1, partEnd - i - 1)));
            i = partEnd;
        }

        if (parts.Count == 0)
        {
            // A prefix without a plainly separated first part: a typo, or no ECLI at all.
            return false;
        }

        var trailingColon = false;
        if (parts.Count < MaxParts)
        {
            switch (AfterLastPart(window, i))
            {
                case Next.Unusual:
                    return false;
                case Next.TrailingColon:
                    trailingColon = true;
                    i++;
                    break;
            }
        }
        else if (parts[MaxParts - 1].Text.Equals("LJN", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        citations = new Citation[] { EcliAnalysis.Analyse(prefix, parts, trailingColon) };
        end = i;
        return true;
    }

    private enum Next
    {
        End,
        TrailingColon,
        Unusual,
    }

    /// <summary>
    /// What follows the last part when fewer than four were read: the end of the ECLI, a trailing colon of a
    /// cut-off one (<c>ECLI:NL:HR:2017: zie</c>), or something the grammar might read as one more part.
    /// </summary>
    private static Next AfterLastPart(string window, int i)
    {
        if (i >= window.Length)
        {
            return Next.End;
        }

        switch (window[i])
        {
            case ';':
                return Next.Unusual;
            case ':':
                if (i + 1 >= window.Length)
                {
                    return Next.TrailingColon;
                }

                var next = window[i + 1];
                if (next is ':' or ';' || next >= 128)
                {
                    return Next.Unusual;
                }

                if (next == ' ')
                {
                    // One or two spaces and a digit are a stray space inside the ECLI (ECLI:NL:HR: 2008:BG5987).
                    var spaces = 1;
                    while (i + 1 + spaces < window.Length && window[i + 1 + spaces] == ' ')
                    {
                        spaces++;
                    }

                    var afterSpaces = i + 1 + spaces;
                    return spaces <= 2 && afterSpaces < window.Length && window[afterSpaces] is >= '0' and <= '9'
                        ? Next.Unusual
                        : Next.TrailingColon;
                }

                // A letter or digit after the colon would have been read as a part.
                return Next.TrailingColon;
            default:
                return Next.End;
        }
    }

    /// <summary>The length of the first of the grammar's prefixes the window starts with, followed by a colon; else 0.</summary>
    private static int PrefixLength(string window)
    {
        foreach (var prefix in Prefixes)
        {
            if (FastLexical.Literal(window, 0, prefix) >= 0)
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary><c>EU:C</c>, <c>EU:T</c> or <c>EU:F</c>, not followed by a letter or digit.</summary>
    private static bool IsEuCourtForm(string window) =>
        window.Length >= 4
        && FastLexical.Literal(window, 0, "EU") >= 0
        && window[2] == ':'
        && window[3] is 'C' or 'T' or 'F' or 'c' or 't' or 'f'
        && (window.Length == 4 || !IsPartChar(window[4]));

    /// <summary>Where a part starting at <paramref name="start"/> ends: letters and digits with inner dots.</summary>
    private static int PartEnd(string window, int start)
    {
        var i = start;
        while (true)
        {
            while (i < window.Length && IsPartChar(window[i]))
            {
                i++;
            }

            if (i + 1 < window.Length && window[i] == '.' && IsPartChar(window[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    private static bool IsPartChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}
