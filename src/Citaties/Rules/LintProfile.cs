namespace Citaties.Rules;

/// <summary>
/// The kind of document being checked (citation-rules.md 0.2). The same reference has different correct
/// forms in a law and in an article; a profile sets the default severity of every rule.
/// </summary>
public enum LintProfile
{
    /// <summary>Articles, advice, case notes: the Leidraad voor juridische auteurs. The default.</summary>
    Literatuur = 0,

    /// <summary>The normative text of a wet, AMvB or ministeriele regeling: the Aanwijzingen voor de regelgeving.</summary>
    Regeling,

    /// <summary>A memorie or nota van toelichting: the Aanwijzingen, with abbreviations allowed.</summary>
    Toelichting,

    /// <summary>Kamerbrieven, answers to Kamervragen, nota's: the Kamer house style is accepted.</summary>
    Kamerstuk,
}

/// <summary>The written names of <see cref="LintProfile"/>.</summary>
public static class LintProfileNames
{
    /// <summary>The lower-case name: <c>regeling</c>, <c>toelichting</c>, <c>kamerstuk</c>, <c>literatuur</c>.</summary>
    public static string ToName(this LintProfile profile) => profile switch
    {
        LintProfile.Regeling => "regeling",
        LintProfile.Toelichting => "toelichting",
        LintProfile.Kamerstuk => "kamerstuk",
        _ => "literatuur",
    };

    /// <summary>Reads a profile name (case-insensitive); false when it is not one.</summary>
    public static bool TryParse(string? name, out LintProfile profile)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "regeling":
                profile = LintProfile.Regeling;
                return true;
            case "toelichting":
                profile = LintProfile.Toelichting;
                return true;
            case "kamerstuk":
                profile = LintProfile.Kamerstuk;
                return true;
            case "literatuur":
                profile = LintProfile.Literatuur;
                return true;
            default:
                profile = LintProfile.Literatuur;
                return false;
        }
    }
}
