using LiteDB;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Registry;

/// <summary>
/// The registry's single LiteDB database, opened once per process and shared by every request
/// (LiteDB is thread-safe in Direct mode). On Linux LiteDB does not stop a second process opening
/// the same file, so the host holds an exclusive lock file beside it and refuses to start without it.
/// </summary>
public sealed class RegistryDatabase : IDisposable
{
    private readonly FileStream _lock;
    private readonly Lock _writeGate = new();
    private bool _disposed;

    public RegistryDatabase(IOptions<RegistryOptions> options)
    {
        FilePath = options.Value.ResolvePath();
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var lockPath = FilePath + ".lock";
        try
        {
            _lock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"The registry '{FilePath}' is in use by another Kunpeng process (lock '{lockPath}' is held). Stop it, or configure another Kunpeng:Registry:DatabasePath.", e);
        }

        LiteDatabase? database = null;
        try
        {
            // Host-owned document types only: a mapper caching a plugin type would pin its load context.
            Mapper = new BsonMapper { EnumAsInteger = false };
            database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct }, Mapper);
            // LiteDB stores dates as UTC but by default reads them back converted to the machine's
            // local time (DateTimeKind.Local), which would make every *Utc field local time on a
            // server outside UTC. The pragma is kept in the file; setting it again is harmless.
            database.UtcDate = true;
            Database = database;
        }
        catch
        {
            database?.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    public BsonMapper Mapper { get; }

    public LiteDatabase Database { get; }

    /// <summary>True until the database is disposed.</summary>
    public bool IsOpen => !Volatile.Read(ref _disposed);

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction and returns only once the commit is in the
    /// data file. LiteDB 5.0.20's Commit() hands pages to a background writer and returns before
    /// they are written (LiteDB #1489, #2127), so a process killed right after a 2xx could lose an
    /// acknowledged write; the checkpoint that follows waits for that writer, copies the log into
    /// the data file and flushes it. Writes are serialized by one gate: LiteDB transactions are bound
    /// to the thread, and the workflow's transactions span several collections.
    /// </summary>
    /// <remarks>Never await inside <paramref name="work"/>; a throw rolls everything back.</remarks>
    public T Write<T>(Func<LiteDatabase, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_writeGate)
        {
            if (!Database.BeginTrans())
            {
                throw new InvalidOperationException("A registry transaction is already open on this thread.");
            }

            T result;
            try
            {
                result = work(Database);
                Database.Commit();
            }
            catch
            {
                Database.Rollback();
                throw;
            }

            Database.Checkpoint();
            return result;
        }
    }

    /// <inheritdoc cref="Write{T}(Func{LiteDatabase, T})"/>
    public void Write(Action<LiteDatabase> work) => Write(db =>
    {
        work(db);
        return true;
    });

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Disposing runs the final checkpoint, folding the log into the data file.
        Database.Dispose();
        _lock.Dispose();
    }
}
