using System;
using System.Diagnostics.CodeAnalysis;

namespace RulesAsCode;

/// <summary>The legal basis of a rule: exactly one citation, checked by the analyzer as such.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Field, AllowMultiple = true)]
public sealed class LegalBasisAttribute : Attribute
{
    /// <summary>Names the provision the rule implements.</summary>
    /// <param name="citation">One citation, for example <c>artikel 2 van de Wet op de zorgtoeslag</c>.</param>
    public LegalBasisAttribute([StringSyntax("citation")] string citation) => Citation = citation;

    /// <summary>The citation as written.</summary>
    public string Citation { get; }
}
