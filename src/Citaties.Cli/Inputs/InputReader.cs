using System;
using System.IO;
using System.Text;

namespace Citaties.Cli.Inputs;

/// <summary>Reads a resolved input as UTF-8 text; HTML files (.html, .htm) are reduced to their text.</summary>
internal sealed class InputReader
{
    private readonly TextReader stdin;

    /// <summary>Reads <c>-</c> from <paramref name="stdin"/>.</summary>
    public InputReader(TextReader stdin)
    {
        this.stdin = stdin;
    }

    /// <summary>The document of <paramref name="input"/>, or null with the reason it could not be read.</summary>
    public LoadedDocument? Read(ResolvedInput input, out string? reason)
    {
        switch (input)
        {
            case StdinInput:
                return ReadStdin(input.DisplayPath, out reason);
            case FileInput file:
                return ReadFile(file, out reason);
            case InputProblem problem:
                reason = problem.Reason;
                return null;
            default:
                throw new ArgumentException($"Unknown input {input}.", nameof(input));
        }
    }

    /// <summary>True for the file names read as HTML.</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private LoadedDocument? ReadStdin(string displayPath, out string? reason)
    {
        string text;
        try
        {
            text = stdin.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            reason = "standard input is not valid UTF-8";
            return null;
        }
        catch (IOException exception)
        {
            reason = "standard input cannot be read: " + exception.Message;
            return null;
        }

        reason = Utf8Text.BinaryReason(text);
        return reason is null ? new LoadedDocument(displayPath, ScanText.Plain(text)) : null;
    }

    private static LoadedDocument? ReadFile(FileInput file, out string? reason)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (FileNotFoundException)
        {
            reason = "no such file or folder";
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            reason = "cannot be read: permission denied";
            return null;
        }
        catch (IOException exception)
        {
            reason = "cannot be read: " + exception.Message;
            return null;
        }

        var text = Utf8Text.TryDecode(bytes, out reason);
        if (text is null)
        {
            return null;
        }

        var scan = IsHtml(file.FullPath) ? HtmlText.Extract(text) : ScanText.Plain(text);
        return new LoadedDocument(file.DisplayPath, scan);
    }
}
