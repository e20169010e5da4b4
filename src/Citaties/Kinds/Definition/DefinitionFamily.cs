using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Abbreviation definitions, anchored at their opening bracket and looking back for the expansion:
/// <c>Wetboek van Strafvordering (hierna: Sv)</c>, <c>wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts)</c>.
/// </summary>
internal static class DefinitionFamily
{
    /// <summary>How far a bracket may reach to its closing bracket, in source characters.</summary>
    private const int MaxBracket = 150;

    public static readonly CitationFamily Instance = new(
        "definition",
        new[] { "(" },
        DefinitionGrammar.Definition,
        plausible: IsPlausible,
        maxLength: MaxBracket + 10,
        anchorNeedsWordStart: false,
        lookBehind: new LookBehind(LookBehindReach, Resolve),
        fastPath: DefinitionFastPath.TryRead);

    /// <summary>How far back the expansion may begin, in source characters: room for its twelve words.</summary>
    private const int LookBehindReach = ExpansionFinder.MaxWords * 20;

    // Brackets are everywhere: only "(hierna", "(verder", a bracket with "hierna" inside, or a short bare
    // word starting with a capital, closed before the next opening bracket, go on to the grammar.
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var limit = Math.Min(text.Length, start + MaxBracket);
        var close = -1;
        for (var j = start + 1; j < limit; j++)
        {
            if (text[j] == ')')
            {
                close = j;
                break;
            }

            if (text[j] == '(')
            {
                return false;
            }
        }

        if (close < 0)
        {
            return false;
        }

        var inside = text.Slice(start + 1, close - start - 1);
        var first = 0;
        while (first < inside.Length && char.IsWhiteSpace(inside[first]))
        {
            first++;
        }

        inside = inside.Slice(first);
        if (inside.IndexOf("hierna".AsSpan(), StringComparison.OrdinalIgnoreCase) > 0)
        {
            return true;
        }

        // Every other form abbreviates the words just before the bracket, so a word must end there.
        if (!FollowsWord(text, start))
        {
            return false;
        }

        if (inside.StartsWith("hierna".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || inside.StartsWith("verder".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (first > 0 || inside.Length < 2 || inside.Length > DefinitionGrammar.MaxBareLength || !char.IsUpper(inside[0]))
        {
            return false;
        }

        foreach (var c in inside)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return HasWordStartingWith(text, start, inside[0]);
    }

    private static bool FollowsWord(ReadOnlySpan<char> text, int bracket)
    {
        var i = bracket - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '"' or '\u2019' or '\u201D' or '&' or '\u00AD');
    }

    // A bare "(Wgts)" needs a word starting with its first letter within the look-behind reach and after any
    // earlier bracket: a cheaper, more lenient form of the test ExpansionFinder applies to the normalised text.
    private static bool HasWordStartingWith(ReadOnlySpan<char> text, int bracket, char initial)
    {
        var lower = char.ToLowerInvariant(initial);
        var from = Math.Max(0, bracket - LookBehindReach);
        for (var i = bracket - 1; i >= from && text[i] is not ('(' or ')'); i--)
        {
            if (char.ToLowerInvariant(text[i]) == lower && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Finds where the expansion begins: a bare "(X)" only counts when X's letters can be read from the
    // words before it; "(hierna: X)" falls back to the name before the bracket. "(Name, hierna: X)" has its
    // expansion inside, unless the inside only qualifies the name before the bracket ("Algemene Ouderdomswet
    // (tekst tot 1 januari 1972, hierna: AOW)"); it starts at that name, or at the bracket.
    private static AbbreviationDefinition[]? Resolve(string window, int anchorIndex, IReadOnlyList<Citation> parsed)
    {
        var definition = (AbbreviationDefinition)parsed[0];
        definition = definition with
        {
            AbbreviationSpan = Shift(definition.AbbreviationSpan, anchorIndex),
            ExpansionSpan = Shift(definition.ExpansionSpan, anchorIndex),
        };
        var end = definition.Span.End;
        var start = ExpansionFinder.MatchingStart(window, anchorIndex, definition.Abbreviation);
        if (start < 0 && definition.Form != DefinitionForm.Bracketed)
        {
            start = ExpansionFinder.PhraseStart(window, anchorIndex);
        }

        if (definition.Form == DefinitionForm.HiernaInside && (start < 0 || NamesItself(definition)))
        {
            return new[] { definition with { Span = TextSpan.FromBounds(start < 0 ? anchorIndex : start, end) } };
        }

        if (start < 0)
        {
            return null;
        }

        var expansionEnd = ExpansionFinder.PhraseEnd(window, anchorIndex);
        return new[]
        {
            definition with
            {
                Span = TextSpan.FromBounds(start, end),
                Expansion = DefinitionGrammar.CollapseSpaces(window.Substring(start, expansionEnd - start)),
                ExpansionSpan = TextSpan.FromBounds(start, expansionEnd),
            },
        };
    }

    // The inside of "(Digital Services Act, hierna: DSA)" is the expansion when the abbreviation's letters
    // fit it, or when it reads as a name: a capital first, no numbers ("tekst 1990" is a qualification).
    private static bool NamesItself(AbbreviationDefinition definition)
    {
        var inside = definition.Expansion;
        if (ExpansionFinder.MatchingStart(inside, inside.Length, definition.Abbreviation) >= 0)
        {
            return true;
        }

        if (!char.IsUpper(inside[0]))
        {
            return false;
        }

        foreach (var c in inside)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan Shift(TextSpan span, int by) => new(span.Start + by, span.Length);
}
