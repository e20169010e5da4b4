using System;

namespace Citaties.Model;

/// <summary>
/// Ways a gazette citation departs from the canonical form (citation-rules.md 5.2 and 9.2) while still denoting the
/// same publication; the validator reports them as CIT4004 (Info) with the canonical form as fix.
/// </summary>
[Flags]
public enum GazetteStyle
{
    /// <summary>Written in canonical form.</summary>
    Canonical = 0,

    /// <summary>The abbreviation lacks its full stop: <c>Stb 2011, 35</c>.</summary>
    MissingDot = 1 << 0,

    /// <summary>No comma between year and number: <c>Stb. 2011 35</c>.</summary>
    MissingComma = 1 << 1,

    /// <summary>The journal is spelled out: <c>Staatsblad 2011, 35</c>.</summary>
    SpelledOut = 1 << 2,

    /// <summary>The number carries a label: <c>Stcrt. 1998 nr. 46</c>.</summary>
    NumberLabel = 1 << 3,

    /// <summary>The journal abbreviation is split or dotted: <c>Pb EG</c>, <c>Pb. EU</c>.</summary>
    SplitAbbreviation = 1 << 4,

    /// <summary>A PbEU page given with a label instead of a slash: <c>L 143 p. 56</c>.</summary>
    PageLabel = 1 << 5,

    /// <summary>An issue cited by its date: <c>Stcrt. 20 juli 1999, 136</c>.</summary>
    Dated = 1 << 6,
}
