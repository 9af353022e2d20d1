namespace Kunpeng.Registry;

/// <summary>A write broke a unique index: another record already has that key. Nothing of the transaction is stored.</summary>
public sealed class UniqueRecordException(string set, string index, Exception? inner = null)
    : Exception($"A record of '{set}' already has this '{index}'.", inner)
{
    public string Set { get; } = set;

    public string Index { get; } = index;
}
