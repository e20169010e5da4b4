using System;
using Citaties.Configuration;

namespace Citaties.LanguageServer.Server;

/// <summary>How the server runs; the defaults are those of <c>citaties lsp</c>.</summary>
internal sealed record LanguageServerOptions
{
    /// <summary>How long a change waits for the next keystroke before the document is linted again.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Where configuration files and catalogs are read.</summary>
    public IFileSystem Files { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>The version the server reports in <c>serverInfo</c>.</summary>
    public string? Version { get; init; }
}
