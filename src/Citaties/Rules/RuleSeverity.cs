namespace Citaties.Rules;

/// <summary>How serious a finding is; <see cref="None"/> switches a rule off.</summary>
public enum RuleSeverity
{
    /// <summary>The rule does not run.</summary>
    None = 0,

    /// <summary>An accepted variant that could be normalised.</summary>
    Info = 1,

    /// <summary>Well formed, but against the convention that governs the document.</summary>
    Warning = 2,

    /// <summary>The reference cannot denote a real document or provision.</summary>
    Error = 3,
}

/// <summary>The written names of <see cref="RuleSeverity"/>, as used in JSON, SARIF and configuration.</summary>
public static class RuleSeverityNames
{
    /// <summary><c>none</c>, <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static string ToName(this RuleSeverity severity) => severity switch
    {
        RuleSeverity.Info => "info",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Error => "error",
        _ => "none",
    };

    /// <summary>Reads a severity name (case-insensitive); false when it is not one.</summary>
    public static bool TryParse(string? name, out RuleSeverity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "none":
            case "off":
                severity = RuleSeverity.None;
                return true;
            case "info":
            case "suggestion":
                severity = RuleSeverity.Info;
                return true;
            case "warning":
            case "warn":
                severity = RuleSeverity.Warning;
                return true;
            case "error":
                severity = RuleSeverity.Error;
                return true;
            default:
                severity = RuleSeverity.None;
                return false;
        }
    }
}
