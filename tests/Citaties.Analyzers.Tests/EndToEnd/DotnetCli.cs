using System.Diagnostics;
using System.Text;

namespace Citaties.Analyzers.Tests.EndToEnd;

/// <summary>
/// Runs the <c>dotnet</c> that runs the tests, in a folder of the test's own: its CLI home, NuGet caches and
/// packages folder are under that folder, no build server or MSBuild node outlives the command, and nothing of the
/// test host's MSBuild environment leaks in.
/// </summary>
internal sealed class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string home;

    public DotnetCli(string home) => this.home = home;

    /// <summary>The NuGet packages folder of these commands (also named in the nuget.config the test writes).</summary>
    public string PackagesFolder => Path.Combine(home, "packages");

    public CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment (dotnet test); a nested build must start clean.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_HOME"] = Path.Combine(home, "cli-home");
        start.Environment["NUGET_PACKAGES"] = PackagesFolder;
        start.Environment["NUGET_HTTP_CACHE_PATH"] = Path.Combine(home, "http-cache");
        start.Environment["NUGET_PLUGINS_CACHE_PATH"] = Path.Combine(home, "plugins-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish within {Timeout.TotalMinutes} minutes:\n{output}");
        }

        process.WaitForExit();
        TestContext.Progress.WriteLine($"dotnet {string.Join(' ', arguments)}: exit {process.ExitCode} in {watch.Elapsed.TotalSeconds:0.0} s");
        lock (output)
        {
            return new CommandResult($"dotnet {string.Join(' ', arguments)}", process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    // The dotnet of the test run (dotnet test sets DOTNET_HOST_PATH), else the one on the path.
    private static string DotnetPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>What a command printed, and how it ended.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output)
{
    /// <summary>Fails the test with the whole output unless the command succeeded.</summary>
    public CommandResult Succeeded()
    {
        Assert.That(ExitCode, Is.Zero, $"{Command} failed (exit code {ExitCode}):\n{Output}");
        return this;
    }
}
