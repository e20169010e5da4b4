namespace Citaties.Model;

/// <summary>
/// One ondernummer of a Kamerstuk citation with the pages cited in it: <c>nr. 6, p. 15-16</c>.
/// </summary>
/// <param name="Number">
/// The ondernummer: digits with an optional lower-case letter (<c>178</c>, <c>188b</c>), an Eerste Kamer letter
/// (<c>D</c>, <c>AB</c>), or a range as written (<c>1-3</c>).
/// </param>
/// <param name="Pages">The pages, dashes normalised and spaces around them removed (<c>15-16</c>, <c>12 en 16</c>); null when none.</param>
public readonly record struct KamerstukPiece(string Number, string? Pages)
{
    /// <summary>True when the ondernummer is an Eerste Kamer letter (<c>D</c>, <c>AB</c>) rather than a number.</summary>
    public bool IsLetter => Number.Length > 0 && char.IsUpper(Number[0]);

    /// <summary>True when the ondernummer is a single number (not a letter, not a range), so it has an id of its own.</summary>
    public bool IsSingle => Number.IndexOf('-') < 0;
}
