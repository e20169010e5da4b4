using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
internal sealed record Hover([property: JsonPropertyName("contents")] MarkupContent Contents, [property: JsonPropertyName("range")] Range? Range);

/// <summary>Text shown to the user; <see cref="Kind"/> is <c>markdown</c> or <c>plaintext</c>.</summary>
internal sealed record MarkupContent([property: JsonPropertyName("kind")] string Kind, [property: JsonPropertyName("value")] string Value);
