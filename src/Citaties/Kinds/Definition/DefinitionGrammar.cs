using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The bracket of an abbreviation definition, parsed from its opening bracket: <c>(hierna: Sv)</c>,
/// <c>(hierna te noemen: "de Wet")</c>, <c>(verder: X)</c>, <c>(Digital Services Act, hierna: DSA)</c> and the bare
/// <c>(Wgts)</c>. Where the expansion before the bracket begins is decided afterwards, by
/// <see cref="ExpansionFinder"/>; the spans this grammar sets are relative to the opening bracket.
/// </summary>
internal static class DefinitionGrammar
{
    /// <summary>Longest abbreviation accepted after <c>hierna:</c>, in characters.</summary>
    public const int MaxAbbreviationLength = 40;

    /// <summary>Longest bare abbreviation, <c>(Wgts)</c>, in characters.</summary>
    public const int MaxBareLength = 12;

    /// <summary>The quote characters an abbreviation may stand between.</summary>
    internal const string Quotes = "\"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u00AB\u00BB`";

    private static readonly char[] SpaceSeparator = { ' ' };

    private static readonly Parser<char> Open = Parse.Char('(').Named("'('");

    private static readonly Parser<char> Close =
        from _ in Lexical.OptionalSpace
        from c in Parse.Char(')').Named("')'")
        select c;

    private static readonly Parser<DefinitionForm> HiernaVariant =
        (from _ in Lexical.Space
         from te in Lexical.Word("te")
         from __ in Lexical.Space
         from noemen in Lexical.Word("noemen")
         select DefinitionForm.HiernaTeNoemen)
        .Or(from _ in Lexical.Space from ook in Lexical.Word("ook") select DefinitionForm.HiernaOok)
        .Or(from _ in Lexical.Space from genoemd in Lexical.Word("genoemd") select DefinitionForm.HiernaGenoemd);

    private static readonly Parser<char> Colon =
        from _ in Lexical.OptionalSpace
        from c in Parse.Char(':').Named("':'")
        select c;

    /// <summary><c>hierna</c> with its variants, the colon optional (<c>hierna te noemen X</c> is common).</summary>
    private static readonly Parser<DefinitionForm> HiernaLead =
        (from hierna in Lexical.Word("hierna")
         from variant in HiernaVariant.Optional()
         from colon in Colon.Optional()
         from _ in Lexical.OptionalSpace
         select variant.GetOrElse(DefinitionForm.Hierna))
        .Named("'hierna:'");

    /// <summary><c>verder:</c>, the colon required: without it "(verder ...)" is ordinary prose.</summary>
    private static readonly Parser<DefinitionForm> VerderLead =
        (from verder in Lexical.Word("verder")
         from colon in Colon
         from _ in Lexical.OptionalSpace
         select DefinitionForm.Verder)
        .Named("'verder:'");

    private static readonly Parser<DefinitionForm> Lead = HiernaLead.Or(VerderLead);

    /// <summary>The abbreviation after the lead, optionally quoted, up to the closing bracket.</summary>
    private static readonly Parser<Abbreviated> AbbreviationBody =
        (from openQuote in Parse.Chars(Quotes).Optional()
         from body in Parse.CharExcept("()[];:" + Quotes).AtLeastOnce().Text().Span()
         from closeQuote in Parse.Chars(Quotes).Optional()
         from close in Close
         let trimmed = body.Value.TrimEnd(' ')
         where IsAbbreviation(trimmed)
         select new Abbreviated(trimmed, new TextSpan(body.Start.Pos, trimmed.Length), openQuote.IsDefined && closeQuote.IsDefined))
        .Named("abbreviation");

    private static readonly Parser<AbbreviationDefinition> Hierna =
        from open in Open
        from _ in Lexical.OptionalSpace
        from form in Lead
        from abbreviation in AbbreviationBody
        select Build(form, abbreviation, default, string.Empty);

