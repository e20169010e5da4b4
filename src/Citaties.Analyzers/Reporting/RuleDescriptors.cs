using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Citaties.Rules;
using Microsoft.CodeAnalysis;

namespace Citaties.Analyzers.Reporting;

/// <summary>
/// The Roslyn descriptors: one per rule of the library's catalog (id, title, category, help link from there, so
/// nothing is written twice), and one of the analyzer's own for a configuration it cannot use.
/// </summary>
internal static class RuleDescriptors
{
    /// <summary>The id of the analyzer's own finding: a <c>citaties.json</c> or <c>.editorconfig</c> setting it cannot use.</summary>
    public const string ConfigurationProblemId = "CIT9001";

    /// <summary>The message already holds the rule's words in the build's language.</summary>
    private const string MessageFormat = "{0}";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalog.All.ToDictionary(d => d.Id, Create);

    public static DiagnosticDescriptor ConfigurationProblem { get; } = new(
        ConfigurationProblemId,
        new CatalogString(new LocalizedText("Configuratie van Citaties onbruikbaar", "Citaties configuration cannot be used")),
        MessageFormat,
        "Configuration",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: ProjectLinks.Home + "#c-code-the-roslyn-analyzer",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Every descriptor the analyzer can report.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.OrderBy(d => d.Id).Append(ConfigurationProblem).ToImmutableArray();

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    // The default severity shown in rule sets and the IDE is the one of toelichting, the profile code is checked
    // in unless configured; the severity of each finding is the one of the file's own profile. Every rule is on:
    // a profile in which a rule has no severity simply gets no finding from the library.
    private static DiagnosticDescriptor Create(RuleDescriptor rule)
    {
        var severity = rule.DefaultSeverities.For(LintProfile.Toelichting);
        return new DiagnosticDescriptor(
            rule.Id,
            new CatalogString(rule.Title),
            MessageFormat,
            rule.Category.ToString(),
            severity == RuleSeverity.None ? DiagnosticSeverity.Info : ToRoslyn(severity),
            isEnabledByDefault: true,
            description: new CatalogString(rule.Title),
            helpLinkUri: rule.HelpLink);
    }
}
