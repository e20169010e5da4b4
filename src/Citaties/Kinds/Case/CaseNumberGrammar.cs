using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Case numbers in a case citation: European ones (<c>C-311/18</c>, <c>T-604/18</c>, joined <c>C-511/18, C-512/18
/// en C-520/18</c>, after <c>zaak</c>, <c>zaken</c> or <c>gevoegde zaken</c>), ECtHR application numbers (<c>nr.
/// 6289/73</c>, <c>no. 6289/73</c>, <c>appl. no. 6289/73</c>) and Dutch ones (<c>13/04993</c>, <c>nr. 12/01566</c>).
/// </summary>
internal static class CaseNumberGrammar
{
    private static readonly Parser<string> Appeal = CaseTokens.OneOf("' P'", " P");

    private static readonly Parser<string> ZaakWord = Lexical.Word("zaken").Or(Lexical.Word("zaak"));

    private static readonly Parser<string> ApplicationNumber = CaseTokens.CaseNumber.Where(CaseFacts.IsApplicationNumber);

    private static readonly Parser<IOption<string>> OptionalAppeal = Appeal.Optional();

    /// <summary><c>C-311/18</c>, also <c>C-311/18 P</c> (an appeal); every dash is a hyphen in the window.</summary>
    private static readonly Parser<string> EuNumber =
        (from court in Parse.Chars("CTF")
         from dash in CaseTokens.Hyphen
         from number in Lexical.Digits
         from slash in CaseTokens.Slash
         from year in Lexical.DigitsExactly(2)
         from appeal in OptionalAppeal
         from _ in Lexical.Boundary
         select court + "-" + number + "/" + year + appeal.GetOrElse(string.Empty))
        .Named("EU case number (C-311/18)");

    private static readonly Parser<string> EuJoin = CaseTokens.OneOf("'en'", ", ", " en ", " and ");

    private static readonly Parser<IEnumerable<string>> MoreEuNumbers =
        (from joiner in EuJoin from number in EuNumber select number).Many();

    /// <summary>One or more EU case numbers.</summary>
    public static readonly Parser<IReadOnlyList<string>> EuNumbers =
        from first in EuNumber
        from more in MoreEuNumbers
        select (IReadOnlyList<string>)new[] { first }.Concat(more).ToArray();

    /// <summary><c>zaak</c>, <c>zaken</c>, <c>gevoegde zaken</c> before EU case numbers.</summary>
    public static readonly Parser<string> EuLabel =
        (from joined in (from word in Lexical.Word("gevoegde") from _ in CaseTokens.Space select word).Optional()
         from word in ZaakWord
         from __ in CaseTokens.Space
         select word)
        .Named("'zaak'");

    /// <summary>A Dutch case number or application number (see <see cref="CaseTokens.CaseNumber"/>).</summary>
    private static readonly Parser<string> PlainNumber = CaseTokens.CaseNumber;

    /// <summary><c>appl. no</c>, <c>application no</c>: the ECtHR's own label.</summary>
    private static readonly Parser<string> ApplicationLabel =
        CaseTokens.OneOf("'appl. no'", "appl. no", "application no", "Appl. no", "Application no");

    private static readonly Parser<string> NumberLabel =
        (from label in ApplicationLabel
             .Or(Lexical.Word("zaaknummer")).Or(Lexical.Word("zaaknr")).Or(Lexical.Word("rolnummer")).Or(Lexical.Word("rolnr"))
             .Or(Lexical.Word("nrs")).Or(Lexical.Word("nr")).Or(Lexical.Word("nos")).Or(Lexical.Word("no"))
         from dot in CaseTokens.OptionalDot
         from _ in CaseTokens.OptionalSpace
         select label)
        .Named("'nr.'");

    private static readonly Parser<IEnumerable<string>> MorePlainNumbers =
        (from joiner in CaseTokens.En from number in PlainNumber select number).Many();

    /// <summary>Labelled numbers: <c>nr. 12/01566</c>, <c>nrs. 30562/04 en 30566/04</c>, <c>no. 6289/73</c>.</summary>
    public static readonly Parser<IReadOnlyList<string>> LabelledNumbers =
        from label in NumberLabel
        from first in PlainNumber
        from more in MorePlainNumbers
        select (IReadOnlyList<string>)new[] { first }.Concat(more).ToArray();

    private static readonly Parser<IEnumerable<string>> MoreApplicationNumbers =
        (from joiner in CaseTokens.EnOrAnd from number in ApplicationNumber select number).Many();

    /// <summary>An application number after <c>appl. no.</c> or <c>application no.</c>, which can only be the ECtHR's.</summary>
    public static readonly Parser<IReadOnlyList<string>> ApplicationNumbers =
        from label in ApplicationLabel
        from dot in CaseTokens.OptionalDot
        from _ in CaseTokens.OptionalSpace
        from first in ApplicationNumber
        from more in MoreApplicationNumbers
        select (IReadOnlyList<string>)new[] { first }.Concat(more).ToArray();

    /// <summary>An unlabelled Dutch case number with a slash, as courts print them after the date: <c>13/04993</c>.</summary>
    public static readonly Parser<IReadOnlyList<string>> BareNumber =
        from number in PlainNumber.Where(n => n.IndexOf('/') > 0)
        select (IReadOnlyList<string>)new[] { number };

    private static readonly Parser<IOption<string>> OptionalEuLabel = EuLabel.Optional();

    /// <summary>Any case numbers in the tail of a case citation; each form tried only where its first character stands.</summary>
    public static readonly Parser<IReadOnlyList<string>> Numbers =
        CaseTokens.StartingWith("0123456789", "case number", BareNumber)
        .Or(CaseTokens.StartingWith("CTFzZgG", "case number", from label in OptionalEuLabel from numbers in EuNumbers select numbers))
        .Or(CaseTokens.StartingWith("nNaArRzZ", "case number", LabelledNumbers))
        .Named("case number");
}
