using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Citaties.Tests;

namespace Citaties.Analyzers.Tests.EndToEnd;

/// <summary>
/// The package as a user gets it: packed into a folder, installed from there into a new console project, run by
/// <c>dotnet build</c> (findings with file, line and column; the analyzer and its dependencies load) and by
/// <c>dotnet format</c> (the code fix), in a temporary folder with its own NuGet packages folder.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[NonParallelizable]
public sealed class PackageEndToEndTests
{
    private const string PackageVersion = "1.0.0-e2e";

    // Each kind of C# text the analyzer reads, one wrong citation in each.
    private const string Program = """
        using System;

        namespace Toeslagen;

        /// <summary>Toeslag volgens artikel 6, lid 4, van de Algemene wet bestuursrecht.</summary>
        [AttributeUsage(AttributeTargets.Class)]
        public sealed class LegalBasisAttribute(string citation) : Attribute
        {
            public string Citation { get; } = citation;
        }

        [LegalBasis("artikel 4:84, lid 1, van de Algemene wet bestuursrecht")]
        public static class Program
        {
            public const string Grondslag = "Kamerstuk 34193, nr. 1";

            public static void Main()
            {
                // Termijn: artikel 6:7, lid 1, van de Algemene wet bestuursrecht.
                Console.WriteLine("Zie artikel 3:4, lid 2, van de Algemene wet bestuursrecht.");
                Console.WriteLine(Grondslag);
            }
        }
        """;

    private const string Notes = """
        # Notities

        De grondslag staat in Kamerstuk 34193, nr. 1.

        Zie ook Kamerstukken II 2019-2020, 35 300, nr. 3.
        """;

    // CIT1002 is an info, which a build does not print: the project's .globalconfig raises it. (The compiler
    // applies an .editorconfig section's severities to C# files only; a finding in an additional file has no tree.)
    private const string GlobalConfig = "is_global = true\ndotnet_diagnostic.CIT1002.severity = warning\n";

    // Found by the package's props above the project folder; CIT1005 shows that it was read.
    private const string Configuration = """{ "dossierStyle": "spaced", "rules": { "CIT1005": "warning" } }""";

    private static readonly BuildFinding[] Expected =
    {
        new("App/Program.cs", 5, 30, "warning", "CIT2003"),
        new("App/Program.cs", 12, 14, "warning", "CIT2003"),
        new("App/Program.cs", 15, 38, "warning", "CIT1003"),
        new("App/Program.cs", 15, 38, "warning", "CIT1004"),
        new("App/Program.cs", 15, 48, "warning", "CIT1005"),
        new("App/Program.cs", 19, 21, "warning", "CIT2003"),
        new("App/Program.cs", 20, 32, "warning", "CIT2003"),
        new("App/docs/notes.md", 3, 23, "warning", "CIT1003"),
        new("App/docs/notes.md", 3, 23, "warning", "CIT1004"),
        new("App/docs/notes.md", 3, 33, "warning", "CIT1005"),
        new("App/docs/notes.md", 5, 9, "warning", "CIT1002"),
    };

    private string root = null!;
    private string feed = null!;
    private string app = null!;
    private DotnetCli dotnet = null!;

