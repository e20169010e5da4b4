namespace Citaties.LanguageServer.Protocol;

/// <summary>The LSP method names this server handles or sends, written once.</summary>
internal static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string CodeAction = "textDocument/codeAction";
    public const string Hover = "textDocument/hover";
    public const string DocumentLink = "textDocument/documentLink";
    public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string ShowMessage = "window/showMessage";
}
