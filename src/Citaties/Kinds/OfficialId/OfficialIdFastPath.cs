using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// officielebekendmakingen ids read by hand, without <see cref="OfficialIdGrammar"/>: the grammar's prefix, then
/// dash-separated runs of ASCII letters and digits, then a character that is no letter or digit. The parts go to
/// the same <see cref="OfficialIdParts.Read"/> the grammar ends in, so the citation is the grammar's. A dash not
/// followed by a part is left unread, as the grammar's repetition leaves it; anything else declines.
/// </summary>
internal static class OfficialIdFastPath
{
    // The grammar's alternatives in its order (longest first, stable); the first that matches is taken, as Or does.
    private static readonly string[] Prefixes = OfficialIdGrammar.Prefixes.OrderByDescending(p => p.Length).ToArray();

    /// <summary>A <see cref="FastPath"/> for the officialId family.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        var prefix = PrefixAt(window);
        if (prefix is null)
        {
            return false;
        }

        var segments = new List<string>();
        var i = prefix.Length;
        while (i + 1 < window.Length && window[i] == '-' && IsSegmentChar(window[i + 1]))
        {
            var start = i + 1;
            i = start + 1;
            while (i < window.Length && IsSegmentChar(window[i]))
            {
                i++;
            }

            segments.Add(window.Substring(start, i - start));
        }

        if (segments.Count == 0 || !FastLexical.NoLetterOrDigitAt(window, i))
        {
            return false;
        }

        citations = new Citation[] { OfficialIdParts.Read(window.Substring(0, prefix.Length).ToLowerInvariant(), segments) };
        end = i;
        return true;
    }

    private static string? PrefixAt(string window)
    {
        foreach (var prefix in Prefixes)
        {
            if (FastLexical.Literal(window, 0, prefix) >= 0)
            {
                return prefix;
            }
        }

        return null;
    }

    private static bool IsSegmentChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
