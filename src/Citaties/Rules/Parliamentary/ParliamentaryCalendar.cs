using System;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// The parliamentary year (vergaderjaar) runs from Prinsjesdag, the third Tuesday of September, to the day
/// before the next one (art. 65 Grondwet; citation-rules.md 2.3).
/// </summary>
internal static class ParliamentaryCalendar
{
    /// <summary>The first vergaderjaar after the war, when the present numbering of Kamerstukken began.</summary>
    public const int FirstPostWarYear = 1945;

    /// <summary>Prinsjesdag of <paramref name="year"/>: the third Tuesday of September.</summary>
    public static DateTime Prinsjesdag(int year)
    {
        var first = new DateTime(year, 9, 1);
        var toTuesday = ((int)DayOfWeek.Tuesday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toTuesday + 14);
    }

    /// <summary>The first year of the vergaderjaar running on <paramref name="today"/>.</summary>
    public static int CurrentFirstYear(DateTime today) =>
        today.Date >= Prinsjesdag(today.Year) ? today.Year : today.Year - 1;

    /// <summary>True when <paramref name="year"/> has not begun on <paramref name="today"/>.</summary>
    public static bool IsFuture(SessionYear year, DateTime today) => year.FirstYear > CurrentFirstYear(today);
}
