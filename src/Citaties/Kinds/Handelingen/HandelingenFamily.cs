using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for Handelingen (<c>Handelingen</c>, <c>Hand.</c>). The word must be followed by a
/// chamber, a comma or a year, so "strafwaardige handelingen als" is dropped before any parser runs; and it must
/// not be the second word of <c>Aanhangsel Handelingen</c>, which belongs to the Aanhangsel family.
/// </summary>
internal static class HandelingenFamily
{
    public static readonly CitationFamily Instance = new(
        "handelingen",
        new[] { "handelingen", "hand." },
        HandelingenGrammar.Handelingen,
        plausible: IsPlausible,
        maxLength: 160,
        fastPath: HandelingenFastPath.TryRead);

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length) =>
        ParliamentaryChecks.CanFollowLabel(text, start + length)
        && !ParliamentaryChecks.PrecededBy(text, start, "aanhangsel")
        && !ParliamentaryChecks.PrecededBy(text, start, "aanh.");
}
