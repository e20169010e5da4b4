using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Circulars, policy rules and instructions cited by title and Staatscourant (Ar 3.37, the Leidraad):
/// <c>Circulaire van de Minister van Justitie van 10 december 2004 (Stcrt. 2004, 245)</c>,
/// <c>Beleidsregels ..., Stcrt. 2019, 5678</c>. Anchored at the Staatscourant and looking back for the title, so the
/// title words themselves are no anchors (<c>Instructie</c> would make the scanner stop at every <c>in</c>), prose
/// without a Staatscourant costs nothing, and the Stcrt. is still found by the gazette family in the main pass: the
/// look-behind pass may overlap it.
/// </summary>
internal static class GuidanceTitleFamily
{
    public static readonly CitationFamily Instance = new(
        "guidance-title",
        new[] { "stcrt", "staatscourant" },
        GuidanceTitleGrammar.Publication,
        plausible: IsPlausible,
        maxLength: 80,
        lookBehind: new LookBehind(GuidanceTitleFinder.MaxTitleLength + 10, Resolve));

    // A bracket or comma right before the journal, and a title start before that.
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var before = OpeningBefore(text, start);
        return before >= 0 && GuidanceTitleFinder.TitleStart(text, before) >= 0;
    }

    private static GuidanceCitation[]? Resolve(string window, int anchorIndex, IReadOnlyList<Citation> parsed)
    {
        var read = (GuidanceCitation)parsed[0];
        var gazette = read.Gazette!;
        if (gazette.Journal != "Stcrt" || gazette.Year is null || gazette.Number is null)
        {
            return null;
        }

        var gazetteSpan = new TextSpan(gazette.Span.Start + anchorIndex, gazette.Span.Length);
        var opening = OpeningBefore(window.AsSpan(), anchorIndex);
        var start = opening < 0 ? -1 : GuidanceTitleFinder.TitleStart(window.AsSpan(), opening);
        if (start < 0)
        {
            return null;
        }

        // "(Stcrt. 2004, 245)" must be closed; after a comma a bracket that follows closes something else.
        var bracketed = window[opening] == '(';
        var closed = read.Span.End > gazetteSpan.End;
        if (bracketed && !closed)
        {
            return null;
        }

        var titleEnd = opening;
        while (titleEnd > start && window[titleEnd - 1] == ' ')
        {
            titleEnd--;
        }

        var title = DefinitionGrammar.CollapseSpaces(window.Substring(start, titleEnd - start));
        return new[]
        {
            read with
            {
                Span = TextSpan.FromBounds(start, bracketed ? read.Span.End : gazetteSpan.End),
                Title = title,
                BwbId = GuidanceInstruments.BwbIdOfTitle(title),
                Gazette = gazette with { Span = gazetteSpan },
            },
        };
    }

    // The bracket or comma before the journal at anchor, past white space; -1 when something else stands there.
    private static int OpeningBefore(ReadOnlySpan<char> text, int anchor)
    {
        var i = anchor - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is '(' or ',' ? i : -1;
    }
}
