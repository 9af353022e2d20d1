namespace Kunpeng.Registry;

/// <summary>
/// A record of an append-only log (the audit trail, plugin events): the store gives it the next
/// number of its set when it is inserted (0 before).
/// </summary>
public interface ISequencedRecord
{
    long Id { get; set; }
}
