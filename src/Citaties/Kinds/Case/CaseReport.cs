namespace Citaties.Model;

/// <summary>A report of a decision in a journal: <c>NJ 2017/13, m.nt. T. Hartlief</c>, <c>NJ 1994, 233</c>, <c>BNB 1988/248*</c>.</summary>
public sealed record CaseReport
{
    /// <summary>The journal as written: <c>NJ</c>, <c>AB</c>, <c>Gst.</c>, <c>V-N</c>.</summary>
    public string Journal { get; init; } = string.Empty;

    /// <summary>The volume year.</summary>
    public int Year { get; init; }

    /// <summary>The number in that year as written: <c>13</c>, <c>12.7</c>.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>The annotator (<c>T. Hartlief</c> from <c>m.nt. T. Hartlief</c>); null when no note is named.</summary>
    public string? Annotator { get; init; }

    /// <summary>True for the older form with a comma, <c>NJ 1994, 233</c>, rather than <c>NJ 2017/13</c>.</summary>
    public bool OldForm { get; init; }

    /// <summary>True when the number carries the asterisk of an annotated report (<c>BNB 1988/248*</c>).</summary>
    public bool Starred { get; init; }
}
