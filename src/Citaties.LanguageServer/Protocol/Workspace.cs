using System.Text.Json;
using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/didChangeConfiguration</c>: <c>{ "settings": { "citaties": { ... } } }</c>.</summary>
internal sealed record DidChangeConfigurationParams([property: JsonPropertyName("settings")] JsonElement? Settings);

/// <summary>The parameters of <c>workspace/didChangeWatchedFiles</c>; only that something changed matters here.</summary>
internal sealed record DidChangeWatchedFilesParams([property: JsonPropertyName("changes")] FileEvent[]? Changes);

/// <summary>A file that was created, changed or deleted.</summary>
internal sealed record FileEvent([property: JsonPropertyName("uri")] string Uri, [property: JsonPropertyName("type")] int Type);

/// <summary>The parameters of <c>window/showMessage</c>.</summary>
internal sealed record ShowMessageParams([property: JsonPropertyName("type")] int Type, [property: JsonPropertyName("message")] string Message);

/// <summary>The values of <c>MessageType</c>.</summary>
internal static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

/// <summary>The JSON-RPC and LSP error codes this server answers with.</summary>
internal static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int ServerNotInitialized = -32002;
}
