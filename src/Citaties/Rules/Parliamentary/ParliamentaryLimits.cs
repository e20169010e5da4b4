using System;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// How high parliamentary numbers plausibly go (citation-rules.md 2.2, 3.2, 4.1, from the officielebekendmakingen
/// key list), with a margin above the highest seen so that only real slips are reported.
/// </summary>
internal static class ParliamentaryLimits
{
    /// <summary>Tweede Kamer vergadernummers reach about 112 a year; above 150 is a slip.</summary>
    public const int TweedeKamerMeeting = 150;

    /// <summary>Tweede Kamer items reach about 150 in a meeting; above 200 is a slip.</summary>
    public const int TweedeKamerItem = 200;

    /// <summary>Eerste Kamer vergadernummers reach about 47 a year; above 60 is a slip.</summary>
    public const int EersteKamerMeeting = 60;

    /// <summary>Eerste Kamer items reach about 80; above 100 is a slip.</summary>
    public const int EersteKamerItem = 100;

    /// <summary>Tweede Kamer aanhangselnummers reach about 4,200 a vergaderjaar; above 5,000 is a slip.</summary>
    public const int TweedeKamerAanhangsel = 5000;

    /// <summary>
    /// Eerste Kamer aanhangselnummers reach about 20 a vergaderjaar; above 30 is a slip, and a number that high
    /// (without a chamber written) can only be a Tweede Kamer answer.
    /// </summary>
    public const int EersteKamerAanhangsel = 30;

    /// <summary>
    /// Ondernummers within one dossier: the longest running ones (22 112, the EU fiches) passed 4,200 in 2025;
    /// above 6,000 is a slip.
    /// </summary>
    public const int Ondernummer = 6000;

    /// <summary>
    /// The highest plausible dossier number on <paramref name="today"/>: dossiers reached 36 698 in 2025 and grow
    /// by a few hundred a year, so 37 500 then, and 500 more for each later year.
    /// </summary>
    public static int Dossier(DateTime today) => 37500 + (500 * Math.Max(0, today.Year - 2025));

    /// <summary>The vergadernummer limit for <paramref name="chamber"/>; an unknown chamber gets the larger Tweede Kamer one.</summary>
    public static int Meeting(Chamber? chamber) => chamber == Chamber.Eerste ? EersteKamerMeeting : TweedeKamerMeeting;

    /// <summary>The item limit for <paramref name="chamber"/>.</summary>
    public static int Item(Chamber? chamber) => chamber == Chamber.Eerste ? EersteKamerItem : TweedeKamerItem;

    /// <summary>The aanhangselnummer limit for <paramref name="chamber"/>.</summary>
    public static int Aanhangsel(Chamber? chamber) => chamber == Chamber.Eerste ? EersteKamerAanhangsel : TweedeKamerAanhangsel;
}
