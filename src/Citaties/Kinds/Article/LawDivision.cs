namespace Citaties.Model;

/// <summary>
/// The part of a regeling an <see cref="ArticleCitation"/> cites instead of an article: <c>titel 4.1 Awb</c>,
/// <c>hoofdstuk 5 van de Wet ...</c>, <c>Bijlage I</c>.
/// </summary>
/// <param name="Unit">The kind of part.</param>
/// <param name="Number">Its number as written: <c>5</c>, <c>4.1</c>, <c>5A</c>, <c>IV</c>, <c>B</c>.</param>
public sealed record LawDivision(DivisionUnit Unit, string Number);
