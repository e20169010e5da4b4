using System;

namespace Citaties.Kinds;

/// <summary>Anchors and cheap test for Aanhangsel Handelingen (<c>Aanhangsel</c>, <c>Aanh.</c>): the next word must start with an h.</summary>
internal static class AanhangselFamily
{
    public static readonly CitationFamily Instance = new(
        "aanhangsel",
        new[] { "aanhangsel", "aanh." },
        AanhangselGrammar.Aanhangsel,
        plausible: IsPlausible,
        maxLength: 140,
        fastPath: AanhangselFastPath.TryRead);

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var next = start + length;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && text[next] is 'h' or 'H';
    }
}
