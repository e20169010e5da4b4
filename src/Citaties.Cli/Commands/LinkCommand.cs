using System;
using System.CommandLine;
using System.IO;
using Citaties.Cli.Inputs;
using Citaties.Cli.Settings;
using Citaties.Documents;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties link draft.docx [--out linked.docx]</c>: writes a copy of a document in which every citation with an
/// official link is a link, in the document's own syntax. The input is never changed.
/// </summary>
internal static class LinkCommand
{
    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var input = new Argument<string>("FILE")
        {
            Description = "The document (.docx, .md, .html or .txt).",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write (default: <name>.linked<ext> beside the input).",
            HelpName = "FILE",
        };
        var encoding = CommonOptions.Encoding();
        var command = new Command("link", "Writes a copy of a document in which every citation with an official link is a link: a hyperlink in .docx, [text](url) in Markdown, <a href> in HTML, <url> after it in plain text.")
        {
            input, output, encoding,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(input)!, parsed.GetValue(output), CommonOptions.ParseEncoding(parsed.GetValue(encoding)!)));
        return command;
    }

    private static int Run(CommandContext context, string argument, string? output, EncodingPolicy encoding)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var full = Path.GetFullPath(Path.Combine(workingDirectory, argument));
        var file = new FileInput(DisplayPaths.Normalize(argument), full);
        var settings = CliSettingsResolver.Create(workingDirectory, null, null, null, Array.Empty<string>(), out var problem);
        var documents = new DocumentInputs(context.Stdin, encoding);
        if (settings is null || PreparedInput.Of(file, settings, documents, workingDirectory).Read(documents, out problem) is not (var document, var options))
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        var target = output is null
            ? Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".linked" + Path.GetExtension(full))
            : Path.GetFullPath(Path.Combine(workingDirectory, output));
        var shown = output ?? DisplayPaths.Normalize(Path.Combine(Path.GetDirectoryName(argument) ?? string.Empty, Path.GetFileName(target)));
        try
        {
            var result = document.Link(options.Extract);
            AtomicFile.Write(target, result.Content, full, inPlace: false);
            context.Stdout.WriteLine($"{file.DisplayPath}: {result.Linked} link(s) written to {shown}");
            return CliApp.ExitOk;
        }
        catch (DocumentException exception)
        {
            context.Stderr.WriteLine($"citaties: {DocumentInputs.Describe(exception, file)}");
            return CliApp.ExitUsageOrInputError;
        }
    }
}
