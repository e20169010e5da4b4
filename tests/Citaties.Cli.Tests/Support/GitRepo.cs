using System.Diagnostics;

namespace Citaties.Cli.Tests.Support;

/// <summary>git in a test folder, with a committer set so that commits work on any machine.</summary>
public static class GitRepo
{
    /// <summary>Makes <paramref name="folder"/> a repository with everything in it committed.</summary>
    public static void InitAndCommitAll(string folder)
    {
        Git(folder, "init", "-q", "-b", "main");
        CommitAll(folder, "eerste");
    }

    /// <summary>Commits every change in <paramref name="folder"/>.</summary>
    public static void CommitAll(string folder, string message)
    {
        Git(folder, "add", "-A");
        Git(folder, "-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", message);
    }

    /// <summary>Runs git and returns its output; fails the test when git fails.</summary>
    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), $"git {string.Join(" ", arguments)}: {error}");
        return output;
    }
}
