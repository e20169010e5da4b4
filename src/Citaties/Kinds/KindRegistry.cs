using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Every citation kind, one line each. A kind lives in its own folder <c>Kinds/&lt;Kind&gt;/</c>: its record
/// (which formats itself, builds its links and writes its JSON fields), its grammar, its family (anchors and
/// cheap check), its fast reader where one was measured to pay, its formatter, links and fields. Adding a kind
/// is that folder, a <see cref="CitationKind"/> value (whose camelCase name is its JSON <c>kind</c>) and one
/// line here. Nothing under <c>Kinds/</c> refers back to this list, so the kinds depend on <c>Model/</c> and
/// <c>Kinds/Shared/</c> only, and this file on them.
/// </summary>
/// <remarks>
/// Namespaces: the public records and their public value types stay in <c>Citaties.Model</c> wherever their
/// file lives, so a user needs one <c>using</c> for every record and the public API does not move when a kind
/// gets a folder. Everything internal to the
/// kinds (grammars, readers, families, formatters, links, fields and the shared tokens) is in this one
/// namespace, <c>Citaties.Kinds</c>, whatever subfolder holds it: the folders sort the files, the namespace
/// marks the layer that the scanner, the resolver and the rules build on.
/// </remarks>
internal static class KindRegistry
{
    /// <summary>
    /// The kinds in the order their families are tried where two share an anchor: the first that parses wins.
    /// </summary>
    public static IReadOnlyList<KindRegistration> All { get; } = new KindRegistration[]
    {
        new(CitationKind.Bwb, BwbFamily.Instance),
        new(CitationKind.Kamerstuk, KamerstukFamily.Instance, KamerstukIdFamily.Instance),
        new(CitationKind.Handelingen, HandelingenFamily.Instance),
        new(CitationKind.Aanhangsel, AanhangselFamily.Instance),
        new(CitationKind.Ecli, EcliFamily.Instance),
        new(CitationKind.Ljn, LjnFamily.Instance),
        new(CitationKind.Gazette, GazetteFamily.Instance),
        new(CitationKind.EuAct, EuActFamily.Instance),
        new(CitationKind.Celex, CelexFamily.Instance),
        new(CitationKind.Jci, JciFamily.Instance),
        new(CitationKind.OfficialId, OfficialIdFamily.Instance),
        new(CitationKind.Article, ArticleFamily.Instance, DivisionFamily.Instance, ParagraphFirstFamily.Instance,
            BookArticleFamily.WithoutKeyword, BookArticleFamily.LawFirst),
        new(CitationKind.Definition, DefinitionFamily.Instance),
        new(CitationKind.Case, CaseFamily.Instance),
        new(CitationKind.Law, LawFamily.Instance),
        new(CitationKind.Guidance, GuidanceFamily.Instance, GuidanceTitleFamily.Instance),
    };

    /// <summary>Every family of every kind, in the order of <see cref="All"/>: what the extractor scans for.</summary>
    public static IReadOnlyList<CitationFamily> Families { get; } = All.SelectMany(kind => kind.Families).ToArray();

    /// <summary>
    /// The families scanned in the text of a law (<c>ExtractOptions.ContextLaw</c>): every family, then articles without a
    /// number (<c>het eerste lid</c>, <c>dat artikel</c>), which mean nothing one can follow in other texts, and whose
    /// anchor "het" would cost every Dutch text a look; and parts of a law without the law (<c>afdeling 3.4</c>), which
    /// elsewhere are the text's own.
    /// </summary>
    public static IReadOnlyList<CitationFamily> LawTextFamilies { get; } =
        Families.Append(ArticlePointerFamily.Instance).Append(OwnDivisionFamily.Instance).ToArray();
}

/// <summary>What one kind contributes to the pipeline besides its record.</summary>
internal sealed class KindRegistration
{
    public KindRegistration(CitationKind kind, params CitationFamily[] families)
    {
        if (families.Length == 0)
        {
            throw new ArgumentException("A kind needs a family, or nothing ever finds it in text.", nameof(families));
        }

        Kind = kind;
        Families = families;
    }

    /// <summary>The kind, as its record reports it.</summary>
    public CitationKind Kind { get; }

    /// <summary>The families that find this kind in text (a Kamerstuk by its label and by its bare id).</summary>
    public IReadOnlyList<CitationFamily> Families { get; }
}
