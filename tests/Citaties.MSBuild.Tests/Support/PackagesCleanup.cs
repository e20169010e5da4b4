using Citaties.MSBuild.Tests.Support;

namespace Citaties.MSBuild.Tests;

/// <summary>Deletes the packed packages and their cache once every test of the assembly has run.</summary>
[SetUpFixture]
public sealed class PackagesCleanup
{
    [OneTimeTearDown]
    public void DeletePackages() => LocalPackages.Delete();
}
