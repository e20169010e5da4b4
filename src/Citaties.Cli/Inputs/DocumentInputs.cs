using System;
using System.Collections.Generic;
using System.IO;
using Citaties.Documents;
using Citaties.OpenXml;

namespace Citaties.Cli.Inputs;

/// <summary>
/// The documents behind resolved inputs, read the same way by every command: through the library's
/// <see cref="DocumentReader"/> with Word documents added, so .txt, .md, .html and .docx are alike everywhere.
/// </summary>
internal sealed class DocumentInputs
{
    private readonly TextReader stdin;

    /// <summary>Reads <c>-</c> from <paramref name="stdin"/>, files with <paramref name="encoding"/> for text without a byte order mark.</summary>
    public DocumentInputs(TextReader stdin, EncodingPolicy encoding)
    {
        this.stdin = stdin;
        Reader = DocumentReader.Default.With(DocxFormat.Instance).WithEncoding(encoding);
    }

    /// <summary>The reader every command uses.</summary>
    public DocumentReader Reader { get; }

    /// <summary>The extensions a folder is searched for.</summary>
    public IReadOnlyList<string> FolderExtensions => Reader.Extensions;

    /// <summary>The document of <paramref name="input"/>, or null with the problem to report (<c>path: reason</c>).</summary>
    public SourceDocument? Read(ResolvedInput input, out string? problem)
    {
        problem = null;
        try
        {
            switch (input)
            {
                case InputProblem bad:
                    problem = $"{bad.DisplayPath}: {bad.Reason}";
                    return null;
                case StdinInput:
                    return Reader.ReadString(input.DisplayPath, ReadStdin(input.DisplayPath));
                case FileInput file:
                    return Reader.ReadFile(file.FullPath, file.DisplayPath);
                default:
                    throw new ArgumentException($"Unknown input {input}.", nameof(input));
            }
        }
        catch (DocumentException exception)
        {
            problem = Describe(exception, input);
            return null;
        }
    }

    /// <summary>An error for the user, named by the path as they gave it when it is about the input.</summary>
    public static string Describe(DocumentException exception, ResolvedInput input) =>
        input is FileInput file && Path.GetFullPath(exception.Path) == file.FullPath
            ? $"{input.DisplayPath}: {exception.Reason}"
            : $"{exception.Path}: {exception.Reason}";

    private string ReadStdin(string name)
    {
        try
        {
            return stdin.ReadToEnd();
        }
        catch (System.Text.DecoderFallbackException exception)
        {
            throw new DocumentException(name, "standard input is not valid UTF-8", exception);
        }
        catch (IOException exception)
        {
            throw new DocumentException(name, "standard input cannot be read: " + exception.Message, exception);
        }
    }
}
