namespace Citaties.Cli.Tests.Support;

/// <summary>Runs <see cref="CliApp"/> in-process with string streams.</summary>
public static class Tool
{
    public static CliRun Run(string workingDirectory, params string[] args) =>
        RunWithStdin(workingDirectory, string.Empty, args);

    public static CliRun RunWithStdin(string workingDirectory, string stdin, params string[] args) =>
        RunWith(new CliSettings { WorkingDirectory = workingDirectory, UseColour = false }, stdin, args);

    public static CliRun RunWith(CliSettings settings, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = new CliApp(settings).Run(args, input, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
