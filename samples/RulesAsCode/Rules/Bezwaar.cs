namespace RulesAsCode.Rules;

/// <summary>Bezwaar tegen een beschikking over de toeslag.</summary>
public static class Bezwaar
{
    /// <summary>
    /// De termijn is zes weken (artikel 6:7 van de Algemene wet bestuursrecht); een te laat ingediend bezwaar is
    /// niet-ontvankelijk, tenzij de indiener redelijkerwijs niet in verzuim was (artikel 6, lid 4, van de
    /// Algemene wet bestuursrecht).
    /// </summary>
    [LegalBasis("artikel 6:7 van de Algemene wet bestuursrecht")]
    public const int TermijnInWeken = 6;

    /// <summary>Hardheid van de terugvordering: de rechter toetst de evenredigheid (ECLI:HR:2016:113).</summary>
    [LegalBasis("het beleidsbesluit terugvordering")]
    public static bool MagTerugvorderen(bool evenredig) => evenredig;

    /// <summary>The message a late objection gets.</summary>
    public static string TeLaat(int weken) =>
        $"Uw bezwaar kwam {weken} weken na de beschikking; zie artikel 6:11 van de Algemene wet bestuursrecht.";
}
