using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Configuration;

/// <summary>
/// The settings of a <c>citaties.json</c> file. Every setting is optional; what is absent falls back to
/// the command line or the defaults (<see cref="Merge"/>).
/// </summary>
public sealed record CitatiesConfiguration
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = "citaties.json";

    /// <summary>The file this configuration was read from, or null when it was built in code.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The profile, when set.</summary>
    public LintProfile? Profile { get; init; }

    /// <summary>Per-rule severities by id.</summary>
    public IReadOnlyDictionary<string, RuleSeverity> Severities { get; init; } = new Dictionary<string, RuleSeverity>();

    /// <summary>Abbreviations the document may use without defining them, with what they stand for.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra catalog files (absolute paths), in the order they extend the embedded catalog.</summary>
    public IReadOnlyList<string> Catalogs { get; init; } = new List<string>();

    /// <summary>The dossier number style, when set.</summary>
    public DossierNumberStyle? DossierStyle { get; init; }

    /// <summary>The message language, when set.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>
    /// The law the documents belong to (<c>"law": "BWBR0001903"</c>, or an abbreviation or title), when they are the
    /// text of a law: it becomes <see cref="ExtractOptions.ContextLaw"/>, so <c>artikel 5</c> and <c>van deze wet</c> refer to it.
    /// </summary>
    public string? Law { get; init; }

    /// <summary>
    /// Which files a run over folders takes (<c>"files": ["docs/**/*.md"]</c>), in gitignore syntax relative to this
    /// file's folder; empty takes every document. See <see cref="Documents.FileSelection"/>.
    /// </summary>
    public IReadOnlyList<string> Files { get; init; } = new List<string>();

    /// <summary>Paths a run over folders leaves out (<c>"exclude": ["drafts/"]</c>), in gitignore syntax relative to this file's folder.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = new List<string>();

    /// <summary>
    /// Reads settings written as in a <c>citaties.json</c> that do not come from a file, such as an editor's settings;
    /// <paramref name="source"/> names them in errors and anchors relative catalog paths. Throws
    /// <see cref="ConfigurationException"/> naming the key and what is allowed, as for a file.
    /// </summary>
    public static CitatiesConfiguration Parse(string json, string source) =>
        ConfigurationLoader.Parse(json ?? throw new System.ArgumentNullException(nameof(json)), source ?? throw new System.ArgumentNullException(nameof(source)));

    private static readonly Regex BwbId = new("^BWB[RV][0-9]{7}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// This configuration with <paramref name="overrides"/> laid over it: every setting the overrides make
    /// wins; severities and abbreviations are merged key by key; catalogs are appended.
    /// </summary>
    public CitatiesConfiguration Merge(CitatiesConfiguration overrides)
    {
        var severities = new Dictionary<string, RuleSeverity>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var pair in Severities)
        {
            severities[pair.Key] = pair.Value;
        }

        foreach (var pair in overrides.Severities)
        {
            severities[pair.Key] = pair.Value;
        }

        var abbreviations = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var pair in Abbreviations)
        {
            abbreviations[pair.Key] = pair.Value;
        }

        foreach (var pair in overrides.Abbreviations)
        {
            abbreviations[pair.Key] = pair.Value;
        }

        var catalogs = new List<string>(Catalogs);
        catalogs.AddRange(overrides.Catalogs);
        return new CitatiesConfiguration
        {
            SourcePath = overrides.SourcePath ?? SourcePath,
            Profile = overrides.Profile ?? Profile,
            Severities = severities,
            Abbreviations = abbreviations,
            Catalogs = catalogs,
            DossierStyle = overrides.DossierStyle ?? DossierStyle,
            Culture = overrides.Culture ?? Culture,
            Law = overrides.Law ?? Law,
            // Patterns are relative to the file that holds them, so a list is taken whole rather than mixed.
            Files = overrides.Files.Count > 0 ? overrides.Files : Files,
            Exclude = overrides.Exclude.Count > 0 ? overrides.Exclude : Exclude,
        };
    }

    /// <summary>The lint options this configuration describes.</summary>
    public LintOptions ToLintOptions()
    {
        var severities = new Dictionary<string, RuleSeverity>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var pair in Severities)
        {
            severities[pair.Key] = pair.Value;
        }

        return new LintOptions
        {
            Profile = Profile ?? LintProfile.Literatuur,
            Severities = severities,
            Culture = Culture ?? LintOptions.Default.Culture,
            DossierStyle = DossierStyle,
            Extract = new ExtractOptions { Abbreviations = Abbreviations, ContextLaw = ContextLaw(Law) },
        };
    }

    // A BWB id is looked up as such; anything else as a title or abbreviation (the resolver completes either from the catalog).
    private static LawReference? ContextLaw(string? law) =>
        string.IsNullOrWhiteSpace(law) ? null
        : BwbId.IsMatch(law!.Trim()) ? new LawReference { Bwb = law.Trim() }
        : new LawReference { Title = law.Trim() };
}
