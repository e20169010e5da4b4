using System;
using System.Linq;
using System.Reflection;

namespace Citaties.Rules;

/// <summary>
/// Where the project is published. Both URLs are set once, by the build (<c>CitatiesProjectUrl</c> in
/// <c>Directory.Build.props</c>), so that a fork that sets its own gets its own help links, SARIF
/// <c>informationUri</c> and package pages everywhere.
/// </summary>
public static class ProjectLinks
{
    /// <summary>The project's public home page.</summary>
    public static string Home { get; } = Read("Citaties.ProjectUrl").TrimEnd('/');

    /// <summary>The folder of the rule pages, ending in a slash: a rule's help link is this and <c>CITnnnn.md</c>.</summary>
    public static string RulePages { get; } = WithSlash(Read("Citaties.RulePagesUrl"));

    private static string Read(string key)
    {
        var value = typeof(ProjectLinks).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value;

        // Only a build that bypasses Directory.Build.props lacks the metadata; it is a build error, not a user's.
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"The assembly was built without the '{key}' metadata (Directory.Build.props).")
            : value!;
    }

    private static string WithSlash(string url) => url.Length > 0 && url[url.Length - 1] == '/' ? url : url + "/";
}
