using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.Catalog;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// EU acts cited by number (citation-rules.md 9.1): a type word, a domain in brackets or after the number,
/// an optional <c>nr.</c>, and two numbers separated by a slash whose order depends on type and era:
/// <c>Verordening (EU) 2022/2065</c>, <c>Richtlijn 2000/31/EG</c>, <c>Verordening (EG) nr. 593/2008</c>,
/// <c>Besluit nr. 284/2010/EU</c>, <c>Directive 2000/31/EC</c>.
/// </summary>
internal static class EuActGrammar
{
    // Dutch and English type names, each mapped to the Dutch type. Multi-word names are lists of words.
    private static readonly (string[] Words, string Type)[] TypeNames =
    {
        (new[] { "Gedelegeerde", "Verordening" }, "Gedelegeerde Verordening"),
        (new[] { "Gedelegeerde", "Richtlijn" }, "Gedelegeerde Richtlijn"),
        (new[] { "Gedelegeerd", "Besluit" }, "Gedelegeerd Besluit"),
        (new[] { "Uitvoeringsverordening" }, "Uitvoeringsverordening"),
        (new[] { "Uitvoeringsrichtlijn" }, "Uitvoeringsrichtlijn"),
        (new[] { "Uitvoeringsbesluit" }, "Uitvoeringsbesluit"),
        (new[] { "Kaderbesluit" }, "Kaderbesluit"),
        (new[] { "Verordening" }, "Verordening"),
        (new[] { "Richtlijn" }, "Richtlijn"),
        (new[] { "Besluit" }, "Besluit"),
        (new[] { "Implementing", "Regulation" }, "Uitvoeringsverordening"),
        (new[] { "Implementing", "Directive" }, "Uitvoeringsrichtlijn"),
        (new[] { "Implementing", "Decision" }, "Uitvoeringsbesluit"),
        (new[] { "Delegated", "Regulation" }, "Gedelegeerde Verordening"),
        (new[] { "Delegated", "Directive" }, "Gedelegeerde Richtlijn"),
        (new[] { "Delegated", "Decision" }, "Gedelegeerd Besluit"),
        (new[] { "Framework", "Decision" }, "Kaderbesluit"),
        (new[] { "Regulation" }, "Verordening"),
        (new[] { "Directive" }, "Richtlijn"),
        (new[] { "Decision" }, "Besluit"),
    };

