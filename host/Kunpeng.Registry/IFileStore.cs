namespace Kunpeng.Registry;

/// <summary>
/// Uploaded files (nomination documents, work photos), by id. Not part of a record transaction: a
/// file is saved before the record that names it is written, and deleted if that write is refused;
/// whatever a crash leaves unnamed is found by <see cref="List"/> and swept at start.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content under the id (replacing a file of that id).</summary>
    StoredFile Save(string id, string fileName, Stream content, IReadOnlyDictionary<string, string>? metadata = null);

    /// <summary>The file's content, or null; the caller disposes it.</summary>
    Stream? OpenRead(string id);

    StoredFile? Find(string id);

    bool Delete(string id);

    /// <summary>Every file whose id starts with the prefix.</summary>
    IReadOnlyList<StoredFile> List(string idPrefix);
}

/// <summary>A stored file's description.</summary>
public sealed record StoredFile(string Id, string FileName, long Length, DateTime UploadedUtc, IReadOnlyDictionary<string, string> Metadata);
