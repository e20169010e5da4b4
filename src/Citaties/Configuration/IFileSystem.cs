using System.IO;

namespace Citaties.Configuration;

/// <summary>
/// The files settings are read from: configuration files and user catalogs. The library never touches the disk
/// for settings except through this, so a host that has its own view of the files (a Roslyn analyzer with its
/// additional files, an editor with unsaved buffers, a test) hands in its own.
/// </summary>
public interface IFileSystem
{
    /// <summary>True when <paramref name="path"/> (a full path) names a file.</summary>
    bool FileExists(string path);

    /// <summary>True when <paramref name="path"/> (a full path) names a folder.</summary>
    bool DirectoryExists(string path);

    /// <summary>Opens the file at <paramref name="path"/> for reading; throws <see cref="IOException"/> (or <see cref="System.UnauthorizedAccessException"/>) when it cannot.</summary>
    Stream OpenRead(string path);
}
