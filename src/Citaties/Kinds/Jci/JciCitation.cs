using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Citaties.Catalog;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A Juriconnect reference to (a part of) a consolidated regulation: <c>jci1.3:c:BWBR0001903&amp;artikel=125p</c>.
/// Also recognised: <c>&amp;amp;</c> as separator, URL-encoded values, the KOOP metadata form without the
/// <c>jci</c> prefix (<c>1.0:c:BWBR0005537&amp;artikel=4%3A81</c>) and a wrong type (<c>jci1.3:x:...</c>), which
/// the validator reports.
/// </summary>
public sealed record JciCitation : Citation
{
    /// <summary>The canonical reference: <c>jci</c>, version, type, BWB id and the decoded parameters joined by <c>&amp;</c>.</summary>
    public string Value => BuildValue();

    /// <summary>The version: <c>1.3</c>, <c>1.31</c>, <c>1.0</c>.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>True when the <c>jci</c> prefix was written (it is absent in KOOP metadata).</summary>
    public bool HasPrefix { get; init; }

    /// <summary><c>c</c> (one consolidation) or <c>v</c> (a period), or whatever other letters were written, in lower case.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The BWB id of the regulation, upper case.</summary>
    public string Bwb { get; init; } = string.Empty;

    /// <summary>True when the BWB id has seven digits.</summary>
    public bool BwbWellFormed { get; init; }

    /// <summary>Every <c>key=value</c> pair in written order, with <c>&amp;amp;</c> and URL escapes decoded.</summary>
    public IReadOnlyList<JciParameter> Parameters { get; init; } = new List<JciParameter>();

    /// <summary>The article (<c>artikel</c>), or null.</summary>
    public string? Article => Get("artikel");

    /// <summary>The paragraph (<c>lid</c>), or null.</summary>
    public string? Paragraph => Get("lid");

    /// <summary>The book (<c>boek</c>), or null.</summary>
    public string? Book => Get("boek");

    /// <summary>The geldigheidsdatum (<c>g</c>), as written, or null.</summary>
    public string? ValidOn => Get("g");

    /// <summary>The zichtdatum (<c>z</c>), as written, or null.</summary>
    public string? ViewedOn => Get("z");

    /// <summary>The start of the period of a <c>v</c> reference (<c>s</c>), as written, or null.</summary>
    public string? PeriodStart => Get("s");

    /// <summary>The end of the period of a <c>v</c> reference (<c>e</c>), as written, or null.</summary>
    public string? PeriodEnd => Get("e");

    /// <summary>
    /// True when the type is <c>c</c> or <c>v</c>, the BWB id has seven digits, every key is a Juriconnect
    /// key and every date is written <c>YYYY-MM-DD</c>.
    /// </summary>
    public bool IsWellFormed =>
        Type is "c" or "v"
        && BwbWellFormed
        && Parameters.All(p => JuriconnectKeys.IsKnown(p.Key) && (!JuriconnectKeys.IsDate(p.Key) || JuriconnectKeys.IsIsoDate(p.Value)));

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Jci;

    private protected override string FormatCanonical() => JciFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => JciLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => JciFields.Write(writer, this);

    private string? Get(string key)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Key == key)
            {
                return parameter.Value;
            }
        }

        return null;
    }

    private string BuildValue()
    {
        var builder = new StringBuilder("jci").Append(Version).Append(':').Append(Type).Append(':').Append(Bwb);
        foreach (var parameter in Parameters)
        {
            builder.Append('&').Append(parameter.Key).Append('=').Append(parameter.Value);
        }

        return builder.ToString();
    }
}
