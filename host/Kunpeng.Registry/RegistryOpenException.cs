namespace Kunpeng.Registry;

/// <summary>
/// The registry cannot be opened and the host must not start: the file is not a valid registry, or
/// another process holds it. The message names the file and what to do; the file is left as it was.
/// </summary>
public sealed class RegistryOpenException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
