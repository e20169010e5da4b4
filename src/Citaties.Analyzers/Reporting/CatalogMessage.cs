using System;
using System.Globalization;

namespace Citaties.Analyzers.Reporting;

/// <summary>
/// A finding's message as the argument of its Roslyn diagnostic: written in the language the compiler or the IDE
/// asks for when it shows it (English for an <c>en</c> culture, Dutch otherwise), not when it is found.
/// </summary>
internal sealed class CatalogMessage : IFormattable
{
    private readonly Rules.Diagnostic finding;

    public CatalogMessage(Rules.Diagnostic finding) => this.finding = finding;

    public string ToString(string? format, IFormatProvider? formatProvider) => finding.MessageIn(formatProvider as CultureInfo);

    public override string ToString() => finding.Message;
}
