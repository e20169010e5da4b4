using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>The parameters of a request about a whole document (document links).</summary>
internal sealed record DocumentLinkParams([property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument);

/// <summary>A range of a document that links to <see cref="Target"/>.</summary>
internal sealed record DocumentLink(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("tooltip")] string? Tooltip);
