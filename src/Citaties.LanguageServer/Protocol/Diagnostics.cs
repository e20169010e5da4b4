using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>A finding as LSP shows it.</summary>
internal sealed record Diagnostic
{
    [JsonPropertyName("range")]
    public required Range Range { get; init; }

    /// <summary>One of <see cref="DiagnosticSeverity"/>.</summary>
    [JsonPropertyName("severity")]
    public int? Severity { get; init; }

    /// <summary>The rule id (<c>CIT1002</c>). A client may send other servers' numeric codes back, hence object.</summary>
    [JsonPropertyName("code")]
    public object? Code { get; init; }

    [JsonPropertyName("codeDescription")]
    public CodeDescription? CodeDescription { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }
}

/// <summary>Where a diagnostic's code is explained: the rule's page.</summary>
internal sealed record CodeDescription([property: JsonPropertyName("href")] string Href);

/// <summary>The values of <c>DiagnosticSeverity</c>.</summary>
internal static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>: every finding of one version of a document.</summary>
internal sealed record PublishDiagnosticsParams(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<Diagnostic> Diagnostics);
