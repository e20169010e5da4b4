using Citaties.Catalog;
using Citaties.Cli.Tests.Support;
using Citaties.Tests;

namespace Citaties.Cli.Tests.Catalog;

[TestFixture]
public class CatalogImportTests
{
    private static string Toestand(string bwb, string title, string date, params (string Nr, bool Repealed)[] articles) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
        $"<toestand bwb-id=\"{bwb}\" inwerkingtreding=\"{date}\"><bwb-inputbestand/><redactionele-correcties/>" +
        $"<wetgeving soort=\"wet\"><intitule>Wet van 2 februari 2020</intitule><citeertitel status=\"officieel\">{title}</citeertitel>" +
        "<wet-besluit><wettekst>" +
        string.Concat(articles.Select(a =>
            $"<artikel status=\"{(a.Repealed ? "vervallen" : "goed")}\"><kop><label>Artikel</label><nr>{a.Nr}</nr></kop><al>Tekst.</al></artikel>")) +
        "</wettekst></wet-besluit></wetgeving></toestand>";

    [Test]
    public void Imports_files_and_folders_into_a_catalog_file_and_reports_each_law()
    {
        using var folder = new TempFolder();
        folder.Write("bwb/proef.xml", Toestand("BWBR0099991", "Wet op de proef", "2024-01-01", ("1", false), ("2", true), ("3", false)));
        folder.Write("los.xml", Toestand("BWBR0099992", "Tweede wet", "2023-07-01", ("1", false)));

        var run = Tool.Run(folder.Path, "catalog", "import", "bwb", "los.xml", "--out", "wetten.json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("BWBR0099991  2024-01-01  Wet op de proef  3 articles, 1 repealed\n"));
        Assert.That(run.Stdout, Does.Contain("BWBR0099992  2023-07-01  Tweede wet  1 articles, 0 repealed\n"));
        Assert.That(run.Stdout, Does.EndWith("wrote wetten.json: 2 law(s)\n"));
        using var stream = File.OpenRead(Path.Combine(folder.Path, "wetten.json"));
        var catalog = CatalogJson.Read(stream, "wetten.json");
        Assert.That(catalog.Laws.Select(l => l.Bwb), Is.EqualTo(new[] { "BWBR0099991", "BWBR0099992" }));
        Assert.That(catalog.Laws[0].Articles!.Select(a => a.Repealed), Is.EqualTo(new[] { false, true, false }));
        Assert.That(Directory.GetFiles(folder.Path, "*.tmp"), Is.Empty);
    }

    [Test]
    public void With_references_counts_the_references_of_each_law_text_read_inside_that_law()
    {
        using var folder = new TempFolder();
        folder.Write("proef.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><toestand bwb-id=\"BWBR0099991\" inwerkingtreding=\"2024-01-01\"><wetgeving soort=\"wet\">" +
            "<intitule>Wet van 2 februari 2020</intitule><citeertitel status=\"officieel\">Wet op de proef</citeertitel><wet-besluit><wettekst>" +
            "<artikel status=\"goed\"><kop><label>Artikel</label><nr>1</nr></kop><al>Artikel 2 is van toepassing.</al></artikel>" +
            "<artikel status=\"goed\"><kop><label>Artikel</label><nr>2</nr></kop><al>Afdeling 3.4 van de Algemene wet bestuursrecht en artikel 1 van deze wet gelden.</al></artikel>" +
            "<artikel status=\"goed\"><kop><label>Artikel</label><nr>3</nr></kop><al>Artikel 7 van de Proefkonijnenwet vervalt.</al></artikel>" +
            "</wettekst></wet-besluit></wetgeving></toestand>");

        var plain = Tool.Run(folder.Path, "catalog", "import", "proef.xml", "--out", "wetten.json");
        var run = Tool.Run(folder.Path, "catalog", "import", "proef.xml", "--out", "wetten.json", "--references");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("BWBR0099991  references: 4, 3 resolved to a law, 2 to this law\n"));
        Assert.That(plain.Stdout, Does.Not.Contain("references:"));
    }

    [Test]
    public void Imports_the_other_files_when_one_is_corrupt_and_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("goed.xml", Toestand("BWBR0099991", "Wet op de proef", "2024-01-01", ("1", false)));
        folder.Write("kapot.xml", "<toestand bwb-id=\"BWBR0099993\"><wetgeving>");

        var run = Tool.Run(folder.Path, "catalog", "import", "goed.xml", "kapot.xml", "--out", "wetten.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("kapot.xml: ").And.Contain("not well-formed XML"));
        Assert.That(run.Stdout, Does.Contain("Wet op de proef"));
        using var stream = File.OpenRead(Path.Combine(folder.Path, "wetten.json"));
        Assert.That(CatalogJson.Read(stream, "wetten.json").Laws.Single().Bwb, Is.EqualTo("BWBR0099991"));
    }

    [Test]
    public void Writes_nothing_when_nothing_could_be_imported()
    {
        using var folder = new TempFolder();
        folder.Write("kapot.xml", "niet eens xml");

        var run = Tool.Run(folder.Path, "catalog", "import", "kapot.xml", "weg.xml", "--out", "wetten.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("weg.xml").And.Contain("wetten.json was not written"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "wetten.json")), Is.False);
    }

    [Test]
    public void Requires_out_and_refuses_to_write_over_an_input()
    {
        using var folder = new TempFolder();
        var input = folder.Write("wet.xml", Toestand("BWBR0099991", "Wet op de proef", "2024-01-01", ("1", false)));
        var before = File.ReadAllText(input);

        var noOut = Tool.Run(folder.Path, "catalog", "import", "wet.xml");
        var overInput = Tool.Run(folder.Path, "catalog", "import", "wet.xml", "--out", "wet.xml");

        Assert.That(noOut.ExitCode, Is.EqualTo(2));
        Assert.That(noOut.Stderr, Does.Contain("--out"));
        Assert.That(overInput.ExitCode, Is.EqualTo(2));
        Assert.That(overInput.Stderr, Does.Contain("is one of the inputs"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(before));
    }

    [Test]
    public void Writes_a_catalog_that_lint_accepts()
    {
        using var folder = new TempFolder();
        folder.Write("wet.xml", Toestand("BWBR0099991", "Wet op de proef", "2024-01-01", ("1", false)));
        folder.Write("a.txt", "Zie BWBR0099991.");
        Assert.That(Tool.Run(folder.Path, "catalog", "import", "wet.xml", "--out", "wetten.json").ExitCode, Is.EqualTo(0));

        var run = Tool.Run(folder.Path, "lint", "--quiet", "--catalog", "wetten.json", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stderr, Is.Empty);
    }

    [Test]
    public void Imports_the_bwb_corpus()
    {
        var bwb = CorpusPaths.RequireCorpus("bwb");
        using var folder = new TempFolder();

        var run = Tool.Run(folder.Path, "catalog", "import", bwb, Path.Combine(bwb, "toestand"), "--out", "corpus.json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("BWBR0005537").And.Contain("Algemene wet bestuursrecht"));
        Assert.That(run.Stdout, Does.Contain("BWBR0045754  2022-05-01  Wet open overheid"));
        using var stream = File.OpenRead(Path.Combine(folder.Path, "corpus.json"));
        Assert.That(CatalogJson.Read(stream, "corpus.json").Laws, Has.Count.GreaterThanOrEqualTo(4));
    }
}