    // Dutch domain abbreviations and their English counterparts, mapped to the Dutch form.
    private static readonly Dictionary<string, string> DomainNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EU"] = "EU",
        ["EG"] = "EG",
        ["EEG"] = "EEG",
        ["EGKS"] = "EGKS",
        ["Euratom"] = "Euratom",
        ["GBVB"] = "GBVB",
        ["JBZ"] = "JBZ",
        ["EC"] = "EG",
        ["EEC"] = "EEG",
        ["ECSC"] = "EGKS",
        ["CFSP"] = "GBVB",
        ["JHA"] = "JBZ",
    };

    private static readonly string[] DomainExpected = { "domain (EU, EG, EEG, ...)" };

    private static readonly string[] YearExpected = { "act number with a year" };

    private static readonly Parser<(string Type, string Written)> TypeName =
        TypeNames
            .Select(t => TypeWords(t.Words).Select(written => (t.Type, written)))
            .Aggregate((a, b) => a.Or(b))
            .Named("EU act type");

    private static readonly Parser<string> DomainName =
        Lexical.AnyWord(DomainNames.Keys).Select(d => DomainNames[d]).Named("domain (EU, EG, EEG, ...)");

    /// <summary><c>(EU)</c>, <c>(EU, Euratom)</c>: the domain in brackets before the number.</summary>
    private static readonly Parser<string> BracketedDomain =
        (from open in Parse.Char('(')
         from _ in Lexical.OptionalSpace
         from first in DomainName
         from second in (
             from s1 in Lexical.OptionalSpace
             from separator in Parse.Chars(",/")
             from s2 in Lexical.OptionalSpace
             from name in DomainName
             select name).Optional()
         from __ in Lexical.OptionalSpace
         from close in Parse.Char(')').Named("')'")
         from ___ in Lexical.OptionalSpace
         select second.IsDefined ? first + ", " + second.Get() : first)
        .Named("domain in brackets");

    /// <summary><c>/EG</c>, <c>/EU, Euratom</c>: the domain after the number.</summary>
    private static readonly Parser<string> TrailingDomain =
        from slash in Parse.Char('/')
        from first in DomainName
        from euratom in (
            from comma in Lexical.Comma
            from name in Lexical.Word("Euratom")
            select name).Optional()
        select euratom.IsDefined ? first + ", Euratom" : first;

    private static readonly Parser<bool> Nr =
        (from word in Lexical.Word("nr").Or(Lexical.Word("no")).Or(Lexical.Word("nummer"))
         from dot in Parse.Char('.').Optional()
         from _ in Lexical.OptionalSpace
         select true)
        .Named("'nr.'");

    private static readonly Parser<string> ActNumberPart =
        Parse.Digit.Repeat(1, 5).Text().Then(d => Parse.Not(Parse.Digit).Return(d)).Named("act number");

    /// <summary>Where the official title after the number stands (<see cref="EuActTitleGrammar"/>), from after its first space.</summary>
    private static readonly Parser<TextSpan> TitleSpan = input =>
    {
        var title = EuActTitleGrammar.Title(input);
        return title.WasSuccessful
            ? Result.Success(TextSpan.FromBounds(input.Position + 1, title.Remainder.Position), title.Remainder)
            : Result.Failure<TextSpan>(input, title.Message, title.Expectations);
    };

    /// <summary>An EU act with its number and, where written, its official title.</summary>
    public static readonly Parser<EuActCitation> EuAct =
        (from type in TypeName
         from _ in Lexical.OptionalSpace
         from bracketed in BracketedDomain.XOptional()
         from nr in Nr.Optional()
         from first in ActNumberPart
         from slash in Parse.Char('/').Named("'/'")
         from second in ActNumberPart
         from trailing in TrailingDomain.Optional()
         from end in Lexical.Boundary
         from title in TitleSpan.Optional()
         select new ActParts(type.Type, type.Written, bracketed.GetOrDefault(), trailing.GetOrDefault(), nr.IsDefined, first, second, title.IsDefined ? title.Get() : null))
        .Then(Resolve)
        .Named("EU act");

    private static Parser<string> TypeWords(string[] words)
    {
        var parser = Lexical.Word(words[0]);
        for (var i = 1; i < words.Length; i++)
        {
            var next = Lexical.Word(words[i]);
            parser = from a in parser
                     from space in Lexical.Space
                     from b in next
                     select a + " " + b;
        }

        return parser;
    }

    // Turns the written parts into an act, or fails where they cannot be one (a decision without domain is
    // too often a national "besluit 12/5860"; a year of three digits is no EU act number).
    private static Parser<EuActCitation> Resolve(ActParts parts) => input =>
    {
        var domain = parts.Bracketed ?? parts.Trailing;
        var descriptor = CelexDescriptors.ForActType(parts.Type, domain);
        if (domain is null && descriptor is 'D' or 'F')
        {
            return Result.Failure<EuActCitation>(input, "A decision needs its domain: (EU), /EU, ...", DomainExpected);
        }

        if (!TryOrder(parts, descriptor, domain, out var year, out var number, out var numberFirst, out var shortYear))
        {
            return Result.Failure<EuActCitation>(input, "The act number has no plausible year.", YearExpected);
        }

        return Result.Success(
            new EuActCitation
            {
                Type = parts.Type,
                WrittenType = parts.WrittenType,
                Domain = domain,
                DomainAfterNumber = parts.Bracketed is null && parts.Trailing is not null,
                Year = year,
                Number = number,
                HasNr = parts.HasNr,
                NumberFirst = numberFirst,
                ShortYear = shortYear,
                TitleSpan = parts.Title,
            },
            input);
    };

    // Which of the two numbers is the year. Directives and framework decisions put the year first in every
    // era; decisions too, unless "nr." precedes the number; regulations put the number first until 2015
    // (nr. 593/2008, 2201/96), but an old regulation can have a year-like number (nr. 2006/2004 is number
    // 2006 of 2004), so a first part from 2015 on counts as a year only for a non-EG domain. Only for a
    // regulation is the other order tried when the preferred one gives no year: a directive or decision
    // numbered 1/2020 is no EU act.
    private static bool TryOrder(ActParts parts, char descriptor, string? domain, out int year, out int number, out bool numberFirst, out bool shortYear)
    {
        var first = parts.First;
        var second = parts.Second;
        bool preferNumberFirst;
        if (descriptor is 'L' or 'F')
        {
            preferNumberFirst = false;
        }
        else if (descriptor is 'D' or 'S')
        {
            preferNumberFirst = parts.HasNr;
        }
        else if (second.Length == 2)
        {
            preferNumberFirst = true;
        }
        else if (first.Length == 4 && ToInt(first) >= 2015 && domain is not ("EG" or "EEG" or "EGKS"))
        {
            preferNumberFirst = false;
        }
        else
        {
            preferNumberFirst = second.Length == 4;
        }

        var (yearText, numberText) = preferNumberFirst ? (second, first) : (first, second);

        // A regulation year cannot lie in the future: "Verordening (EG) 2022/2065" is act 2065 of 2022 with a
        // wrong domain (which the validator reports), not act 2022 of 2065.
        var inFuture = IsYear(yearText) && CompleteYear(yearText) > DateTime.UtcNow.Year
            && IsYear(numberText) && CompleteYear(numberText) <= DateTime.UtcNow.Year;
        if ((!IsYear(yearText) || inFuture) && descriptor == 'R')
        {
            (yearText, numberText) = (numberText, yearText);
            preferNumberFirst = !preferNumberFirst;
        }

        if (!IsYear(yearText))
        {
            year = number = 0;
            numberFirst = shortYear = false;
            return false;
        }

        year = CompleteYear(yearText);
        number = ToInt(numberText);
        numberFirst = preferNumberFirst;
        shortYear = yearText.Length == 2;
        return true;
    }

    private static bool IsYear(string digits) =>
        digits.Length == 2 || (digits.Length == 4 && ToInt(digits) is >= 1950 and <= 2099);

    // Two-digit years were used until 1998 (92/43/EEG is 1992); the Communities date from 1951.
    private static int CompleteYear(string digits)
    {
        var value = ToInt(digits);
        if (digits.Length == 4)
        {
            return value;
        }

        return value >= 50 ? 1900 + value : 2000 + value;
    }

    private static int ToInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private sealed record ActParts(string Type, string WrittenType, string? Bracketed, string? Trailing, bool HasNr, string First, string Second, TextSpan? Title);
}
