using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("context")] CodeActionContext? Context);

/// <summary>The diagnostics at the range (the client's copy) and the kinds of action asked for.</summary>
internal sealed record CodeActionContext
{
    [JsonPropertyName("diagnostics")]
    public Diagnostic[]? Diagnostics { get; init; }

    [JsonPropertyName("only")]
    public string[]? Only { get; init; }
}

/// <summary>A change the user can make with one click.</summary>
internal sealed record CodeAction
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("diagnostics")]
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    [JsonPropertyName("isPreferred")]
    public bool? IsPreferred { get; init; }

    [JsonPropertyName("edit")]
    public required WorkspaceEdit Edit { get; init; }
}

/// <summary>Edits to documents by URI.</summary>
internal sealed record WorkspaceEdit([property: JsonPropertyName("changes")] IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>The kinds of code action this server offers.</summary>
internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";

    /// <summary>Every fix of the file at once; under <c>source.fixAll</c>, so that an editor's "fix all on save" runs it.</summary>
    public const string FixAll = "source.fixAll.citaties";

    /// <summary>True when <paramref name="kind"/> is asked for by <paramref name="only"/> (null asks for all): equal or a sub-kind.</summary>
    public static bool IsRequested(string kind, string[]? only)
    {
        if (only is null || only.Length == 0)
        {
            return true;
        }

        foreach (var asked in only)
        {
            if (kind == asked || kind.StartsWith(asked + ".", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
