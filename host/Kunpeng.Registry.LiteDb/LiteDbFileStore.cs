using LiteDB;

namespace Kunpeng.Registry.LiteDb;

/// <summary>
/// Files in LiteDB's file storage (<c>_files</c>, <c>_chunks</c>; a named bucket in <c>{bucket}_files</c>, <c>{bucket}_chunks</c>). It is not transactional: each chunk
/// commits alone, which is why <see cref="IFileStore"/> saves a file before the record naming it.
/// Saving and deleting take the registry's write gate and end with a checkpoint, like every write.
/// </summary>
internal sealed class LiteDbFileStore(LiteDatabase database, Lock writeGate, string? bucket = null) : IFileStore
{
    private readonly ILiteStorage<string> _storage = bucket is null ? database.FileStorage : database.GetStorage<string>($"{bucket}_files", $"{bucket}_chunks");

    private ILiteStorage<string> Storage => _storage;

    public StoredFile Save(string id, string fileName, Stream content, IReadOnlyDictionary<string, string>? metadata = null)
    {
        lock (writeGate)
        {
            return SaveDurably(id, fileName, content, metadata);
        }
    }

    private StoredFile SaveDurably(string id, string fileName, Stream content, IReadOnlyDictionary<string, string>? metadata)
    {
        var info = Storage.Upload(id, fileName, content);
        if (metadata is { Count: > 0 })
        {
            var document = new BsonDocument();
            foreach (var (key, value) in metadata)
            {
                document[key] = value;
            }

            Storage.SetMetadata(id, document);
            info = Storage.FindById(id);
        }

        database.Checkpoint();
        return Describe(info);
    }

    public Stream? OpenRead(string id) => Storage.Exists(id) ? Storage.OpenRead(id) : null;

    public StoredFile? Find(string id) => Storage.FindById(id) is { } info ? Describe(info) : null;

    public bool Delete(string id)
    {
        lock (writeGate)
        {
            var deleted = Storage.Delete(id);
            database.Checkpoint();
            return deleted;
        }
    }

    public IReadOnlyList<StoredFile> List(string idPrefix) =>
        // LiteDB refuses an empty prefix; every id starts with it.
        (idPrefix.Length == 0 ? Storage.FindAll() : Storage.Find(Query.StartsWith("_id", idPrefix))).Select(Describe).ToList();

    private static StoredFile Describe(LiteFileInfo<string> info) => new(
        info.Id,
        info.Filename,
        info.Length,
        DateTime.SpecifyKind(info.UploadDate, DateTimeKind.Utc),
        info.Metadata.ToDictionary(m => m.Key, m => m.Value.IsString ? m.Value.AsString : m.Value.ToString(), StringComparer.Ordinal));
}
