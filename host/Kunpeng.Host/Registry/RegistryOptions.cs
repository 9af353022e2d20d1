namespace Kunpeng.Host.Registry;

/// <summary>Where the registry database lives (<c>Kunpeng:Registry</c>).</summary>
public sealed class RegistryOptions
{
    public const string Section = "Kunpeng:Registry";

    /// <summary>The store: <see cref="RegistryProvider.LiteDb"/> unless configured otherwise.</summary>
    public RegistryProvider Provider { get; set; } = RegistryProvider.LiteDb;

    /// <summary>The LiteDB file; relative paths are under the host's base directory.</summary>
    public string DatabasePath { get; set; } = "data/kunpeng.db";

    public string ResolvePath() =>
        Path.GetFullPath(Path.IsPathRooted(DatabasePath) ? DatabasePath : Path.Combine(AppContext.BaseDirectory, DatabasePath));
}
