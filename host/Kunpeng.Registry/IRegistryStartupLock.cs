namespace Kunpeng.Registry;

/// <summary>
/// A registry several hosts share offers this: start-up work (migrations, indexes, bootstrap records)
/// runs under it, so hosts starting together do it once, one after the other. A registry only one
/// process can open (the embedded file, locked to its process) needs none.
/// </summary>
public interface IRegistryStartupLock
{
    /// <summary>Waits for the lock and holds it until the result is disposed.</summary>
    IDisposable HoldStartupLock();
}
