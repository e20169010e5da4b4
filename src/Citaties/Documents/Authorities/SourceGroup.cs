namespace Citaties.Documents;

/// <summary>The groups of a table of authorities.</summary>
public enum SourceGroup
{
    /// <summary>Dutch legislation and treaties: articles, BWB ids, Juriconnect, Staatsblad and the like.</summary>
    Legislation,

    /// <summary>EU acts, CELEX numbers, articles of EU acts, the Publicatieblad.</summary>
    EuLaw,

    /// <summary>Kamerstukken, Handelingen, Aanhangsel and their official ids.</summary>
    ParliamentaryPapers,

    /// <summary>Case law: ECLI and LJN.</summary>
    CaseLaw,
}
