namespace Kunpeng.Registry;

/// <summary>
/// The store could not complete a write (a full disk, a read-only file system, a lost connection):
/// nothing was acknowledged and nothing of it is kept. Answer 503; the registry recovers by itself
/// once writes succeed again.
/// </summary>
public sealed class RegistryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
