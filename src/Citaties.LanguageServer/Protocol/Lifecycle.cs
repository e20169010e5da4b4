using System.Text.Json;
using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>What the client says about itself when it starts the server; only what this server uses.</summary>
internal sealed record InitializeParams
{
    /// <summary>The workspace's root folder as a URI, or null when no folder is open.</summary>
    [JsonPropertyName("rootUri")]
    public string? RootUri { get; init; }

    /// <summary>The workspace folders (LSP 3.6 and later); the first one stands in for the root.</summary>
    [JsonPropertyName("workspaceFolders")]
    public WorkspaceFolder[]? WorkspaceFolders { get; init; }

    /// <summary>The settings the client passes at start: the same shape as <c>workspace/didChangeConfiguration</c>'s.</summary>
    [JsonPropertyName("initializationOptions")]
    public JsonElement? InitializationOptions { get; init; }
}

/// <summary>A folder of the workspace.</summary>
internal sealed record WorkspaceFolder([property: JsonPropertyName("uri")] string Uri, [property: JsonPropertyName("name")] string? Name);

/// <summary>The answer to <c>initialize</c>.</summary>
internal sealed record InitializeResult(
    [property: JsonPropertyName("capabilities")] ServerCapabilities Capabilities,
    [property: JsonPropertyName("serverInfo")] ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
internal sealed record ServerInfo([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("version")] string? Version);

/// <summary>What this server can do.</summary>
internal sealed record ServerCapabilities
{
    /// <summary>Positions count UTF-16 code units, the LSP default and what .NET strings count.</summary>
    [JsonPropertyName("positionEncoding")]
    public string PositionEncoding { get; init; } = "utf-16";

    [JsonPropertyName("textDocumentSync")]
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new();

    [JsonPropertyName("codeActionProvider")]
    public CodeActionOptions CodeActionProvider { get; init; } = new();

    [JsonPropertyName("hoverProvider")]
    public bool HoverProvider { get; init; } = true;

    [JsonPropertyName("documentLinkProvider")]
    public DocumentLinkOptions DocumentLinkProvider { get; init; } = new();
}

/// <summary>How documents are synchronised: opened and closed, changed by incremental edits, saves announced.</summary>
internal sealed record TextDocumentSyncOptions
{
    [JsonPropertyName("openClose")]
    public bool OpenClose { get; init; } = true;

    /// <summary><see cref="TextDocumentSyncKind.Incremental"/>.</summary>
    [JsonPropertyName("change")]
    public int Change { get; init; } = TextDocumentSyncKind.Incremental;

    [JsonPropertyName("save")]
    public bool Save { get; init; } = true;
}

/// <summary>The values of <c>TextDocumentSyncKind</c>.</summary>
internal static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

/// <summary>The code actions offered.</summary>
internal sealed record CodeActionOptions
{
    [JsonPropertyName("codeActionKinds")]
    public string[] CodeActionKinds { get; init; } = { CodeActionKind.QuickFix, CodeActionKind.FixAll };

    [JsonPropertyName("resolveProvider")]
    public bool ResolveProvider { get; init; }
}

/// <summary>Document links are computed whole; there is nothing to resolve later.</summary>
internal sealed record DocumentLinkOptions
{
    [JsonPropertyName("resolveProvider")]
    public bool ResolveProvider { get; init; }
}
