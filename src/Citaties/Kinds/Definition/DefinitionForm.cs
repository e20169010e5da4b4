namespace Citaties.Model;

/// <summary>How an abbreviation is introduced in the text. The JSON name of each is in <see cref="DefinitionFormNames"/>.</summary>
public enum DefinitionForm
{
    /// <summary>After the full name: <c>Wetboek van Strafvordering (hierna: Sv)</c>.</summary>
    Hierna,

    /// <summary>Inside a bracket that also names the expansion: <c>(Digital Services Act, hierna: DSA)</c>.</summary>
    HiernaInside,

    /// <summary>The abbreviation alone between brackets after the full name: <c>wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts)</c>.</summary>
    Bracketed,

    /// <summary><c>(hierna te noemen: X)</c>.</summary>
    HiernaTeNoemen,

    /// <summary><c>(hierna ook: X)</c>.</summary>
    HiernaOok,

    /// <summary><c>(hierna genoemd: X)</c>.</summary>
    HiernaGenoemd,

    /// <summary><c>(verder: X)</c>.</summary>
    Verder,
}

/// <summary>The stable JSON names of <see cref="DefinitionForm"/>.</summary>
public static class DefinitionFormNames
{
    /// <summary>The name used for <paramref name="form"/> in JSON (<c>hierna</c>, <c>hiernaInside</c>, ...).</summary>
    public static string ToJsonName(this DefinitionForm form) => form switch
    {
        DefinitionForm.Hierna => "hierna",
        DefinitionForm.HiernaInside => "hiernaInside",
        DefinitionForm.Bracketed => "bracketed",
        DefinitionForm.HiernaTeNoemen => "hiernaTeNoemen",
        DefinitionForm.HiernaOok => "hiernaOok",
        DefinitionForm.HiernaGenoemd => "hiernaGenoemd",
        DefinitionForm.Verder => "verder",
        _ => form.ToString(),
    };
}
