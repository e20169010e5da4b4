using System;
using System.Collections.Generic;
using Citaties.Configuration;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.MSBuild;

/// <summary>
/// The lint options of each document through the library's <see cref="SettingsResolver"/>: the nearest
/// <c>citaties.json</c> (or <c>CitatiesConfig</c>), with the item's <c>Profile</c> laid over it as the CLI lays its
/// <c>--profile</c>. One resolver per profile, so every configuration file is read once per profile and build.
/// </summary>
internal sealed class DocumentSettings
{
    private readonly string? configurationPath;
    private readonly Dictionary<LintProfile, SettingsResolver?> resolvers = new();
    private SettingsResolver? unprofiled;
    private bool unprofiledMade;

    // Resolvers of different profiles read the same files: a bad file is still reported once.
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    /// <summary>Settings from the nearest <c>citaties.json</c>, or from <paramref name="configurationPath"/> (a full path) for every document.</summary>
    public DocumentSettings(string? configurationPath)
    {
        this.configurationPath = configurationPath;
    }

    /// <summary>
    /// The options of the document at <paramref name="fullPath"/> with <paramref name="profile"/> (null: as its
    /// configuration says), or null with the problem to report; the problem is null when it was reported already.
    /// </summary>
    public LintOptions? For(string fullPath, LintProfile? profile, out string? problem)
    {
        string? found = null;
        var resolver = ResolverFor(profile, ref found);
        var options = resolver?.For(fullPath, out found);
        problem = found is not null && reported.Add(found) ? found : null;
        return options;
    }

    private SettingsResolver? ResolverFor(LintProfile? profile, ref string? problem)
    {
        if (profile is not { } named)
        {
            if (!unprofiledMade)
            {
                unprofiled = Create(null, out problem);
                unprofiledMade = true;
            }

            return unprofiled;
        }

        if (!resolvers.TryGetValue(named, out var resolver))
        {
            resolver = Create(named, out problem);
            resolvers[named] = resolver;
        }

        // A resolver that could not be made was reported when it was tried; later documents are refused quietly.
        return resolver;
    }

    private SettingsResolver? Create(LintProfile? profile, out string? problem) =>
        SettingsResolver.Create(PhysicalFileSystem.Instance, new CitatiesConfiguration { Profile = profile }, configurationPath, out problem);
}
