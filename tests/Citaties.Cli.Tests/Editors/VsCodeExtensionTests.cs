using System.Text.Json;
using Citaties.Cli.Tests.Support;
using Citaties.Tests;

namespace Citaties.Cli.Tests.Editors;

/// <summary>
/// editors/vscode builds as its README says (<c>npm ci</c>, then <c>npm run compile</c>: a strict type check and
/// the bundle), in a copy of the folder so that the test writes nothing into the repository. Skipped with a reason
/// where Node.js or npm is absent; a registry that cannot be reached fails it with npm's output, as CI has one.
/// </summary>
[TestFixture]
public class VsCodeExtensionTests
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(2);

    // What a build or a local install leaves in the folder; a copy of it would not test npm ci.
    private static readonly string[] LeftOut = { "node_modules", "dist", "out" };

    [Test]
    public void The_extension_installs_and_compiles()
    {
        var node = ExternalProgram.Find("node");
        if (node is null)
        {
            Assert.Ignore("Node.js (node) is not on PATH, so the VS Code extension's build is not checked.");
        }

        var npm = ExternalProgram.Find("npm");
        if (npm is null)
        {
            Assert.Ignore("npm is not on PATH, so the VS Code extension's build is not checked.");
        }

        RequireNode20(node!);

        using var folder = new TempFolder();
        var source = Path.Combine(CorpusPaths.RepositoryRoot, "editors", "vscode");
        Copy(source, folder.Path);

        var install = ExternalProgram.Run(folder.Path, InstallTimeout, npm!, "ci", "--no-audit", "--no-fund");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());

        var compile = ExternalProgram.Run(folder.Path, CompileTimeout, npm!, "run", "compile");
        Assert.That(compile.ExitCode, Is.EqualTo(0), compile.ToString());

        var main = MainEntry(Path.Combine(folder.Path, "package.json"));
        Assert.That(File.Exists(Path.Combine(folder.Path, main)), Is.True, $"package.json's main, {main}, was not written.{Environment.NewLine}{compile}");
    }

    private static void RequireNode20(string node)
    {
        var version = ExternalProgram.Run(Path.GetTempPath(), TimeSpan.FromSeconds(30), node, "--version");
        // "v20.20.2": the extension's README and its build tools (vsce 3.9) ask for 20 or later.
        var major = version.Output.Trim().TrimStart('v').Split('.')[0];
        if (version.ExitCode != 0 || !int.TryParse(major, out var number) || number < 20)
        {
            Assert.Ignore($"The VS Code extension's build needs Node.js 20 or later; node --version said '{version.Output.Trim()}'.");
        }
    }

    private static string MainEntry(string packageJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
        Assert.That(document.RootElement.TryGetProperty("main", out var main) && main.ValueKind == JsonValueKind.String, Is.True, "package.json has no main");
        return main.GetString()!;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from))
        {
            if (!file.EndsWith(".vsix", StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }

        foreach (var child in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(child);
            if (Array.IndexOf(LeftOut, name) < 0)
            {
                var target = Path.Combine(to, name);
                Directory.CreateDirectory(target);
                Copy(child, target);
            }
        }
    }
}
