namespace Citaties.Rules;

/// <summary>The default severity of a rule in each profile.</summary>
/// <param name="Regeling">In the normative text of a regulation.</param>
/// <param name="Toelichting">In an explanatory memorandum.</param>
/// <param name="Kamerstuk">In Kamerbrieven and other parliamentary correspondence.</param>
/// <param name="Literatuur">In legal literature (the default profile).</param>
public readonly record struct ProfileSeverities(
    RuleSeverity Regeling,
    RuleSeverity Toelichting,
    RuleSeverity Kamerstuk,
    RuleSeverity Literatuur)
{
    /// <summary>The same severity in every profile.</summary>
    public static ProfileSeverities All(RuleSeverity severity) => new(severity, severity, severity, severity);

    /// <summary>The severity in <paramref name="profile"/>.</summary>
    public RuleSeverity For(LintProfile profile) => profile switch
    {
        LintProfile.Regeling => Regeling,
        LintProfile.Toelichting => Toelichting,
        LintProfile.Kamerstuk => Kamerstuk,
        _ => Literatuur,
    };
}
