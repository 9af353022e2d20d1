namespace Kunpeng.Registry;

/// <summary>
/// The registry as the workflow sees it. Reads outside a transaction see committed data; every change
/// goes through <see cref="Write{T}"/>, which returns only once the change is durable (a caller may
/// acknowledge it then) and rolls everything back if <c>work</c> throws.
/// </summary>
public interface IRegistry
{
    /// <summary>Reads one record set (committed data).</summary>
    IRecordReader<T> Read<T>(RecordSet<T> set) where T : class;

    /// <summary>Runs <paramref name="work"/> as one transaction: all of it is stored, or none.</summary>
    /// <remarks>Never await inside <paramref name="work"/>: a transaction may be bound to its thread.</remarks>
    T Write<T>(Func<IRegistryTransaction, T> work);

    /// <summary>Documents and photos (not transactional: see <see cref="IFileStore"/>).</summary>
    IFileStore Files { get; }

    /// <summary>
    /// A store of files kept apart from <see cref="Files"/> (work photos apart from nomination
    /// documents), by a stable lower-case name; the same name always gives the same store.
    /// </summary>
    IFileStore FilesIn(string bucket);

    /// <summary>What <c>/health</c> reports: open, or why not (a write failed on I/O and has not succeeded since).</summary>
    RegistryHealth Health { get; }
}
