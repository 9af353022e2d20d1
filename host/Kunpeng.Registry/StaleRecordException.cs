namespace Kunpeng.Registry;

/// <summary>
/// An update was refused because the stored record changed after this transaction read it (another
/// host or request committed a newer version in between). Nothing of the transaction is stored; the
/// caller answers 412, as for an If-Match that names an old version.
/// </summary>
public sealed class StaleRecordException(string set, string id, int storedVersion)
    : Exception($"The record '{id}' of '{set}' changed since it was read (now version {storedVersion}).")
{
    public string Set { get; } = set;

    public string Id { get; } = id;

    public int StoredVersion { get; } = storedVersion;
}
