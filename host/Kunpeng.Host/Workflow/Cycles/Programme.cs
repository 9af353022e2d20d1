namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>A programme period (the Kunpeng programme: 2015–2017); later periods are added as data.</summary>
public sealed class Programme
{
    /// <summary>e.g. <c>kunpeng-2015</c>.</summary>
    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public int Version { get; set; } = 1;
}