    [OneTimeSetUp]
    public void PackAndCreateProject()
    {
        root = Path.Combine(Path.GetTempPath(), "citaties-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        feed = Path.Combine(root, "feed");
        app = Path.Combine(root, "App");
        dotnet = new DotnetCli(Path.Combine(root, ".dotnet"));
        Directory.CreateDirectory(Path.Combine(app, "docs"));

        // What this test assembly was built from: the package project is one of its references, so it is built.
        var configuration = typeof(PackageEndToEndTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        dotnet.Run(
            CorpusPaths.RepositoryRoot,
            "pack", Path.Combine("src", "Citaties.Analyzers.Package", "Citaties.Analyzers.Package.csproj"),
            "--no-build", "-c", configuration, "-o", feed, "-p:PackageVersion=" + PackageVersion).Succeeded();

        // Nothing from the folders above (a Directory.Build.props, an .editorconfig) may reach the project.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(root, "nuget.config"), NuGetConfig());
        File.WriteAllText(Path.Combine(root, "citaties.json"), Configuration);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Citaties.Analyzers" Version="{PackageVersion}" PrivateAssets="all" />
                <AdditionalFiles Include="docs/notes.md" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, ".globalconfig"), GlobalConfig);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(app, "docs", "notes.md"), Notes);
    }

    [OneTimeTearDown]
    public void RemoveTemporaryFolder()
    {
        if (root is not null && Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    [Order(1)]
    public void Package_holds_the_analyzer_its_dependencies_the_build_files_and_the_rule_pages()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"Citaties.Analyzers.{PackageVersion}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.That(entries, Is.SupersetOf(new[]
        {
            "analyzers/dotnet/cs/Citaties.Analyzers.dll",
            "analyzers/dotnet/cs/Citaties.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/Citaties.dll",
            "analyzers/dotnet/cs/Sprache.dll",
            "analyzers/dotnet/cs/System.Text.Json.dll",
            "build/Citaties.Analyzers.props",
            "build/Citaties.Analyzers.targets",
            "buildTransitive/Citaties.Analyzers.props",
            "docs/rules/CIT2003.md",
            "README.md",
        }));
        Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)), Is.Empty,
            "an analyzer package gives nothing to reference and never ships the compiler's own assemblies");
        Assert.That(
            entries.Count(e => e.StartsWith("docs/rules/", StringComparison.Ordinal)),
            Is.EqualTo(Directory.GetFiles(Path.Combine(CorpusPaths.RepositoryRoot, "docs", "rules"), "*.md").Length));
    }

    [Test]
    [Order(2)]
    public void Build_reports_each_citation_with_file_line_and_column_and_the_analyzer_loads()
    {
        var build = dotnet.Run(root, "build", "App").Succeeded();

        Assert.Multiple(() =>
        {
            Assert.That(BuildFindings.Read(build.Output, root), Is.EquivalentTo(Expected), build.Output);
            Assert.That(build.Output, Does.Not.Contain("AD0001").And.Not.Contain("CS8032"), "the analyzer or a dependency failed to load or threw");
        });
    }

    [Test]
    [Order(3)]
    public void Dotnet_format_applies_the_fix_and_the_next_build_is_clean_of_that_rule()
    {
        dotnet.Run(root, "build", "App").Succeeded();

        var format = dotnet.Run(root, "format", "analyzers", Path.Combine("App", "App.csproj"), "--diagnostics", "CIT2003", "--severity", "warn", "--no-restore");
        format.Succeeded();
        var fixedProgram = File.ReadAllText(Path.Combine(app, "Program.cs"));
        var build = dotnet.Run(root, "build", "App", "--no-restore").Succeeded();

        Assert.Multiple(() =>
        {
            Assert.That(fixedProgram, Does.Contain("artikel 6, vierde lid, van de Algemene wet bestuursrecht")
                .And.Contain("\"artikel 4:84, eerste lid, van de Algemene wet bestuursrecht\"")
                .And.Contain("artikel 6:7, eerste lid, van de Algemene wet bestuursrecht")
                .And.Contain("\"Zie artikel 3:4, tweede lid, van de Algemene wet bestuursrecht.\""), format.Output);
            Assert.That(BuildFindings.Read(build.Output, root), Is.EquivalentTo(Expected.Where(f => f.Id != "CIT2003")), build.Output);
            Assert.That(build.Output, Does.Not.Contain("AD0001").And.Not.Contain("CS8032"));
        });
    }

    // The local feed first, then the repository's own sources; packages go to the test's own folder.
    private string NuGetConfig()
    {
        var repository = XDocument.Load(Path.Combine(CorpusPaths.RepositoryRoot, "nuget.config"));
        var sources = repository.Descendants("packageSources").Elements("add")
            .Select(add => new XElement("add", new XAttribute("key", (string?)add.Attribute("key") ?? ""), new XAttribute("value", (string?)add.Attribute("value") ?? "")));
        return new XDocument(new XElement(
            "configuration",
            new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", dotnet.PackagesFolder))),
            new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "citaties-e2e"), new XAttribute("value", feed)), sources))).ToString();
    }
}
