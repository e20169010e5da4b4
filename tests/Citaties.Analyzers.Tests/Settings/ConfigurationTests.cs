using Citaties.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Testing;

namespace Citaties.Analyzers.Tests.Settings;

/// <summary>
/// The profile and the rules come from <c>.editorconfig</c> and from a <c>citaties.json</c> among the additional
/// files, laid over the analyzer's default profile for code (toelichting); a setting it cannot use is CIT9001.
/// </summary>
[TestFixture]
public class ConfigurationTests
{
    // CIT2008 (a law abbreviation in a regeling) is off in toelichting and on in regeling.
    private const string Abbreviated = """
        class C
        {
            // Zie artikel 3 Awb.
            int x;
        }
        """;

    private const string AbbreviatedInRegeling = """
        class C
        {
            // Zie {|CIT2008:artikel 3 Awb|}.
            int x;
        }
        """;

    [Test]
    public Task Code_is_checked_as_a_toelichting_without_configuration() =>
        CitationVerifier.Analyze(Abbreviated);

    [Test]
    public Task The_editorconfig_profile_applies() =>
        new CitationVerifier(AbbreviatedInRegeling).WithEditorConfig("citaties.profile = regeling\n").RunAsync();

    [Test]
    public Task A_citaties_json_among_the_additional_files_applies() =>
        new CitationVerifier(AbbreviatedInRegeling) { TestState = { AdditionalFiles = { ("/0/citaties.json", """{ "profile": "regeling" }""") } } }.RunAsync();

    [Test]
    public Task The_editorconfig_wins_over_citaties_json() =>
        new CitationVerifier(Abbreviated) { TestState = { AdditionalFiles = { ("/0/citaties.json", """{ "profile": "regeling" }""") } } }
            .WithEditorConfig("citaties.profile = toelichting\n")
            .RunAsync();

    [Test]
    public Task Rule_severities_of_citaties_json_apply() =>
        new CitationVerifier("""
            class C
            {
                // Zie ECLI:HR:2016:113 en {|#0:artikel 6, lid 4, Awb|}.
                int x;
            }
            """)
        {
            TestState =
            {
                AdditionalFiles = { ("/0/citaties.json", """{ "rules": { "CIT2003": "error", "CIT3001": "none" } }""") },
                ExpectedDiagnostics = { new DiagnosticResult("CIT2003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0) },
            },
        }.Fixing("""
            class C
            {
                // Zie ECLI:HR:2016:113 en artikel 6, vierde lid, Awb.
                int x;
            }
            """).RunAsync();

    [Test]
    public Task Abbreviations_from_the_editorconfig_are_known() =>
        new CitationVerifier("""
            class C
            {
                // Zie artikel 3 Wodp en {|CIT2001:artikel 4 Wxyz|}.
                int x;
            }
            """).WithEditorConfig("citaties.abbreviations = Wodp=Wet op de proef\n").RunAsync();

    [Test]
    public Task A_catalog_among_the_additional_files_is_read() =>
        new CitationVerifier("""
            class C
            {
                // Zie artikel 3 Wodp.
                int x;
            }
            """)
        {
            TestState =
            {
                AdditionalFiles = { ("/0/wetten.json", """{ "version": 1, "laws": [ { "title": "Wet op de proef", "bwb": "BWBR0099999", "abbreviations": ["Wodp"] } ] }""") },
            },
        }.WithEditorConfig("citaties.catalogs = /0/wetten.json\n").RunAsync();

    [Test]
    public Task A_bad_setting_is_reported_once_and_the_rest_still_works() =>
        new CitationVerifier(AbbreviatedInRegeling.Replace("{|CIT2008:artikel 3 Awb|}", "artikel 3 Awb", StringComparison.Ordinal))
        {
            ExpectedDiagnostics = { new DiagnosticResult("CIT9001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithNoLocation().WithMessageFormat("{0}").WithArguments(".editorconfig: citaties.profile = wetgeving: not a profile (regeling, toelichting, kamerstuk, literatuur)") },
        }.WithEditorConfig("citaties.profile = wetgeving\n").RunAsync();

    [Test]
    public Task A_broken_citaties_json_is_reported_and_its_files_are_not_checked() =>
        new CitationVerifier("""
            class C
            {
                // Zie ECLI:HR:2016:113.
                int x;
            }
            """)
        {
            TestState = { AdditionalFiles = { ("/0/citaties.json", """{ "profiel": "regeling" }""") } },
            ExpectedDiagnostics = { new DiagnosticResult("CIT9001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithNoLocation() },
        }.RunAsync();
}
