using System.Text;

namespace Citaties.Catalog.Bwb.Tests;

/// <summary>Builds small BWB documents as strings for the importer tests.</summary>
internal static class BwbXml
{
    public const string WetgevingHeader =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE wetgeving SYSTEM \"http://wetten.overheid.nl/dtd/bwb-plus-meta-1_61w.dtd\">\n";

    public static string Wetgeving(string body, string intitule = "Wet van 1 januari 2000", string bwb = "BWBR0000001") =>
        WetgevingHeader +
        $"<wetgeving bwb-id=\"{bwb}\" dtdversie=\"2.0\" soort=\"wet\"><intitule>{intitule}</intitule>" +
        $"<wet-besluit><wettekst>{body}</wettekst></wet-besluit></wetgeving>";

    public static string Toestand(string body, string citeertitel = "Testwet", string date = "2024-01-01", string bwb = "BWBR0000002") =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
        $"<toestand bwb-id=\"{bwb}\" inwerkingtreding=\"{date}\"><bwb-inputbestand/><redactionele-correcties/>" +
        "<wetgeving soort=\"wet\"><intitule>Wet van 2 februari 2020</intitule>" +
        (citeertitel.Length == 0 ? string.Empty : $"<citeertitel status=\"officieel\">{citeertitel}</citeertitel>") +
        $"<wet-besluit><wettekst>{body}</wettekst></wet-besluit></wetgeving></toestand>";

    public static string Article(string nr, string content = "<al>Tekst.</al>", string attributes = "status=\"goed\"") =>
        $"<artikel {attributes}><kop><label>Artikel</label><nr>{nr}</nr></kop>{content}</artikel>";

    public static string Leden(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<lid><lidnr>{i}</lidnr><al>Lid {i}.</al></lid>"));

    public static BwbImportResult Read(string xml, string sourceName = "test.xml", BwbImportOptions? options = null) =>
        new BwbImporter(options).Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), sourceName);

    public static LawEntry Import(string xml, string sourceName = "test.xml") =>
        new BwbImporter().Import(new MemoryStream(Encoding.UTF8.GetBytes(xml)), sourceName);
}
