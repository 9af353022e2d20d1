namespace Kunpeng.Host.Plugins;

/// <summary>
/// A request's hold on one plugin version: the whole request is answered by that version, which
/// stays loaded until the lease is disposed.
/// </summary>
public readonly struct PluginLease : IDisposable
{
    internal PluginLease(LoadedDomainPlugin plugin) => Plugin = plugin;

    public LoadedDomainPlugin Plugin { get; }

    public void Dispose() => Plugin?.ReleaseReference();
}
