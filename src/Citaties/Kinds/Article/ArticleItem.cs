namespace Citaties.Model;

/// <summary>
/// One article designation of an article citation: a single label (<c>125p</c>, <c>6:162</c>, <c>2.1</c>,
/// <c>10.6ter</c>, <c>I</c>, <c>Enig artikel</c>) or a range (<c>3 tot en met 5</c>).
/// </summary>
/// <param name="From">The label, or the first label of a range.</param>
/// <param name="To">The last label of a range; null for a single label.</param>
public sealed record ArticleItem(string From, string? To = null)
{
    /// <summary>The label of the one-article regeling: <c>Enig artikel</c>.</summary>
    public const string SoleArticle = "Enig artikel";

    /// <summary>True for a range <c>From</c> to <c>To</c>, inclusive.</summary>
    public bool IsRange => To is not null;

    /// <inheritdoc />
    public override string ToString() => To is null ? From : From + "-" + To;
}
