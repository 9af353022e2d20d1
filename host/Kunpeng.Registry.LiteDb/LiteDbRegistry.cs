using LiteDB;

namespace Kunpeng.Registry.LiteDb;

/// <summary>
/// The registry in one LiteDB file, opened once per process and shared by every request (LiteDB is
/// thread-safe in Direct mode). On Linux LiteDB does not stop a second process opening the same file,
/// so the registry holds an exclusive lock file beside it and refuses to open without it.
/// </summary>
public sealed class LiteDbRegistry : IRegistry, IRegistrySchema, IDisposable
{
    private readonly FileStream _lock;
    private readonly Lock _writeGate = new();
    private readonly LiteDatabase _database;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFileStore> _buckets = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Opens the registry where the host's settings put it (a container creates and disposes it by type).</summary>
    public LiteDbRegistry(LiteDbRegistryLocation location)
        : this(location.FilePath)
    {
    }

    /// <param name="filePath">The database file, absolute.</param>
    public LiteDbRegistry(string filePath)
    {
        FilePath = filePath;
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var lockPath = FilePath + ".lock";
        try
        {
            _lock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new RegistryOpenException(
                $"The registry '{FilePath}' is in use by another Kunpeng process (lock '{lockPath}' is held). Stop it, or configure another Kunpeng:Registry:DatabasePath.", e);
        }

        try
        {
            Mapper = LiteDbMapping.CreateMapper();
            _database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct }, Mapper);
            // LiteDB stores dates as UTC but by default reads them back converted to the machine's
            // local time (DateTimeKind.Local), which would make every *Utc field local time on a
            // server outside UTC. The pragma is kept in the file; setting it again is harmless.
            _database.UtcDate = true;
            Files = new LiteDbFileStore(_database, _writeGate);
        }
        catch
        {
            _database?.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    internal BsonMapper Mapper { get; }

    /// <summary>The bare database, for code not yet moved onto the seam (see <see cref="WriteRaw{T}"/>).</summary>
    internal LiteDatabase Database => _database;

    public IFileStore Files { get; }

    public IFileStore FilesIn(string bucket) =>
        _buckets.GetOrAdd(bucket, name => System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9]*$")
            ? new LiteDbFileStore(_database, _writeGate, name)
            : throw new ArgumentException($"A file bucket's name is lower-case letters and digits ('{name}' is not).", nameof(bucket)));

    public RegistryHealth Health => IsOpen ? RegistryHealth.Writable : new RegistryHealth(false, "The registry is closed.");

    /// <summary>True until the database is disposed.</summary>
    public bool IsOpen => !Volatile.Read(ref _disposed);

    public IRecordReader<T> Read<T>(RecordSet<T> set) where T : class
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new LiteDbRecords<T>(_database.GetCollection<T>(set.Name), set, Mapper);
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction and returns only once the commit is in the
    /// data file. LiteDB 5.0.20's Commit() hands pages to a background writer and returns before
    /// they are written (LiteDB #1489, #2127), so a process killed right after a 2xx could lose an
    /// acknowledged write; the checkpoint that follows waits for that writer, copies the log into
    /// the data file and flushes it. Writes are serialized by one gate: LiteDB transactions are bound
    /// to the thread, and the workflow's transactions span several record sets.
    /// </summary>
    public T Write<T>(Func<IRegistryTransaction, T> work) => WriteRaw(_ => work(new Transaction(this)));

    /// <summary>
    /// The same transaction on the bare LiteDB database: only for code not yet moved onto the seam
    /// (removed once every area speaks <see cref="IRegistry"/>).
    /// </summary>
    internal T WriteRaw<T>(Func<LiteDatabase, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_writeGate)
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("A registry transaction is already open on this thread.");
            }

            T result;
            try
            {
                result = work(_database);
                _database.Commit();
            }
            catch
            {
                _database.Rollback();
                throw;
            }

            _database.Checkpoint();
            return result;
        }
    }

    /// <summary>LiteDB's plan for a filter on a record set (the index it walks, and how), for tests.</summary>
    internal BsonDocument Plan<T>(RecordSet<T> set, Filter? filter) where T : class =>
        new LiteDbRecords<T>(_database.GetCollection<T>(set.Name), set, Mapper).Plan(filter);

    public void EnsureIndex(IndexDefinition index)
    {
        var collection = _database.GetCollection(index.Set);
        var expression = LiteDbPaths.Index(index.Field);
        var existing = _database.GetCollection("$indexes").FindOne(Query.And(Query.EQ("collection", index.Set), Query.EQ("name", index.Name)));
        if (existing is not null && (existing["expression"].AsString != expression || existing["unique"].AsBoolean != index.Unique))
        {
            collection.DropIndex(index.Name);
        }

        collection.EnsureIndex(index.Name, expression, index.Unique);
    }

    public void DropIndex(string set, string name) => _database.GetCollection(set).DropIndex(name);

    /// <summary>Folds the log into the data file (after bulk loads, before a copy of the file is taken).</summary>
    public void Checkpoint() => _database.Checkpoint();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // Disposing runs the final checkpoint, folding the log into the data file.
            _database.Dispose();
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private sealed class Transaction(LiteDbRegistry registry) : IRegistryTransaction
    {
        public IRecordWriter<T> Records<T>(RecordSet<T> set) where T : class =>
            new LiteDbRecords<T>(registry._database.GetCollection<T>(set.Name), set, registry.Mapper);
    }
}
