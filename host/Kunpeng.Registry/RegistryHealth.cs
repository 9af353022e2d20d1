namespace Kunpeng.Registry;

/// <summary>The registry's state for health checks.</summary>
/// <param name="IsWritable">False while the store refuses writes (a full disk, a read-only file system).</param>
/// <param name="Problem">Why not, for operators; null when writable.</param>
public sealed record RegistryHealth(bool IsWritable, string? Problem)
{
    public static RegistryHealth Writable { get; } = new(true, null);
}
