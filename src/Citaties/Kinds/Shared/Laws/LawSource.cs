namespace Citaties.Model;

/// <summary>How the resolver found the law of a citation (<see cref="LawReference.Source"/>).</summary>
public enum LawSource
{
    /// <summary>The catalog knows the abbreviation, title, EU act or treaty as written.</summary>
    Catalog,

    /// <summary>The document defines the abbreviation before the citation (<c>(hierna: Sv)</c>); its expansion names the law.</summary>
    Definition,

    /// <summary>The configuration (<c>citaties.json</c>) gives the abbreviation's meaning.</summary>
    Configuration,

    /// <summary>The law is the one the document belongs to (<see cref="ExtractOptions.ContextLaw"/>): an article without law inside a law text, <c>van deze wet</c>.</summary>
    ContextLaw,

    /// <summary>A back-reference (<c>van die wet</c>) to the law named last before it.</summary>
    BackReference,

    /// <summary>A title the catalog does not know (a bill, a law newer than the catalog): only the title as written.</summary>
    Written,
}
