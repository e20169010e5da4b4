using Citaties.MSBuild.Tests.Support;

namespace Citaties.MSBuild.Tests;

/// <summary>
/// A project that references the packed Citaties.MSBuild package, built with dotnet build as a user builds it: its
/// documents' findings come out as MSBuild warnings and errors with file, line and column, and an unchanged build
/// does not lint again. One test walks through the builds in order, since each build is seconds of work.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class MSBuildPackageTests
{
    private string project = null!;

    private string Docs => Path.Combine(project, "docs");

    [OneTimeSetUp]
    public void PackAndWriteProject()
    {
        LocalPackages.Pack("src/Citaties.MSBuild/Citaties.MSBuild.csproj");
        project = Path.Combine(LocalPackages.Folder, "project");
        Directory.CreateDirectory(Docs);
        File.WriteAllText(Path.Combine(project, "nuget.config"), LocalPackages.NuGetConfig());
        File.WriteAllText(Path.Combine(project, "Documents.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Citaties.MSBuild" Version="{LocalPackages.Version}" PrivateAssets="all" />
                <CitatiesDocument Include="docs/**/*.md;docs/**/*.docx" Profile="toelichting" />
                <CitatiesDocument Include="docs/**/*.txt" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Docs, "toelichting.md"), "# Toelichting\n\nZie artikel 6, lid 4, van de Algemene wet bestuursrecht.\n");
        File.WriteAllText(Path.Combine(Docs, "brief.txt"), "Geachte voorzitter,\nZie Kamerstuk 28 638, nr. 178.\n");
        WordDraft.Write(Path.Combine(Docs, "ontwerp.docx"), "Artikel 1", "Zie artikel 6, lid 4, van de Algemene wet bestuursrecht.");
    }

    [Test]
    public void Findings_are_build_warnings_and_errors_with_file_line_and_column_and_an_unchanged_build_lints_nothing()
    {
        var first = Build();
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Output, Does.Contain("Citaties: 3 document(s) linted, 4 finding(s)"));
        var findings = BuildFinding.In(first.Output);
        Assert.That(findings.Select(f => (Path.GetFileName(f.File), f.Line, f.Column, f.EndLine, f.EndColumn, f.Severity, f.Code)), Is.EquivalentTo(new[]
        {
            // Markdown and text: lines and columns of the file itself.
            ("toelichting.md", 3, 5, 3, 56, "warning", "CIT2003"),
            ("brief.txt", 2, 5, 2, 30, "warning", "CIT1003"),
            ("brief.txt", 2, 5, 2, 30, "warning", "CIT1004"),
            // Word: the line is the paragraph of the extracted text.
            ("ontwerp.docx", 2, 5, 2, 56, "warning", "CIT2003"),
        }), first.Output);
        Assert.That(findings.Select(f => f.File), Is.All.StartWith(Docs), "full paths, so the IDE and CI can open the file");
        Assert.That(findings.Single(f => f.File.EndsWith("ontwerp.docx", StringComparison.Ordinal)).Message,
            Does.EndWith("(in /word/document.xml, paragraph 2, under \"Artikel 1\")"));

        var unchanged = Build();
        Assert.That(unchanged.ExitCode, Is.Zero, unchanged.ToString());
        Assert.That(unchanged.Output, Does.Not.Contain("document(s) linted"), "nothing changed, so nothing is linted");
        Assert.That(BuildFinding.In(unchanged.Output), Is.Empty);

        // An edit lints again; a finding at the default fail-on level (error) fails the build, at its place.
        File.AppendAllText(Path.Combine(Docs, "brief.txt"), "Zie Stb. 575.\n");
        var edited = Build();
        Assert.That(edited.ExitCode, Is.Not.Zero, edited.ToString());
        Assert.That(edited.Output, Does.Contain("Citaties: 3 document(s) linted, 5 finding(s)"));
        Assert.That(BuildFinding.In(edited.Output).Where(f => f.Severity == "error").Select(f => (Path.GetFileName(f.File), f.Line, f.Column, f.Code)),
            Is.EqualTo(new[] { ("brief.txt", 3, 5, "CIT4001") }), edited.Output);
    }

    private ProcessResult Build() =>
        Dotnet.Run(project, LocalPackages.Environment, "build", "-nodeReuse:false", "-tl:off", "-clp:NoSummary");
}
