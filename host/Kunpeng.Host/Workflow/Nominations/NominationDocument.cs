namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>A supporting document referenced by a nomination; the bytes live in the registry's file store under <see cref="FileId"/>.</summary>
public sealed class NominationDocument
{
    public string Id { get; set; } = "";
    /// <summary>id-proof, diploma, award-certificate, achievement-proof or other.</summary>
    public string Kind { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    /// <summary>SHA-256 of the bytes, hex, recorded when stored.</summary>
    public string Sha256 { get; set; } = "";
    /// <summary>The file storage id.</summary>
    public string FileId { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
}
