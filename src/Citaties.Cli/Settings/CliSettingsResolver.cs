using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Cli.Commands;
using Citaties.Configuration;
using Citaties.Documents;

namespace Citaties.Cli.Settings;

/// <summary>The command line's flags as the overrides of the library's <see cref="SettingsResolver"/>.</summary>
internal static class CliSettingsResolver
{
    /// <summary>The resolver for the flags, or null with the problem that stops the command.</summary>
    public static SettingsResolver? Create(string workingDirectory, string? profile, string? language, string? configPath, IReadOnlyList<string> catalogPaths, out string? problem)
    {
        var flags = new CitatiesConfiguration
        {
            Profile = CommonOptions.ParseProfile(profile),
            Culture = language switch
            {
                "en" => CultureInfo.GetCultureInfo("en-GB"),
                "nl" => CultureInfo.GetCultureInfo("nl-NL"),
                _ => null,
            },
            Catalogs = catalogPaths.Select(p => Path.GetFullPath(Path.Combine(workingDirectory, p))).ToList(),
        };
        var config = configPath is null ? null : Path.GetFullPath(Path.Combine(workingDirectory, configPath));
        return SettingsResolver.Create(PhysicalFileSystem.Instance, flags, config, out problem);
    }
}
