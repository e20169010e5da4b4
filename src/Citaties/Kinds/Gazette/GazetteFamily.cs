using System;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>Anchors and cheap test for official journals: <c>Stb.</c>, <c>Staatsblad</c>, ..., <c>PbEU</c>.</summary>
internal static class GazetteFamily
{
    public static readonly CitationFamily Instance = new(
        "gazette",
        new[]
        {
            "stb", "staatsblad", "stcrt", "staatscourant", "trb", "tractatenblad", "gmb", "gemeenteblad",
            "prb", "provinciaal blad", "wsb", "waterschapsblad", "bgr", "blad gemeenschappelijke regeling",
            "pbeu", "pbeg", "pb eu", "pb eg", "pb. eu", "pb. eg",
        },
        GazetteGrammar.Gazette.Select(c => (Citation)c),
        plausible: IsPlausible,
        maxLength: 80,
        fastPath: GazetteFastPath.TryRead);

    /// <summary>
    /// After the journal name: an optional full stop, white space, then a digit, an ellipsis (placeholder),
    /// <c>van</c> (an issue by date) or a PbEU series letter. A letter or dash right after the name
    /// (<c>Stbl</c>, the id <c>stb-2023-123</c>) or prose after it (<c>in het Staatsblad geplaatst</c>) is rejected.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        var spaces = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]) && spaces < 3)
        {
            i++;
            spaces++;
        }

        if (spaces == 0 || i >= text.Length)
        {
            return false;
        }

        return text[i] is (>= '0' and <= '9') or '.' or '…' or 'v' or 'V' or 'L' or 'C';
    }
}
