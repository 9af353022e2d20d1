namespace Kunpeng.Host.Plugins;

/// <summary>Where the host looks for domain plugins (<c>Kunpeng:Plugins</c>).</summary>
public sealed class PluginOptions
{
    public const string Section = "Kunpeng:Plugins";

    /// <summary>Folder holding one sub-folder per plugin; relative paths are under the host's base directory.</summary>
    public string Directory { get; set; } = "plugins";

    /// <summary>Watch the folder and reload plugins whose files change (hot deployment).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>How long a plugin folder must be unchanged before it is reloaded (a copy in progress is not loaded).</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>The absolute plugins folder.</summary>
    public string ResolveDirectory() =>
        Path.GetFullPath(Path.IsPathRooted(Directory) ? Directory : Path.Combine(AppContext.BaseDirectory, Directory));
}
