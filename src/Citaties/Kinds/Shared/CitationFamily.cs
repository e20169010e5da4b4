using System;
using System.Collections.Generic;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// One family of citation forms as the scanner sees it: the anchor words that can start it, a cheap test
/// run on the raw text right after an anchor (to drop most false hits before any parser runs), and the
/// grammar to run on a bounded window starting at the anchor.
/// </summary>
internal sealed class CitationFamily
{
    private readonly PlausibilityCheck plausible;

    public CitationFamily(
        string name,
        IReadOnlyList<string> anchors,
        Parser<Citation> parser,
        PlausibilityCheck? plausible = null,
        int maxLength = 240,
        bool anchorNeedsWordStart = true,
        LookBehind? lookBehind = null,
        FastPath? fastPath = null)
        : this(name, anchors, parser.Select(c => (IReadOnlyList<Citation>)new[] { c }), plausible, maxLength, anchorNeedsWordStart, lookBehind, fastPath)
    {
    }

    /// <summary>
    /// A family whose grammar may yield several citations from one match (<c>de artikelen 10, 14a en 304
    /// van het Wetboek van Strafrecht</c>). Each citation's <see cref="Citation.Span"/> is then relative to
    /// the window; a citation left with the default span covers the whole match.
    /// </summary>
    public CitationFamily(
        string name,
        IReadOnlyList<string> anchors,
        Parser<IReadOnlyList<Citation>> parser,
        PlausibilityCheck? plausible = null,
        int maxLength = 240,
        bool anchorNeedsWordStart = true,
        LookBehind? lookBehind = null,
        FastPath? fastPath = null)
    {
        Name = name;
        Anchors = anchors;
        Parser = parser;
        CompleteParser = parser.End();
        this.plausible = plausible ?? Always;
        MaxLength = maxLength;
        AnchorNeedsWordStart = anchorNeedsWordStart;
        LookBehind = lookBehind;
        FastPath = fastPath;
    }

    /// <summary>A short name for diagnostics and tests.</summary>
    public string Name { get; }

    /// <summary>Anchor strings, matched case-insensitively.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>The grammar, parsing a prefix of the window.</summary>
    public Parser<IReadOnlyList<Citation>> Parser { get; }

    /// <summary>The grammar followed by end of input, for parsing a single citation.</summary>
    public Parser<IReadOnlyList<Citation>> CompleteParser { get; }

    /// <summary>How many characters of source the window may hold at most.</summary>
    public int MaxLength { get; }

    /// <summary>True when the character before the anchor may not be a letter or digit.</summary>
    public bool AnchorNeedsWordStart { get; }

    /// <summary>
    /// Set for a family whose citations begin before their anchor (<c>Wetboek van Strafvordering (hierna: Sv)</c>
    /// is found at its bracket). Such a family is scanned in a pass of its own, so its citations may overlap
    /// those of other families.
    /// </summary>
    public LookBehind? LookBehind { get; }

    /// <summary>
    /// A hand-written recogniser for the commonest forms of this family, tried on the window before the grammar,
    /// or null. The grammar stays the definition of the language: the fast path gives exactly what the grammar
    /// gives or declines (checked on the whole corpus by the fast path agreement tests).
    /// </summary>
    public FastPath? FastPath { get; }

    /// <summary>The cheap test: may a citation of this family start at <paramref name="anchorStart"/>?</summary>
    public bool IsPlausible(ReadOnlySpan<char> text, int anchorStart, int anchorLength) =>
        plausible(text, anchorStart, anchorLength);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static bool Always(ReadOnlySpan<char> text, int anchorStart, int anchorLength) => true;
}

/// <summary>
/// How far before its anchor a citation may begin, and the step that decides where it does. The grammar
/// still parses from the anchor; the step then sees the whole window, which starts up to
/// <see cref="MaxLength"/> source characters earlier (at a white-space boundary, so no word is cut).
/// </summary>
internal sealed class LookBehind
{
    public LookBehind(int maxLength, LookBehindStep step, bool givesWay = false)
    {
        MaxLength = maxLength;
        Step = step;
        GivesWay = givesWay;
    }

    /// <summary>
    /// True when the family's citations give way to any citation of the first pass they overlap
    /// (<see cref="Model.Citation.GivesWayToOverlap"/>), so that the scan need not try it inside one.
    /// </summary>
    public bool GivesWay { get; }

    /// <summary>How many source characters before the anchor the window holds at most.</summary>
    public int MaxLength { get; }

    /// <summary>Decides where the citations begin; see <see cref="LookBehindStep"/>.</summary>
    public LookBehindStep Step { get; }
}

/// <summary>
/// Given the window text, the index of the anchor in it and the citations the grammar parsed from the anchor
/// (their spans already window-relative), returns them with their final window-relative spans, which may
/// begin before <paramref name="anchorIndex"/>; or null when the text before the anchor refutes the match.
/// </summary>
internal delegate IReadOnlyList<Citation>? LookBehindStep(string windowText, int anchorIndex, IReadOnlyList<Citation> parsed);

/// <summary>
/// Recognises a citation at the start of a normalised <paramref name="window"/> without the grammar. Returns
/// false to decline (the grammar then runs); when it returns true, <paramref name="citations"/> and
/// <paramref name="end"/> are what the grammar would give: its result and the remainder position after it.
/// </summary>
internal delegate bool FastPath(string window, out IReadOnlyList<Citation> citations, out int end);

/// <summary>A cheap test on the raw text right after an anchor; see <see cref="CitationFamily.IsPlausible"/>.</summary>
internal delegate bool PlausibilityCheck(ReadOnlySpan<char> text, int anchorStart, int anchorLength);
