using System;

namespace RulesAsCode.Rules;

/// <summary>
/// De zorgtoeslag: wie er recht op heeft en hoe hoog hij is, volgens artikel 2 van de Wet op de zorgtoeslag.
/// </summary>
/// <remarks>
/// Zie de memorie van toelichting, Kamerstukken II 2004/05, 29 528, nr. 3, en de evaluatie in
/// Kamerstuk 34193, nr. 1.
/// </remarks>
public static class Zorgtoeslag
{
    /// <summary>Where the definition of the toetsingsinkomen lives.</summary>
    public const string Toetsingsinkomen = "artikel 8 van de Algemene wet inkomensafhankelijke regelingen";

    /// <summary>The parliamentary paper behind the 2016 change.</summary>
    public const string Wetsvoorstel = "Kamerstuk 34193, nr. 1";

    /// <summary>The normpremie as a share of the drempelinkomen, in per mille.</summary>
    [LegalBasis("artikel 2, lid 2, van de Wet op de zorgtoeslag")]
    public static decimal Normpremie(decimal drempelinkomen, decimal toetsingsinkomen)
    {
        // Boven het drempelinkomen telt het meerdere mee (artikel 2, derde lid, van de Wet op de zorgtoeslag).
        var meer = Math.Max(0m, toetsingsinkomen - drempelinkomen);
        return (0.01879m * drempelinkomen) + (0.13670m * meer);
    }

    /// <summary>The toeslag: the standaardpremie less the normpremie, never below zero.</summary>
    [LegalBasis("artikel 2 van de Wet op de zorgtoeslag")]
    public static decimal Bedrag(decimal standaardpremie, decimal normpremie) => Math.Max(0m, standaardpremie - normpremie);
}
