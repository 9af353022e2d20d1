using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// Loads every plugin folder under the plugins directory, each in isolation, and settles two
/// folders claiming one domain id: the higher version serves (then the first folder by name),
/// the other is set aside as conflicted.
/// </summary>
public sealed class PluginDirectoryScanner(DomainPluginLoader loader, IOptions<PluginOptions> options, ILogger<PluginDirectoryScanner> logger)
{
    public IReadOnlyList<PluginLoadResult> Scan()
    {
        var root = options.Value.ResolveDirectory();
        if (!Directory.Exists(root))
        {
            logger.LogWarning("Plugins directory {Directory} does not exist; no domain is served.", root);
            return [];
        }

        var results = Directory.EnumerateDirectories(root)
            .Order(StringComparer.Ordinal)
            .Select(loader.Load)
            .ToList();
        return SettleConflicts(results);
    }

    private IReadOnlyList<PluginLoadResult> SettleConflicts(List<PluginLoadResult> results)
    {
        var settled = new List<PluginLoadResult>(results.Count);
        foreach (var group in results.GroupBy(r => r.Plugin?.Id))
        {
            if (group.Key is null || group.Count() == 1)
            {
                settled.AddRange(group);
                continue;
            }

            var winner = group.OrderByDescending(r => PluginVersionOrder.Parse(r.Plugin!.Version)).First();
            settled.Add(winner);
            foreach (var loser in group.Where(r => r != winner))
            {
                loser.Plugin!.Retire();
                settled.Add(PluginLoadResult.Refused(loser.State with
                {
                    Status = PluginStatus.Conflicted,
                    Reason = $"Domain id '{group.Key}' is also claimed by folder '{winner.State.Folder}' (version {winner.Plugin!.Version}), " +
                             "which serves it. Remove one of the two folders.",
                }));
            }
        }

        foreach (var refused in settled.Where(r => r.Plugin is null))
        {
            logger.LogError("Plugin folder {Folder} set aside ({Status}): {Reason}", refused.State.Folder, refused.State.Status, refused.State.Reason);
        }

        return settled.OrderBy(r => r.State.Folder, StringComparer.Ordinal).ToList();
    }
}
