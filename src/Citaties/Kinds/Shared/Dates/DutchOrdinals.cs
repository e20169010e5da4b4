using System;
using System.Collections.Generic;
using System.Globalization;

namespace Citaties.Kinds;

/// <summary>
/// Dutch ordinal words from <c>eerste</c> to <c>honderdste</c>, generated from their parts so that every
/// compound (<c>eenentwintigste</c>, <c>tweeëntwintigste</c>, also written <c>tweeentwintigste</c>) is known.
/// </summary>
internal static class DutchOrdinals
{
    /// <summary>The highest number with an ordinal word here.</summary>
    public const int Max = 100;

    private static readonly string[] Simple =
    {
        string.Empty, "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
        "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende",
    };

    private static readonly string[] Units = { string.Empty, "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen" };

    private static readonly string[] Tens = { string.Empty, string.Empty, "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig" };

    private static readonly string[] Words = BuildWords();

    private static readonly Dictionary<string, int> Numbers = BuildNumbers();

    /// <summary>The number of a lower-case ordinal word, or 0 when the word is not one.</summary>
    public static int Parse(string word) => Numbers.TryGetValue(word, out var n) ? n : 0;

    /// <summary>The ordinal word of <paramref name="number"/> (with a diaeresis where Dutch spelling wants one), or null out of range.</summary>
    public static string? ToWord(int number) => number >= 1 && number <= Max ? Words[number] : null;

    /// <summary>The ordinal word of a lid written as digits (<c>"4"</c>), or null when it has letters or is out of range.</summary>
    public static string? ToWord(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? ToWord(n) : null;

    private static string[] BuildWords()
    {
        var words = new string[Max + 1];
        for (var n = 1; n <= Max; n++)
        {
            words[n] = Compose(n, "ë");
        }

        return words;
    }

    private static Dictionary<string, int> BuildNumbers()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= Max; n++)
        {
            numbers[Compose(n, "ë")] = n;
            numbers[Compose(n, "e")] = n;
        }

        return numbers;
    }

    // Units ending in 'e' (twee, drie) take "ën" before the tens: tweeëntwintigste.
    private static string Compose(int n, string diaeresis)
    {
        if (n < Simple.Length)
        {
            return Simple[n];
        }

        if (n == 100)
        {
            return "honderdste";
        }

        var unit = Units[n % 10];
        var tens = Tens[n / 10] + "ste";
        if (unit.Length == 0)
        {
            return tens;
        }

        var joiner = unit[unit.Length - 1] == 'e' ? diaeresis + "n" : "en";
        return unit + joiner + tens;
    }
}
