using System;
using System.Collections.Generic;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The name of an annotator or Advocate General: initials, particles and capitalised words (<c>T. Hartlief</c>,
/// <c>J.B.M. Vranken</c>, <c>Van der Meer</c>, <c>Poiares Maduro</c>, <c>B.F. Keulen</c>), ending in a capitalised word.
/// Read by hand: which words belong to the name is only known at the last capitalised one, and Sprache's
/// repetition cannot give back the words it read after it.
/// </summary>
internal static class PersonNameGrammar
{
    private static readonly string[] NameExpected = { "name" };

    // Lower-case words that stand inside Dutch, German and French surnames.
    private static readonly string[] Particles = { "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "von", "du", "la", "le", "in" };

    /// <summary>One name.</summary>
    public static readonly Parser<string> Name = input =>
    {
        var source = input.Source;
        var start = input.Position;
        var i = start;
        var end = -1;
        while (i < source.Length)
        {
            var wordEnd = Initials(source, i);
            var isSurname = false;
            if (wordEnd < 0)
            {
                wordEnd = CapitalisedWord(source, i);
                isSurname = wordEnd > 0;
            }

            if (wordEnd < 0)
            {
                wordEnd = Particle(source, i);
            }

            if (wordEnd < 0)
            {
                break;
            }

            if (isSurname)
            {
                end = wordEnd;
            }

            if (wordEnd >= source.Length || source[wordEnd] != ' ')
            {
                break;
            }

            i = wordEnd + 1;
        }

        return end < 0
            ? Result.Failure<string>(input, "name expected", NameExpected)
            : Result.Success(source.Substring(start, end - start), input.Skip(end - start));
    };

    private static readonly Parser<IEnumerable<string>> MoreNames =
        (from joiner in CaseTokens.En from name in Name select joiner + name).Many();

    /// <summary>Names joined by <c>en</c>: <c>J.B.M. Vranken en C.E. du Perron</c>.</summary>
    public static readonly Parser<string> Names =
        from first in Name
        from more in MoreNames
        select first + string.Concat(more);

    // "T.", "J.B.M.", "Th.": capitals, each with at most one lower-case letter, each followed by a full stop.
    private static int Initials(string s, int i)
    {
        var end = -1;
        while (i < s.Length && char.IsUpper(s[i]))
        {
            var j = i + 1;
            if (j < s.Length && char.IsLower(s[j]))
            {
                j++;
            }

            if (j >= s.Length || s[j] != '.')
            {
                break;
            }

            end = i = j + 1;
        }

        return end;
    }

    // "Hartlief", "Keus-Van Dijk" (one word up to the space), "O'Neill".
    private static int CapitalisedWord(string s, int i)
    {
        if (i >= s.Length || !char.IsUpper(s[i]))
        {
            return -1;
        }

        var j = i + 1;
        while (j < s.Length && (char.IsLetter(s[j]) || (s[j] is '-' or '\'' && j + 1 < s.Length && char.IsLetter(s[j + 1]))))
        {
            j++;
        }

        // A word of capitals with a hyphen, as A-G, is a title, not a name.
        return j - i >= 2 && !IsAllCapitalsWithHyphen(s, i, j) ? j : -1;
    }

    private static bool IsAllCapitalsWithHyphen(string s, int start, int end)
    {
        var hyphen = false;
        for (var k = start; k < end; k++)
        {
            if (s[k] == '-')
            {
                hyphen = true;
            }
            else if (!char.IsUpper(s[k]))
            {
                return false;
            }
        }

        return hyphen;
    }

    private static int Particle(string s, int i)
    {
        foreach (var particle in Particles)
        {
            if (string.CompareOrdinal(s, i, particle, 0, particle.Length) == 0
                && i + particle.Length < s.Length && s[i + particle.Length] == ' ')
            {
                return i + particle.Length;
            }
        }

        return -1;
    }
}