    private static readonly Parser<AbbreviationDefinition> Inside =
        from open in Open
        from _ in Lexical.OptionalSpace
        from inner in Parse.CharExcept("()[],;:").AtLeastOnce().Text().Span()
        let name = inner.Value.TrimEnd(' ')
        where IsName(name)
        from separator in Parse.Chars(",;")
        from __ in Lexical.OptionalSpace
        from form in Lead
        from abbreviation in AbbreviationBody
        select Build(DefinitionForm.HiernaInside, abbreviation, new TextSpan(inner.Start.Pos, name.Length), name);

    private static readonly Parser<AbbreviationDefinition> Bare =
        from open in Open
        from letters in Parse.Upper.Once().Concat(Parse.Letter.Many()).Text().Span()
        where letters.Length >= 2 && letters.Length <= MaxBareLength
        from close in Parse.Char(')')
        select Build(DefinitionForm.Bracketed, new Abbreviated(letters.Value, new TextSpan(letters.Start.Pos, letters.Length), false), default, string.Empty);

    /// <summary>
    /// A definition bracket; the expansion of every form but <see cref="DefinitionForm.HiernaInside"/> is left
    /// empty. Which form to parse is decided by looking ahead, because brackets are frequent and a Sprache
    /// alternative that fails costs as much as one that succeeds.
    /// </summary>
    public static readonly Parser<AbbreviationDefinition> Definition = input => FormAhead(input.Source, input.Position)(input);

    // "(hierna..." and "(verder..." open with their lead; a separator before the closing bracket marks
    // "(Name, hierna: X)"; anything else can only be a bare "(X)".
    private static Parser<AbbreviationDefinition> FormAhead(string source, int position)
    {
        var i = position + 1;
        while (i < source.Length && source[i] == ' ')
        {
            i++;
        }

        if (string.Compare(source, i, "hierna", 0, 6, System.StringComparison.OrdinalIgnoreCase) == 0
            || string.Compare(source, i, "verder", 0, 6, System.StringComparison.OrdinalIgnoreCase) == 0)
        {
            return Hierna;
        }

        for (; i < source.Length && source[i] is not (')' or '('); i++)
        {
            if (source[i] is ',' or ';')
            {
                return Inside;
            }
        }

        return Bare;
    }

    /// <summary>Replaces every run of spaces by one space (the window has already made every space U+0020).</summary>
    public static string CollapseSpaces(string text)
    {
        if (text.IndexOf("  ", System.StringComparison.Ordinal) < 0)
        {
            return text;
        }

        return string.Join(" ", text.Split(SpaceSeparator, System.StringSplitOptions.RemoveEmptyEntries));
    }

    // An abbreviation is short, starts with a letter or digit and is a few words at most ("de Wet", "Wet IB 2001").
    internal static bool IsAbbreviation(string text) =>
        text.Length > 0
        && text.Length <= MaxAbbreviationLength
        && char.IsLetterOrDigit(text[0])
        && text.Count(c => c == ' ') < 5;

    // The name inside "(Digital Services Act, hierna: DSA)": words, not a citation ("Stb. 2023, 1").
    private static bool IsName(string text) =>
        text.Length > 1
        && char.IsLetter(text[0])
        && text.IndexOf('.') < 0
        && text.Count(c => c == ' ') < 12;

    private static AbbreviationDefinition Build(DefinitionForm form, Abbreviated abbreviation, TextSpan expansionSpan, string expansion) =>
        Build(form, abbreviation.Text, abbreviation.Span, abbreviation.Quoted, expansionSpan, expansion);

    /// <summary>The definition record, for the grammar and for its fast path alike, so that the two agree.</summary>
    internal static AbbreviationDefinition Build(
        DefinitionForm form, string abbreviation, TextSpan abbreviationSpan, bool quoted, TextSpan expansionSpan, string expansion) =>
        new()
        {
            Form = form,
            Abbreviation = CollapseSpaces(abbreviation),
            AbbreviationSpan = abbreviationSpan,
            Quoted = quoted,
            Expansion = CollapseSpaces(expansion),
            ExpansionSpan = expansionSpan,
        };

    private sealed record Abbreviated(string Text, TextSpan Span, bool Quoted);
}
