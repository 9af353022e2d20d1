namespace Kunpeng.Registry;

/// <summary>
/// A record changed under optimistic concurrency: its version is its ETag; every committed change
/// adds one. Only the write path sets it.
/// </summary>
public interface IVersionedRecord : IRecord
{
    int Version { get; set; }
}
