namespace Citaties.Model;

/// <summary>
/// The part of a regeling an <see cref="ArticleCitation"/> cites instead of an article: <c>titel 4.1 Awb</c>,
/// <c>hoofdstuk 5 van de Wet ...</c>, <c>Bijlage I</c>.
/// </summary>
/// <param name="Unit">The kind of part.</param>
/// <param name="Number">Its number as written: <c>5</c>, <c>4.1</c>, <c>5A</c>, <c>IV</c>, <c>B</c>; the first of a range.</param>
public sealed record LawDivision(DivisionUnit Unit, string Number)
{
    /// <summary>The last part of a range (<c>Vc</c> in <c>de titels IVa tot en met Vc</c>); null for one part.</summary>
    public string? To { get; init; }
}
