using System.Security.Cryptography;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Documents;

/// <summary>
/// Supporting documents, their bytes in the registry's file store. File storage is not transactional,
/// so a document is checked first (every check of the write path, nothing written), stored with its
/// SHA-256, and only then referenced from the nomination in one write; if that write is refused, the
/// file is deleted at once, and <see cref="RemoveOrphans"/> (run at every start) deletes any file a
/// crash left unreferenced.
/// </summary>
public sealed class DocumentStore(
    IRegistry registry, RecordWrites writes, RecordReads reads, NominationService nominations, ProgrammeClock clock,
    IOptions<WorkflowOptions> options, ILogger<DocumentStore> logger)
{
    /// <summary>File ids are <c>doc/{nominationId}/{documentId}</c>.</summary>
    public const string Prefix = "doc/";

    public static readonly IReadOnlyDictionary<string, byte[]> Signatures = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };

    private IFileStore Files => registry.Files;

    /// <summary>Stores an upload and references it from a draft nomination; returns the nomination as changed, and the document.</summary>
    public async Task<(Nomination Nomination, NominationDocument Document)> AddAsync(Actor actor, string nominationId, IfMatch ifMatch, string? kind, IFormFile? file, CancellationToken cancellationToken)
    {
        var contentType = file?.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        NominationDocument? document = null;
        var step = new RecordStep<Nomination>
        {
            Action = NominationStages.DocumentAdded,
            Authorize = NominationScope.RequireEditor,
            Require = (c, n) => nominations.RequireAccepting(NominationService.CycleOf(c, n), "add a document"),
            Validate = (_, _, errors) => Validate(kind, file, contentType, errors),
            Apply = (_, n) => n.Documents.Add(document!),
        };

        // Scope, state and input are checked before anything is stored: a refused request writes nothing.
        writes.Check(actor, Nomination.Kind, nominationId, ifMatch, step);

        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!bytes.StartsWith(Signatures[contentType]))
        {
            throw new InputValidationException("file", $"The bytes are not a {contentType} file (its signature does not match).");
        }

        document = new NominationDocument
        {
            Id = Guid.NewGuid().ToString("N"),
            Kind = kind!,
            FileName = TextRules.FileName(new FieldErrors(), "file", file.FileName, "document")!,
            ContentType = contentType,
            Length = buffer.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedBy = actor.AccountId,
            UploadedUtc = clock.UtcNow,
        };
        document.FileId = $"{Prefix}{nominationId}/{document.Id}";
        buffer.Position = 0;
        Files.Save(document.FileId, document.FileName, buffer, new Dictionary<string, string> { ["nominationId"] = nominationId, ["sha256"] = document.Sha256 });

        try
        {
            // The same step again, in the transaction: whatever changed since the check is caught here.
            return (writes.Change(actor, Nomination.Kind, nominationId, ifMatch, step), document);
        }
        catch
        {
            Files.Delete(document.FileId);
            throw;
        }
    }

    /// <summary>Removes a document from a draft; the file goes once the nomination no longer references it.</summary>
    public Nomination Remove(Actor actor, string nominationId, string documentId, IfMatch ifMatch)
    {
        NominationDocument? document = null;
        var changed = writes.Write(actor, changes =>
        {
            // The document is what the request names: one the nomination does not have is 404, before anything else is checked.
            document = changes.Load(Nomination.Kind, nominationId).Documents.FirstOrDefault(d => d.Id == documentId)
                ?? throw new NotFoundException("Document", documentId);
            return changes.Change(Nomination.Kind, nominationId, ifMatch, new RecordStep<Nomination>
            {
                Action = NominationStages.DocumentRemoved,
                Authorize = NominationScope.RequireEditor,
                Apply = (_, n) => n.Documents.RemoveAll(d => d.Id == documentId),
            });
        });
        Files.Delete(document!.FileId);
        return changed;
    }

    /// <summary>A document's bytes, for whoever may see the nomination (reviewers check them).</summary>
    public (NominationDocument Document, Stream Content) Open(Actor actor, string nominationId, string documentId)
    {
        var n = reads.Get(actor, Nomination.Kind, nominationId);
        var document = n.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new NotFoundException("Document", documentId);
        var content = Files.OpenRead(document.FileId)
            ?? throw new InvalidOperationException($"Nomination '{n.Id}' names the missing file '{document.FileId}'.");
        return (document, content);
    }

    /// <summary>Deletes stored files no nomination references (left by a crash between storing and referencing).</summary>
    public int RemoveOrphans()
    {
        var all = registry.Read(Nomination.Set);
        var orphans = Files.List(Prefix)
            .Select(f => f.Id)
            .Where(id =>
            {
                var parts = id[Prefix.Length..].Split('/');
                var n = parts.Length == 2 ? all.Find(parts[0]) : null;
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

    /// <summary>What the upload itself must be, every field at once.</summary>
    private void Validate(string? kind, IFormFile? file, string contentType, FieldErrors errors)
    {
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

        if (file is not null && !Signatures.ContainsKey(contentType))
        {
            errors.Add("file", $"Content type '{contentType}' is not accepted: PDF, JPEG or PNG only.");
        }

        TextRules.FileName(errors, "file", file?.FileName, "document");
    }
}
