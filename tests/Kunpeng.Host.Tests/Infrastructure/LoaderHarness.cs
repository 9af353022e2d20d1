using System.Runtime.Loader;
using Autofac;
using Kunpeng.Host.Plugins;

namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>
/// The real loader stack outside the web host: McMaster loader, a real Autofac container as the
/// root scope, and <see cref="DomainPluginLoader"/>. Every load context it creates is watched for
/// its Unloading event (without holding the context itself).
/// </summary>
public sealed class LoaderHarness : IDisposable
{
    private readonly WatchingAssemblyLoader _assemblies = new(new McMasterPluginAssemblyLoader());

    public LoaderHarness(TimeProvider? clock = null)
    {
        Container = new ContainerBuilder().Build();
        Loader = new DomainPluginLoader(_assemblies, Container, clock ?? TimeProvider.System);
    }

    public IContainer Container { get; }

    public DomainPluginLoader Loader { get; }

    /// <summary>Load contexts created so far, by assembly file name, and whether each has begun unloading.</summary>
    public IReadOnlyList<WatchedContext> Contexts => _assemblies.Contexts;

    public WatchedContext ContextOf(string assemblyFileName) =>
        Assert.Single(Contexts, c => string.Equals(c.AssemblyFileName, assemblyFileName, StringComparison.Ordinal));

    public void Dispose() => Container.Dispose();

    public sealed class WatchedContext(string assemblyFileName, AssemblyLoadContext context)
    {
        private int _unloading;

        public string AssemblyFileName { get; } = assemblyFileName;

        public WeakReference Context { get; } = new(context);

        /// <summary>True once the context's Unload() was called (its Unloading event fired).</summary>
        public bool Unloading => Volatile.Read(ref _unloading) == 1;

        internal void MarkUnloading() => Volatile.Write(ref _unloading, 1);
    }

    private sealed class WatchingAssemblyLoader(IPluginAssemblyLoader inner) : IPluginAssemblyLoader
    {
        private readonly List<WatchedContext> _contexts = [];

        public IReadOnlyList<WatchedContext> Contexts
        {
            get
            {
                lock (_contexts)
                {
                    return _contexts.ToList();
                }
            }
        }

        public PluginAssemblyHandle Load(string assemblyPath)
        {
            var handle = inner.Load(assemblyPath);
            var watched = new WatchedContext(Path.GetFileName(assemblyPath), handle.LoadContext);
            handle.LoadContext.Unloading += _ => watched.MarkUnloading();
            lock (_contexts)
            {
                _contexts.Add(watched);
            }

            return handle;
        }
    }
}
