using System.Text.Json;

namespace Kunpeng.Host.Plugins;

/// <summary>Reads and validates a plugin folder's manifest.</summary>
internal static class PluginManifestReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PluginManifest Read(string folder)
    {
        var path = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            var hint = Directory.EnumerateFileSystemEntries(folder).Any() ? "" : " (the folder is empty)";
            throw new PluginLoadException(PluginStatus.Malfunctioned,
                $"No {PluginManifest.FileName} in '{folder}'{hint}; every plugin folder needs a manifest naming its id, version and assembly.");
        }

        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), Options);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"{PluginManifest.FileName} cannot be read: {e.Message}", e);
        }

        if (manifest is null || string.IsNullOrWhiteSpace(manifest.Id) || string.IsNullOrWhiteSpace(manifest.Assembly)
            || string.IsNullOrWhiteSpace(manifest.Version))
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned,
                $"{PluginManifest.FileName} must give non-empty 'id', 'version' and 'assembly'.");
        }

        if (!System.Version.TryParse(manifest.Version.Split('-', '+')[0], out _))
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned,
                $"{PluginManifest.FileName} version '{manifest.Version}' is not a version number (expected e.g. 1.2.0).");
        }

        if (manifest.Assembly.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned,
                $"{PluginManifest.FileName} 'assembly' must be a file name in the plugin folder, not a path.");
        }

        return manifest;
    }
}
