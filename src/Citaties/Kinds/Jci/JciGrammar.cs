using System;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Juriconnect references (citation-rules.md 10.2): <c>jci</c> version <c>:</c> type <c>:</c> BWB id, then
/// <c>&amp;key=value</c> pairs. Accepts <c>&amp;amp;</c> separators, URL-encoded values, the KOOP metadata form
/// without <c>jci</c> (<c>1.0:c:BWBR...</c>), a leading <c>https://wetten.overheid.nl/</c>, and any type letters
/// so that a wrong type can be reported.
/// </summary>
internal static class JciGrammar
{
    private static readonly Parser<string> SiteUrl =
        from scheme in Parse.IgnoreCase("https://").Or(Parse.IgnoreCase("http://"))
        from www in Parse.IgnoreCase("www.").Optional()
        from host in Parse.IgnoreCase("wetten.overheid.nl/")
        select "url";

    private static readonly Parser<string> Version =
        (from major in Parse.Digit.AtLeastOnce().Text()
         from minors in (
             from dot in Parse.Char('.')
             from digits in Parse.Digit.AtLeastOnce().Text()
             select "." + digits).Many()
         select major + string.Concat(minors))
        .Named("Juriconnect version (1.3)");

    private static readonly Parser<string> Type =
        Parse.Char(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'), "letter").AtLeastOnce().Text()
            .Named("Juriconnect type (c or v)");

    private static readonly Parser<string> Separator =
        Parse.IgnoreCase("&amp;").Text().Or(Parse.String("&").Text());

    private static readonly Parser<string> Key =
        Parse.Char(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-', "key letter").AtLeastOnce().Text()
            .Named("parameter key");

    // A value is a run of value characters in which '.' and ':' may only stand between two of them, so that
    // a full stop or colon after the reference in running text is not taken into the value.
    private static readonly Parser<string> ValueRun =
        Parse.Char(IsValueChar, "value character").AtLeastOnce().Text();

    private static readonly Parser<string> Value =
        (from first in ValueRun
         from rest in (
             from separator in Parse.Chars(".:")
             from run in ValueRun
             select separator + run).Many()
         select first + string.Concat(rest))
        .Optional()
        .Select(v => v.GetOrElse(string.Empty));

    private static readonly Parser<JciParameter> Parameter =
        from separator in Separator
        from key in Key
        from assign in Parse.Char('=').Named("'='")
        from value in Value
        select new JciParameter(key.ToLowerInvariant(), Decode(value));

    /// <summary>A Juriconnect reference.</summary>
    public static readonly Parser<JciCitation> Jci =
        (from url in SiteUrl.Optional()
         from prefix in Parse.IgnoreCase("jci").Text().Optional()
         from version in Version
         from colon in Parse.Char(':').Named("':'")
         from type in Type
         from colon2 in Parse.Char(':').Named("':'")
         from bwb in BwbGrammar.Bwb
         from parameters in Parameter.Many()
         select new JciCitation
         {
             HasPrefix = prefix.IsDefined,
             Version = version,
             Type = type.ToLowerInvariant(),
             Bwb = bwb.Value,
             BwbWellFormed = bwb.IsWellFormed,
             Parameters = parameters.ToList(),
         })
        .Named("Juriconnect reference");

    private static bool IsValueChar(char c) =>
        char.IsLetterOrDigit(c) || c is '%' or '°' or '_' or '-' or '~' or '+' or '*';

    // Percent-escapes are decoded as UTF-8; a broken escape stays as written rather than failing the parse.
    private static string Decode(string value)
    {
        if (value.IndexOf('%') < 0)
        {
            return value;
        }

        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
