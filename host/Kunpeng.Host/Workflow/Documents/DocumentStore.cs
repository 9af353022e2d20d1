using System.Security.Cryptography;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Documents;

/// <summary>
/// Supporting documents in LiteDB file storage. File storage is not transactional (each chunk
/// commits alone), so a document is stored first, its SHA-256 recorded, and only then referenced
/// from the nomination in one registry write; if that write is refused, the file is deleted at once,
/// and <see cref="RemoveOrphans"/> (run at every start) deletes any file a crash left unreferenced.
/// </summary>
public sealed class DocumentStore(
    RegistryDatabase registry, NominationService nominations, ProgrammeClock clock, IOptions<WorkflowOptions> options, ILogger<DocumentStore> logger)
{
    /// <summary>File ids are <c>doc/{nominationId}/{documentId}</c>.</summary>
    public const string Prefix = "doc/";

    public static readonly IReadOnlyDictionary<string, byte[]> Signatures = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };

    private ILiteStorage<string> Files => registry.Database.FileStorage;

    /// <summary>Stores an upload and references it from a draft nomination.</summary>
    public async Task<NominationDocument> AddAsync(Actor actor, string nominationId, int expectedVersion, string? kind, IFormFile? file, CancellationToken cancellationToken)
    {
        // Scope, state and input are checked before anything is stored: a refused request writes nothing.
        var n = nominations.Get(actor, nominationId);
        NominationScope.RequireEditor(actor, n);
        WorkflowGuards.RequireVersion("Nomination", nominationId, n.Version, expectedVersion);
        NominationService.RequireStatus(n, NominationStatus.Draft, "add a document");
        nominations.RequireAccepting(nominations.CycleOf(n), "add a document");

        var errors = new FieldErrors();
        if (kind is null || !RequiredDocuments.Kinds.Contains(kind))
        {
            errors.Add("kind", $"One of: {string.Join(", ", RequiredDocuments.Kinds)}.");
        }

        var max = options.Value.MaxDocumentBytes;
        if (file is null)
        {
            errors.Add("file", "Required: the document, as a multipart form field named 'file'.");
        }
        else if (file.Length == 0)
        {
            errors.Add("file", "The file is empty.");
        }
        else if (file.Length > max)
        {
            errors.Add("file", $"At most {max / (1024 * 1024)} MB ({max} bytes); this one has {file.Length} bytes.");
        }

        var contentType = file?.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (file is not null && !Signatures.ContainsKey(contentType))
        {
            errors.Add("file", $"Content type '{contentType}' is not accepted: PDF, JPEG or PNG only.");
        }

        var fileName = TextRules.FileName(errors, "file", file?.FileName, "document");
        errors.ThrowIfAny();

        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!bytes.StartsWith(Signatures[contentType]))
        {
            throw new InputValidationException("file", $"The bytes are not a {contentType} file (its signature does not match).");
        }

        var document = new NominationDocument
        {
            Id = Guid.NewGuid().ToString("N"),
            Kind = kind!,
            FileName = fileName!,
            ContentType = contentType,
            Length = buffer.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedBy = actor.AccountId,
            UploadedUtc = clock.UtcNow,
        };
        document.FileId = $"{Prefix}{nominationId}/{document.Id}";
        buffer.Position = 0;
        Files.Upload(document.FileId, document.FileName, buffer);
        Files.SetMetadata(document.FileId, new BsonDocument { ["nominationId"] = nominationId, ["sha256"] = document.Sha256 });

        try
        {
            nominations.Change(actor, nominationId, expectedVersion, "nomination.document-added", stored =>
            {
                NominationService.RequireStatus(stored, NominationStatus.Draft, "add a document");
                nominations.RequireAccepting(nominations.CycleOf(stored), "add a document");
                stored.Documents.Add(document);
            });
        }
        catch
        {
            Files.Delete(document.FileId);
            throw;
        }

        return document;
    }

    /// <summary>Removes a document from a draft; the file goes once the nomination no longer references it.</summary>
    public void Remove(Actor actor, string nominationId, string documentId, int expectedVersion)
    {
        var n = nominations.Get(actor, nominationId);
        NominationScope.RequireEditor(actor, n);
        var document = n.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new NotFoundException("Document", documentId);
        nominations.Change(actor, nominationId, expectedVersion, "nomination.document-removed", stored =>
        {
            NominationService.RequireStatus(stored, NominationStatus.Draft, "remove a document");
            stored.Documents.RemoveAll(d => d.Id == documentId);
        });
        Files.Delete(document.FileId);
    }

    /// <summary>A document's bytes, for whoever may see the nomination (reviewers check them).</summary>
    public (NominationDocument Document, Stream Content) Open(Actor actor, string nominationId, string documentId)
    {
        var n = nominations.Get(actor, nominationId);
        var document = n.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new NotFoundException("Document", documentId);
        var content = new MemoryStream();
        Files.Download(document.FileId, content);
        content.Position = 0;
        return (document, content);
    }

    /// <summary>Deletes stored files no nomination references (left by a crash between storing and referencing).</summary>
    public int RemoveOrphans()
    {
        var all = NominationService.Nominations(registry.Database);
        var orphans = Files.Find(Query.StartsWith("_id", Prefix))
            .Select(f => f.Id)
            .Where(id =>
            {
                var parts = id[Prefix.Length..].Split('/');
                var n = parts.Length == 2 ? all.FindById(parts[0]) : null;
                return n is null || n.Documents.All(d => d.FileId != id);
            })
            .ToList();
        foreach (var id in orphans)
        {
            Files.Delete(id);
        }

        if (orphans.Count > 0)
        {
            logger.LogInformation("Removed {Count} orphaned document files.", orphans.Count);
        }

        return orphans.Count;
    }
}
