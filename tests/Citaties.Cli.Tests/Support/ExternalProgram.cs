using System.Diagnostics;
using System.Text;

namespace Citaties.Cli.Tests.Support;

/// <summary>What a program run by <see cref="ExternalProgram"/> did.</summary>
public sealed record ExternalRun(string CommandLine, int ExitCode, bool TimedOut, string Output)
{
    public override string ToString() =>
        $"{CommandLine}: {(TimedOut ? "timed out" : $"exit code {ExitCode}")}{Environment.NewLine}{Output}";
}

/// <summary>
/// Programs outside .NET (Node.js, npm) found on PATH and run with a time limit, their standard output and error
/// read together so that a failure shows both in the order written.
/// </summary>
public static class ExternalProgram
{
    /// <summary>The full path of <paramref name="name"/> on PATH, with Windows' extensions tried; null when absent.</summary>
    public static string? Find(string name)
    {
        var extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : new[] { string.Empty };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var folder in folders)
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(folder, name + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs the program in <paramref name="folder"/>; on time-out its whole process tree is killed.</summary>
    public static ExternalRun Run(string folder, TimeSpan timeout, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows() && (program.EndsWith(".cmd", StringComparison.OrdinalIgnoreCase) || program.EndsWith(".bat", StringComparison.OrdinalIgnoreCase)))
        {
            // npm is a batch file on Windows, which only cmd.exe can start.
            start.FileName = "cmd.exe";
            start.ArgumentList.Add("/d");
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        // Nothing answers a prompt here: a program that asks must fail rather than wait for the time-out.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        // The parameterless wait also waits for the last lines of the asynchronous readers.
        process.WaitForExit();
        var commandLine = $"{Path.GetFileName(program)} {string.Join(" ", arguments)}";
        lock (output)
        {
            return new ExternalRun(commandLine, exited ? process.ExitCode : -1, !exited, output.ToString());
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
}
