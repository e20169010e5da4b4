using System.Diagnostics;
using System.Text;

namespace Citaties.MSBuild.Tests.Support;

/// <summary>What a dotnet command (or an installed tool) printed, and how it ended.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for a failure message.</summary>
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}

/// <summary>
/// Runs dotnet and installed tools as a user's shell would: no build server left behind, no terminal logger, and
/// none of the MSBuild variables that the test host inherits from its own `dotnet test` (they would point the child
/// build at the parent's SDK internals).
/// </summary>
public static class Dotnet
{
    private static readonly string[] Inherited = { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE" };

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Start("dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs the program <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessResult Start(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var info = Info(fileName, workingDirectory, environment, arguments);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran over {Limit}:\n{output}\n{error}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Starts the program <paramref name="fileName"/> with its standard streams redirected and left to the caller, for
    /// a tool that talks over them (<c>citaties lsp</c>); the caller ends it.
    /// </summary>
    public static Process Launch(string fileName, string workingDirectory, params string[] arguments)
    {
        var info = Info(fileName, workingDirectory, null, arguments);
        info.RedirectStandardInput = true;
        return Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
    }

    private static ProcessStartInfo Info(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var name in Inherited)
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
