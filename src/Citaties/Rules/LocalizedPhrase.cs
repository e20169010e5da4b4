using System.Globalization;

namespace Citaties.Rules;

/// <summary>A fragment with its arguments bound (<c>"het jaar {0} ligt in de toekomst"</c> with 2031).</summary>
internal sealed class LocalizedPhrase : ILocalizable
{
    private readonly LocalizedText format;
    private readonly object?[] args;

    public LocalizedPhrase(LocalizedText format, object?[] args)
    {
        this.format = format;
        this.args = args;
    }

    public string For(CultureInfo? culture) => format.Format(culture, args);
}
