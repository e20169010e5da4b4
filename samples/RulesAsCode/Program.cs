using System;
using RulesAsCode.Rules;

namespace RulesAsCode;

/// <summary>Computes one zorgtoeslag, to show that the rules run; the citations are what the sample is about.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main()
    {
        var normpremie = Zorgtoeslag.Normpremie(drempelinkomen: 28_406m, toetsingsinkomen: 30_000m);
        Console.WriteLine($"Zorgtoeslag per jaar: {Zorgtoeslag.Bedrag(standaardpremie: 2_112m, normpremie):0.00} euro");
        Console.WriteLine($"Grondslag toetsingsinkomen: {Zorgtoeslag.Toetsingsinkomen}");
        Console.WriteLine(Bezwaar.TeLaat(8));
    }
}
