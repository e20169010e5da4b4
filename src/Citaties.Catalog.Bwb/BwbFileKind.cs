namespace Citaties.Catalog.Bwb;

/// <summary>The kinds of BWB XML file the importer recognises by their root element.</summary>
public enum BwbFileKind
{
    /// <summary>The older law text format (root <c>&lt;wetgeving&gt;</c>, e.g. the 2012 downloads).</summary>
    Wetgeving,

    /// <summary>Today's law text format (root <c>&lt;toestand&gt;</c>): one version of a regulation.</summary>
    Toestand,

    /// <summary>Wetstechnische informatie (root <c>&lt;wetstechnische-informatie&gt;</c>): metadata only, no text.</summary>
    WetstechnischeInformatie,

    /// <summary>A repository manifest (root <c>&lt;work&gt;</c>): the list of versions of a regulation, no text.</summary>
    Manifest,
}
