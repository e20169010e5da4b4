using System.CommandLine;
using Citaties.LanguageServer.Server;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties lsp</c>: the language server, speaking LSP on standard input and output until the editor sends
/// <c>exit</c>. Nothing else may write to standard output while it runs; the server logs to standard error.
/// </summary>
internal static class LspCommand
{
    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        // Editors (vscode-languageclient among them) pass the transport they chose; standard input and output is the one there is.
        var stdio = new Option<bool>("--stdio")
        {
            Description = "Talk over standard input and output (the default and only transport; accepted because editors pass it).",
        };
        var command = new Command("lsp", "Runs the language server for editors (LSP over standard input and output): findings as diagnostics, fixes as code actions, hovers and links on citations.")
        {
            stdio,
        };
        command.SetAction(_ => Run(context));
        return command;
    }

    private static int Run(CommandContext context)
    {
        using var input = context.Settings.OpenStandardInput();
        using var output = context.Settings.OpenStandardOutput();
        return LanguageServerHost.RunAsync(input, output, ToolVersion.Current).GetAwaiter().GetResult();
    }
}
