using System;
using System.Collections.Generic;
using System.Globalization;

namespace Citaties.Rules;

/// <summary>
/// How to lint: the profile, per-rule severities, the message language and document conventions, and the
/// <see cref="ExtractOptions"/> the citations are found with. One options type for a whole run.
/// </summary>
public sealed record LintOptions
{
    /// <summary>The defaults: profile <c>literatuur</c>, Dutch messages.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>The kind of document (citation-rules.md 0.2).</summary>
    public LintProfile Profile { get; init; } = LintProfile.Literatuur;

    /// <summary>Severities that replace a rule's profile default, by rule id; <see cref="RuleSeverity.None"/> switches a rule off.</summary>
    public IReadOnlyDictionary<string, RuleSeverity> Severities { get; init; } = new Dictionary<string, RuleSeverity>();

    /// <summary>The language of messages: English for an <c>en</c> culture, Dutch otherwise.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>How five-digit dossier numbers should be written; null follows the document's own majority.</summary>
    public DossierNumberStyle? DossierStyle { get; init; }

    private readonly DateTime? today;

    /// <summary>
    /// The date against which "in the future" is judged (a vergaderjaar that has not begun yet, CIT1001).
    /// Defaults to the current local date each time it is read; set it to lint as of another day.
    /// </summary>
    public DateTime Today
    {
        get => today ?? DateTime.Today;
        init => today = value.Date;
    }

    /// <summary>
    /// How citations are found and their laws resolved: the catalog (with imported article lists for CIT2002),
    /// abbreviations configured for the document, and the law the document itself is. Linting extracts with
    /// exactly these options, so every extraction setting reaches the rules.
    /// </summary>
    public ExtractOptions Extract { get; init; } = ExtractOptions.Default;

    /// <summary>The severity of <paramref name="descriptor"/> under these options.</summary>
    public RuleSeverity SeverityOf(RuleDescriptor descriptor) =>
        Severities.TryGetValue(descriptor.Id, out var configured) ? configured : descriptor.DefaultSeverities.For(Profile);

    /// <summary>True when the user set the severity of <paramref name="descriptor"/> explicitly.</summary>
    public bool IsConfigured(RuleDescriptor descriptor) => Severities.ContainsKey(descriptor.Id);
}

/// <summary>How five-digit dossier numbers are written.</summary>
public enum DossierNumberStyle
{
    /// <summary>With a space after the thousands: <c>35 165</c> (Kamer practice).</summary>
    Spaced,

    /// <summary>Without a space: <c>35165</c> (Aanwijzingen and Leidraad examples).</summary>
    Compact,
}
