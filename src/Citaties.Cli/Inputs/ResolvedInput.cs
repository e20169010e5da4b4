namespace Citaties.Cli.Inputs;

/// <summary>One input after resolving the command line: a file, standard input, or a problem to report.</summary>
/// <param name="DisplayPath">The path as the user will see it in the output: as given, with forward slashes.</param>
internal abstract record ResolvedInput(string DisplayPath);

/// <summary>A file to read.</summary>
/// <param name="DisplayPath">The path as shown in the output.</param>
/// <param name="FullPath">The absolute path to open.</param>
internal sealed record FileInput(string DisplayPath, string FullPath) : ResolvedInput(DisplayPath);

/// <summary>Standard input, given as <c>-</c>; it is shown as <c>-</c> too.</summary>
internal sealed record StdinInput() : ResolvedInput(InputResolver.StdinArgument);

/// <summary>An argument that gave no file to read, and why.</summary>
/// <param name="DisplayPath">The argument as given.</param>
/// <param name="Reason">What went wrong, in words for the user.</param>
internal sealed record InputProblem(string DisplayPath, string Reason) : ResolvedInput(DisplayPath);
