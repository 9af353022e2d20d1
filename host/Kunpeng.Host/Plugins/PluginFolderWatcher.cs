using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// Watches the plugins directory and reloads a folder once it has been quiet for
/// <see cref="PluginOptions.QuietPeriod"/>: a deployment copying files is never caught half-way,
/// and a delete-and-recreate counts as one change. (McMaster's own watcher only sees *.dll write
/// times in one folder.) Where file events are unreliable, POST /api/plugins/reload does the same.
/// </summary>
public sealed class PluginFolderWatcher(PluginReloader reloader, IOptions<PluginOptions> options, TimeProvider clock, ILogger<PluginFolderWatcher> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastChange = new(StringComparer.Ordinal);

    private FileSystemWatcher? _watcher;

    /// <summary>True once the folder is being watched (from the host's start on, unless WatchForChanges is off).</summary>
    public bool IsWatching => Volatile.Read(ref _watcher)?.EnableRaisingEvents == true;

    /// <summary>
    /// Starts listening before the host reports started. Since .NET 10, BackgroundService runs all of
    /// ExecuteAsync on the thread pool, so a watcher created there could begin listening only after
    /// the host is up, and a deployment made in between would never be noticed.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.WatchForChanges)
        {
            var root = o.ResolveDirectory();
            Directory.CreateDirectory(root);
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += (_, e) => Touch(root, e.FullPath);
            watcher.Changed += (_, e) => Touch(root, e.FullPath);
            watcher.Deleted += (_, e) => Touch(root, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Touch(root, e.OldFullPath);
                Touch(root, e.FullPath);
            };
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Plugin folder watcher lost events; POST /api/plugins/reload reconciles.");
            watcher.EnableRaisingEvents = true;
            Volatile.Write(ref _watcher, watcher);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watcher is null)
        {
            return;
        }

        var quietPeriod = options.Value.QuietPeriod;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            foreach (var (folder, changedAt) in _lastChange)
            {
                if (now - changedAt < quietPeriod || !_lastChange.TryRemove(new KeyValuePair<string, DateTimeOffset>(folder, changedAt)))
                {
                    continue;
                }

                try
                {
                    await reloader.ReloadAsync(folder, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Reloading plugin folder {Folder} failed.", folder);
                }
            }
        }
    }

    public override void Dispose()
    {
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
        base.Dispose();
    }

    private void Touch(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var folder = relative.Split(Path.DirectorySeparatorChar, 2)[0];
        if (folder.Length > 0 && folder != "." && folder != "..")
        {
            _lastChange[folder] = clock.GetUtcNow();
        }
    }
}
