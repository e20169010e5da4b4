using System;

namespace Citaties.Configuration;

/// <summary>A configuration file that cannot be used: names the file, the key and what is allowed.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConfigurationException(string path, string? key, string problem, Exception? inner = null)
        : base(key is null ? $"{path}: {problem}" : $"{path}: key '{key}': {problem}", inner)
    {
        Path = path;
        Key = key;
    }

    /// <summary>The configuration file.</summary>
    public string Path { get; }

    /// <summary>The offending key (a JSON path such as <c>rules.CIT1003</c>), or null for the file as a whole.</summary>
    public string? Key { get; }
}
