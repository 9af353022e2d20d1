namespace Kunpeng.Host.Plugins;

/// <summary>
/// A request's hold on one plugin version: the whole request is answered by that version, which
/// stays loaded until the lease is disposed. Disposing twice releases once: a second release would
/// let a version unload under another request.
/// </summary>
public sealed class PluginLease : IDisposable
{
    private LoadedDomainPlugin? _held;

    internal PluginLease(LoadedDomainPlugin plugin)
    {
        _held = plugin;
        Plugin = plugin;
    }

    public LoadedDomainPlugin Plugin { get; }

    public void Dispose() => Interlocked.Exchange(ref _held, null)?.ReleaseReference();
}
