using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests;

[TestFixture]
public class FirstTests
{
    [Test]
    public async Task Regular_literal()
    {
        await new CitationVerifier("""
            class C
            {
                string s = "Zie {|CIT2003:artikel 6, lid 4, van de Algemene wet bestuursrecht|}.";
            }
            """)
        {
            FixedCode = """
            class C
            {
                string s = "Zie artikel 6, vierde lid, van de Algemene wet bestuursrecht.";
            }
            """,
        }.RunAsync();
    }
}
