using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Citaties.MSBuild.Tests.Support;

namespace Citaties.MSBuild.Tests;

/// <summary>
/// Every package a user can install reads well on its gallery page and in a debugger: a readme, a description,
/// tags, the licence expression, the project and repository URL of Directory.Build.props, and symbols (a .snupkg
/// with the PDBs, or PDBs embedded in the assemblies that ship inside another package's folder).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PackageMetadataTests
{
    private static readonly (string Project, string Id, bool SymbolPackage)[] Packages =
    {
        ("src/Citaties/Citaties.csproj", "Citaties", true),
        ("src/Citaties.OpenXml/Citaties.OpenXml.csproj", "Citaties.OpenXml", true),
        ("src/Citaties.Catalog.Bwb/Citaties.Catalog.Bwb.csproj", "Citaties.Catalog.Bwb", true),
        ("src/Citaties.Cli/Citaties.Cli.csproj", "Citaties.Cli", true),
        ("src/Citaties.Analyzers.Package/Citaties.Analyzers.Package.csproj", "Citaties.Analyzers", false),
        ("src/Citaties.MSBuild/Citaties.MSBuild.csproj", "Citaties.MSBuild", false),
    };

    private static IEnumerable<TestCaseData> Cases() =>
        Packages.Select(p => new TestCaseData(p.Project, p.Id, p.SymbolPackage).SetArgDisplayNames(p.Id));

    [TestCaseSource(nameof(Cases))]
    public void A_package_has_a_readme_complete_metadata_and_symbols(string project, string id, bool symbolPackage)
    {
        LocalPackages.Pack(project);
        var package = Path.Combine(LocalPackages.Source, $"{id}.{LocalPackages.Version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName == id + ".nuspec").Open()).Root!;
        var ns = nuspec.GetDefaultNamespace();
        var metadata = nuspec.Element(ns + "metadata")!;
        string? Value(string name) => metadata.Element(ns + name)?.Value;

        Assert.That(Value("description"), Has.Length.GreaterThan(40), "a description a user can read");
        Assert.That(Value("tags"), Does.Contain("citations"));
        Assert.That(metadata.Element(ns + "license")?.Attribute("type")?.Value, Is.EqualTo("expression"));
        Assert.That(Value("license"), Is.EqualTo("MIT"));
        Assert.That(Value("icon"), Is.Null);
        var projectUrl = ProjectUrl();
        Assert.That(Value("projectUrl"), Is.EqualTo(projectUrl));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Is.EqualTo(projectUrl));
        var readme = Value("readme");
        Assert.That(readme, Is.EqualTo("README.md"));
        using (var text = new StreamReader(zip.GetEntry(readme!)!.Open()))
        {
            Assert.That(text.ReadToEnd(), Does.StartWith("# " + id));
        }

        var assemblies = zip.Entries.Where(e => e.Name.StartsWith("Citaties", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.That(assemblies, Is.Not.Empty);
        if (symbolPackage)
        {
            using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package, ".snupkg"));
            var pdbs = symbols.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
            Assert.That(assemblies.Select(a => Path.ChangeExtension(a.FullName, ".pdb")), Is.SubsetOf(pdbs), "a PDB in the .snupkg for each of the project's assemblies");
        }
        else
        {
            foreach (var assembly in assemblies.Where(a => a.Name.StartsWith(id, StringComparison.Ordinal)))
            {
                Assert.That(HasEmbeddedPdb(assembly), Is.True, $"{assembly.FullName} carries its PDB");
            }
        }
    }

    // The URL is defined once, in Directory.Build.props; every package must carry that one.
    private static string ProjectUrl() =>
        XDocument.Load(Repository.Path("Directory.Build.props")).Descendants("CitatiesProjectUrl").Single().Value;

    private static bool HasEmbeddedPdb(ZipArchiveEntry assembly)
    {
        using var copy = new MemoryStream();
        using (var stream = assembly.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var reader = new PEReader(copy);
        return reader.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }
}
