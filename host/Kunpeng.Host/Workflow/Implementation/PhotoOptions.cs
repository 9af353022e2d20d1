namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>Limits on work photos (<c>Kunpeng:Workflow:Photos</c>).</summary>
public sealed class PhotoOptions
{
    public const string Section = "Kunpeng:Workflow:Photos";

    /// <summary>Largest photo accepted, bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
