using System.Globalization;
using System.IO;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>The outputs of <c>lint</c> by their <c>--format</c> name.</summary>
internal static class LintOutputs
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly string[] Formats = { "text", "json", "sarif", "github", "gitlab", "junit" };

    /// <summary>What <c>--help</c> says about them.</summary>
    public const string Description =
        "Output format: text (one line per finding), json (the machine interface), sarif (SARIF 2.1.0 for code scanning), "
        + "github (GitHub Actions workflow commands, shown as annotations), gitlab (GitLab Code Quality report) or junit (JUnit XML test results).";

    /// <summary>The output of <paramref name="format"/> on <paramref name="output"/>.</summary>
    public static ILintOutput Create(string format, TextWriter output, CliSettings cli, string? language, SettingsResolver settings) => format switch
    {
        "json" => new LintJsonOutput(output),
        "sarif" => new SarifOutput(
            output,
            cli.WorkingDirectory,
            language == "en" ? CultureInfo.GetCultureInfo("en-GB") : LintOptions.Default.Culture,
            settings.OverrideProfile ?? LintProfile.Literatuur),
        "github" => new GithubOutput(output),
        "gitlab" => new GitlabOutput(output),
        "junit" => new JunitOutput(output),
        _ => new LintTextOutput(output, cli.UseColour),
    };
}
