using System.Collections.Generic;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The parts after the date of a case citation other than identifiers, numbers and reports: the pinpoint
/// (<c>r.o. 3.8</c>, <c>par. 45</c>, <c>punt 32 en 33</c>), the conclusion of the Advocate General (<c>(concl. A-G
/// J. Spier)</c>, <c>na conclusie Kokott</c>) and the nickname in brackets (<c>(Schrems II)</c>).
/// </summary>
internal static class CaseDetailGrammar
{
    private static readonly string[] PinpointLabels =
    {
        "rechtsoverwegingen", "rechtsoverweging", "overwegingen", "overweging", "r.o.v.", "r.ov.", "r.o.", "rov.", "ro.",
        "paras.", "para.", "par.", "punten", "punt", "ov.", "§§", "§",
    };

    private static readonly Parser<string> PinpointLabel = CaseTokens.OneOf("'r.o.'", PinpointLabels);

    /// <summary>The letter of <c>4.2a</c>, standing alone.</summary>
    private static readonly Parser<char> SubLetter = Parse.Lower.Then(l => Parse.Not(Parse.LetterOrDigit).Return(l));

    private static readonly Parser<IEnumerable<string>> DottedDigits =
        (from dot in CaseTokens.Dot from digits in Lexical.Digits select "." + digits).Many();

    private static readonly Parser<IOption<char>> OptionalSubLetter = SubLetter.Optional();

    /// <summary><c>3.8</c>, <c>45</c>, <c>4.2a</c>.</summary>
    private static readonly Parser<string> PinpointNumber =
        from head in Lexical.Digits
        from rest in DottedDigits
        from letter in OptionalSubLetter
        select head + string.Concat(rest) + (letter.IsDefined ? letter.Get().ToString() : string.Empty);

    private static readonly Parser<string> PinpointJoin = CaseTokens.OneOf("'en'", " - ", "-", " en ", " t/m ", " tot en met ");

    private static readonly Parser<IEnumerable<string>> MorePinpointNumbers =
        (from joiner in PinpointJoin from number in PinpointNumber select joiner + number).Many();

    /// <summary>The passage cited, as written: <c>r.o. 3.8</c>, <c>r.o. 4.2-4.4</c>, <c>punt 32 en 33</c>.</summary>
    public static readonly Parser<string> Pinpoint =
        (from label in PinpointLabel
         from space in CaseTokens.OptionalSpace
         from first in PinpointNumber
         from more in MorePinpointNumbers
         from _ in Lexical.Boundary
         select label + (space.IsDefined ? " " : string.Empty) + first + string.Concat(more))
        .Named("pinpoint");

    private static readonly Parser<string> ConclusionLabel = CaseTokens.OneOf("'concl.'", "concl.", "conclusie");

    private static readonly Parser<string> AdvocateGeneral = CaseTokens.OneOf("'A-G'", "A-G ", "AG ");

    private static readonly Parser<string> After = CaseTokens.OneOf("'na'", "na ");

    /// <summary><c>concl. A-G J. Spier</c>, <c>conclusie Kokott</c>: the name of the Advocate General.</summary>
    private static readonly Parser<string> ConclusionBody =
        from word in ConclusionLabel
        from _ in CaseTokens.Space
        from title in AdvocateGeneral.Optional()
        from name in PersonNameGrammar.Name
        select name;

    /// <summary>The conclusion in brackets (<c>(concl. A-G J. Spier)</c>) or after a comma (<c>na conclusie Kokott</c>).</summary>
    public static readonly Parser<string> Conclusion =
        (from open in CaseTokens.Open from name in ConclusionBody from close in CaseTokens.Close select name)
        .Or(from na in After.Optional() from name in ConclusionBody select name)
        .Named("conclusion");

    private static readonly Parser<char> NicknameStart =
        Parse.Char(c => char.IsUpper(c) || c is '[' or '"' or '\'' or '\u2018' or '\u201C', "capital");

    private static readonly Parser<string> NicknameRest =
        Parse.Char(c => c is not ('(' or ')') && !char.IsDigit(c), "nickname").Repeat(0, 60).Text();

    /// <summary>
    /// A nickname in brackets: <c>(Schrems II)</c>, <c>(Marks &amp; Spencer II)</c>, <c>(OZ/[...])</c>. It begins with a
    /// capital, a quote or an anonymised <c>[</c> and holds no digit and no other bracket, so that neither a remark
    /// (<c>(zie ook ...)</c>) nor another citation (<c>(HR 5 juni 2009, NJ 2010/33)</c>) is taken for one.
    /// </summary>
    public static readonly Parser<string> Nickname =
        (from open in CaseTokens.Open
         from first in NicknameStart
         from rest in NicknameRest
         from close in CaseTokens.Close
         select (first + rest).Trim())
        .Named("nickname");
}
