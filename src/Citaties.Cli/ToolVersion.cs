using System.Reflection;

namespace Citaties.Cli;

/// <summary>The version of the tool as built.</summary>
internal static class ToolVersion
{
    /// <summary>
    /// The informational version without the "+commit" build metadata SourceLink appends, which makes the
    /// line long and says nothing a user of a released package needs.
    /// </summary>
    public static string Current
    {
        get
        {
            var assembly = typeof(ToolVersion).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";
            var plus = informational.IndexOf('+', System.StringComparison.Ordinal);
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
