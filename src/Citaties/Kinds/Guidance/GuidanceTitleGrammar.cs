using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// What a circular or policy rule is found by, read from its Staatscourant anchor: the publication, read by the
/// gazette grammar (<c>Stcrt. 2004, 245</c>), and the closing bracket if one follows. The title before it is found by
/// <see cref="GuidanceTitleFamily"/>'s look-behind step, which also decides whether that bracket belongs to it.
/// </summary>
internal static class GuidanceTitleGrammar
{
    private static readonly Parser<char> Close =
        from _ in Lexical.OptionalSpace
        from bracket in Parse.Char(')')
        select bracket;

    /// <summary>The Staatscourant of a circular; its span in the gazette is relative to the anchor.</summary>
    public static readonly Parser<Citation> Publication =
        (from gazette in GazetteGrammar.Gazette.Capture()
         from close in Close.Optional()
         select (Citation)new GuidanceCitation
         {
             Gazette = gazette.Value with { Span = new TextSpan(gazette.Start, gazette.End - gazette.Start), Text = gazette.Text },
         })
        .Named("Staatscourant of a circular or policy rule");
}
