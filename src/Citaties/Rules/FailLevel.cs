using System.Collections.Generic;

namespace Citaties.Rules;

/// <summary>
/// The lowest severity that fails a run (the CLI's <c>--fail-on</c>, the build task's <c>CitatiesFailOn</c>), so
/// that every front end that turns findings into a failure reads the level and compares it alike.
/// </summary>
public static class FailLevel
{
    /// <summary>The written levels, most severe first; <c>none</c> never fails.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "error", "warning", "info", "none" };

    /// <summary>Reads a level (case-insensitive, as <see cref="RuleSeverityNames.TryParse"/> reads a severity); false when it is not one.</summary>
    public static bool TryParse(string? name, out RuleSeverity failOn) => RuleSeverityNames.TryParse(name, out failOn);

    /// <summary>True when a finding of <paramref name="severity"/> fails a run at <paramref name="failOn"/>; <see cref="RuleSeverity.None"/> never fails.</summary>
    public static bool Fails(RuleSeverity severity, RuleSeverity failOn) =>
        failOn != RuleSeverity.None && severity >= failOn;
}
