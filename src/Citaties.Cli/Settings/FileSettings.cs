using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Configuration;
using Citaties.Rules;

namespace Citaties.Cli.Settings;

/// <summary>
/// Works out the settings of each input: the nearest citaties.json (or the one <c>--config</c> names) with the
/// command line laid over it, flags winning. Each configuration file is read once; a bad one is reported once
/// and every input under it is skipped.
/// </summary>
internal sealed class FileSettings
{
    private readonly CitatiesConfiguration flags;
    private readonly CitatiesConfiguration? explicitConfiguration;
    private readonly string workingDirectory;
    private readonly UserCatalogs catalogs = new();
    private readonly Dictionary<string, CitatiesConfiguration> loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    private FileSettings(CitatiesConfiguration flags, CitatiesConfiguration? explicitConfiguration, string workingDirectory)
    {
        this.flags = flags;
        this.explicitConfiguration = explicitConfiguration;
        this.workingDirectory = workingDirectory;
    }

    /// <summary>
    /// Reads the flags; null with <paramref name="problem"/> when <paramref name="configPath"/> or a
    /// <c>--catalog</c> file cannot be used, which stops the command before any input is read.
    /// </summary>
    public static FileSettings? Create(
        string workingDirectory,
        string? profile,
        string? language,
        string? configPath,
        IReadOnlyList<string> catalogPaths,
        out string? problem)
    {
        var flags = new CitatiesConfiguration
        {
            Profile = Commands.CommonOptions.ParseProfile(profile),
            Culture = language switch
            {
                "en" => CultureInfo.GetCultureInfo("en-GB"),
                "nl" => CultureInfo.GetCultureInfo("nl-NL"),
                _ => null,
            },
            Catalogs = catalogPaths.Select(p => Path.GetFullPath(Path.Combine(workingDirectory, p))).ToList(),
        };

        CitatiesConfiguration? explicitConfiguration = null;
        if (configPath is not null)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, configPath));
            if (!File.Exists(full))
            {
                problem = $"{configPath}: no such configuration file";
                return null;
            }

            try
            {
                explicitConfiguration = ConfigurationLoader.Load(full);
            }
            catch (ConfigurationException exception)
            {
                problem = exception.Message;
                return null;
            }
        }

        var settings = new FileSettings(flags, explicitConfiguration, workingDirectory);
        // A --catalog file that cannot be read is a usage error: report it before doing any work.
        if (settings.catalogs.For(flags.Catalogs, out problem) is null)
        {
            return null;
        }

        return settings;
    }

    /// <summary>
    /// The setup of the input at <paramref name="fullPath"/> (null for standard input, which takes the
    /// configuration of the working directory), or null with <paramref name="problem"/> to report; the
    /// problem is null when it was already reported for an earlier input.
    /// </summary>
    public FileSetup? For(string? fullPath, out string? problem)
    {
        problem = null;
        CitatiesConfiguration configuration;
        if (explicitConfiguration is not null)
        {
            configuration = explicitConfiguration;
        }
        else
        {
            var found = ConfigurationLoader.Find(fullPath ?? workingDirectory);
            if (found is null)
            {
                configuration = new CitatiesConfiguration();
            }
            else if (!loaded.TryGetValue(found, out configuration!))
            {
                try
                {
                    configuration = ConfigurationLoader.Load(found);
                }
                catch (ConfigurationException exception)
                {
                    problem = reported.Add(found) ? exception.Message : null;
                    return null;
                }

                loaded[found] = configuration;
            }
        }

        var merged = configuration.Merge(flags);
        var catalog = catalogs.For(merged.Catalogs, out var catalogProblem);
        if (catalog is null)
        {
            var source = merged.SourcePath ?? "--catalog";
            var key = source + "\n" + catalogProblem;
            problem = reported.Add(key) ? $"{source}: key 'catalogs': {catalogProblem}" : null;
            return null;
        }

        return new FileSetup(merged.ToLintOptions() with { Catalog = catalog }, catalog);
    }

    /// <summary>The profile the flags name, or null; SARIF uses it for the default level of each rule.</summary>
    public LintProfile? FlagProfile => flags.Profile;
}
