using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Inputs;

/// <summary>
/// One input made ready on the calling thread, in input order: its options, and for standard input the document
/// already read; or the problem to report (null when it was reported for an earlier input). The settings resolver
/// reports a bad configuration only for the first input under it, and standard input is one stream that the first
/// <c>-</c> reads, so both must happen in input order; files are then read by <see cref="Read"/> on any thread.
/// </summary>
internal sealed record PreparedInput(ResolvedInput Input, LintOptions? Options, SourceDocument? Stdin, string? Problem)
{
    /// <summary>Works out the options of <paramref name="input"/>, reading it now if it is standard input.</summary>
    public static PreparedInput Of(ResolvedInput input, SettingsResolver settings, DocumentInputs documents, string workingDirectory)
    {
        if (input is InputProblem bad)
        {
            return new PreparedInput(input, null, null, $"{bad.DisplayPath}: {bad.Reason}");
        }

        var options = settings.For((input as FileInput)?.FullPath ?? workingDirectory, out var problem);
        if (options is null || input is not StdinInput)
        {
            return new PreparedInput(input, options, null, problem);
        }

        var stdin = documents.Read(input, out problem);
        return stdin is null ? new PreparedInput(input, null, null, problem) : new PreparedInput(input, options, stdin, null);
    }

    /// <summary>The document with its options, or null with the problem to report.</summary>
    public (SourceDocument Document, LintOptions Options)? Read(DocumentInputs documents, out string? problem)
    {
        problem = Problem;
        if (Options is null)
        {
            return null;
        }

        var document = Stdin ?? documents.Read(Input, out problem);
        return document is null ? null : (document, Options);
    }
}
