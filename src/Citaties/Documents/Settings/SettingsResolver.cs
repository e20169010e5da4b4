using System;
using System.Collections.Generic;
using System.IO;
using Citaties.Configuration;
using Citaties.Rules;

namespace Citaties.Documents;

/// <summary>
/// Works out the lint options of each document: the nearest <c>citaties.json</c> (or the one named explicitly)
/// with the caller's overrides (command-line flags, editor settings) laid over it, overrides winning, and the
/// user catalogs it names laid over the embedded catalog. Every file is read through an <see cref="IFileSystem"/>,
/// each configuration once; a bad one is reported once and every document under it is refused.
/// Safe to use from one thread at a time.
/// </summary>
public sealed class SettingsResolver
{
    private readonly IFileSystem files;
    private readonly CitatiesConfiguration defaults;
    private readonly CitatiesConfiguration overrides;
    private readonly CitatiesConfiguration? explicitConfiguration;
    private readonly UserCatalogs catalogs;
    private readonly Dictionary<string, CitatiesConfiguration> loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    private SettingsResolver(IFileSystem files, CitatiesConfiguration defaults, CitatiesConfiguration overrides, CitatiesConfiguration? explicitConfiguration)
    {
        this.files = files;
        this.defaults = defaults;
        this.overrides = overrides;
        this.explicitConfiguration = explicitConfiguration;
        catalogs = new UserCatalogs(files);
    }

    /// <summary>
    /// A resolver over <paramref name="files"/>; null with <paramref name="problem"/> when
    /// <paramref name="configurationPath"/> (a full path, used for every document instead of the nearest file) or
    /// a catalog of <paramref name="overrides"/> cannot be used, which should stop the caller before any work.
    /// </summary>
    public static SettingsResolver? Create(IFileSystem files, CitatiesConfiguration? overrides, string? configurationPath, out string? problem) =>
        Create(files, null, overrides, configurationPath, out problem);

    /// <summary>
    /// A resolver as <see cref="Create(IFileSystem, CitatiesConfiguration, string, out string)"/> makes, with the
    /// host's own <paramref name="defaults"/> under every configuration file (the analyzer's profile
    /// <c>toelichting</c> for code): a file's settings win over them, and the overrides over both.
    /// </summary>
    public static SettingsResolver? Create(IFileSystem files, CitatiesConfiguration? defaults, CitatiesConfiguration? overrides, string? configurationPath, out string? problem)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        overrides ??= new CitatiesConfiguration();
        CitatiesConfiguration? explicitConfiguration = null;
        if (configurationPath is not null)
        {
            if (!files.FileExists(configurationPath))
            {
                problem = $"{configurationPath}: no such configuration file";
                return null;
            }

            try
            {
                explicitConfiguration = ConfigurationLoader.Load(configurationPath, files);
            }
            catch (ConfigurationException exception)
            {
                problem = exception.Message;
                return null;
            }
        }

        var resolver = new SettingsResolver(files, defaults ?? new CitatiesConfiguration(), overrides, explicitConfiguration);
        if (resolver.catalogs.For(overrides.Catalogs, out problem) is null)
        {
            return null;
        }

        return resolver;
    }

    /// <summary>The profile the overrides name, or null.</summary>
    public LintProfile? OverrideProfile => overrides.Profile;

    /// <summary>
    /// The options of the document at <paramref name="path"/> (a full path of a file, or of a folder for text that has
    /// no file, such as standard input), or null with <paramref name="problem"/> to report; the problem is null when it
    /// was reported already for an earlier document.
    /// </summary>
    public LintOptions? For(string path, out string? problem)
    {
        problem = null;
        var configuration = explicitConfiguration ?? Nearest(Path.GetFullPath(path), out problem);
        if (configuration is null)
        {
            return null;
        }

        var merged = defaults.Merge(configuration).Merge(overrides);
        var catalog = catalogs.For(merged.Catalogs, out var catalogProblem);
        if (catalog is null)
        {
            var source = merged.SourcePath ?? "--catalog";
            problem = reported.Add(source + "\n" + catalogProblem) ? $"{source}: key 'catalogs': {catalogProblem}" : null;
            return null;
        }

        var options = merged.ToLintOptions();
        return options with { Extract = options.Extract with { Catalog = catalog } };
    }

    /// <summary>
    /// The settings that apply at <paramref name="path"/> (the configuration named explicitly, or the nearest
    /// <c>citaties.json</c>, with the defaults under it and the overrides over it), or null with
    /// <paramref name="problem"/> as <see cref="For"/> reports it. A front end takes its <see cref="FileSelection"/>
    /// from those of its working folder.
    /// </summary>
    public CitatiesConfiguration? ConfigurationFor(string path, out string? problem)
    {
        problem = null;
        var configuration = explicitConfiguration ?? Nearest(Path.GetFullPath(path), out problem);
        return configuration is null ? null : defaults.Merge(configuration).Merge(overrides);
    }

    private CitatiesConfiguration? Nearest(string path, out string? problem)
    {
        problem = null;
        var found = ConfigurationLoader.Find(path, files);
        if (found is null)
        {
            return new CitatiesConfiguration();
        }

        if (loaded.TryGetValue(found, out var configuration))
        {
            return configuration;
        }

        try
        {
            configuration = ConfigurationLoader.Load(found, files);
        }
        catch (ConfigurationException exception)
        {
            problem = reported.Add(found) ? exception.Message : null;
            return null;
        }

        loaded[found] = configuration;
        return configuration;
    }
}
