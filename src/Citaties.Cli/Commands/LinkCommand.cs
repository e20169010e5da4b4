using System.CommandLine;
using System.IO;
using Citaties.Cli.Inputs;
using Citaties.Cli.Linting;
using Citaties.OpenXml;
using Citaties.OpenXml.Input;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties link draft.docx [--out linked.docx]</c>: writes a copy of a Word document in which every citation
/// with an official link is a hyperlink. The input is never changed.
/// </summary>
internal static class LinkCommand
{
    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var input = new Argument<string>("FILE")
        {
            Description = "The Word document (.docx).",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write (default: <name>.linked.docx beside the input).",
            HelpName = "FILE",
        };
        var command = new Command("link", "Writes a copy of a .docx in which every citation with an official link is a hyperlink.")
        {
            input, output,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(input)!, parsed.GetValue(output)));
        return command;
    }

    private static int Run(CommandContext context, string argument, string? output)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var full = Path.GetFullPath(Path.Combine(workingDirectory, argument));
        var file = new FileInput(DisplayPaths.Normalize(argument), full);
        if (!WordDocuments.Is(file))
        {
            context.Stderr.WriteLine($"citaties: {file.DisplayPath}: link works on Word documents (.docx) only");
            return CliApp.ExitUsageOrInputError;
        }

        var target = output is null
            ? Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".linked.docx")
            : Path.GetFullPath(Path.Combine(workingDirectory, output));
        var shown = output ?? DisplayPaths.Normalize(Path.Combine(Path.GetDirectoryName(argument) ?? string.Empty, Path.GetFileName(target)));
        try
        {
            var links = DocxLinter.Link(full, target);
            context.Stdout.WriteLine($"{file.DisplayPath}: {links} link(s) written to {shown}");
            return CliApp.ExitOk;
        }
        catch (DocxException exception)
        {
            context.Stderr.WriteLine($"citaties: {DocumentLinter.Describe(exception, file)}");
            return CliApp.ExitUsageOrInputError;
        }
    }
}
