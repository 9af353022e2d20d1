using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>A programme period (the Kunpeng programme: 2015–2017); later periods are added as data.</summary>
public sealed class Programme : IVersionedRecord
{
    public static readonly RecordSet<Programme> Set = new("programmes");

    /// <summary>Programme periods are public to every signed-in role.</summary>
    public static readonly RecordKind<Programme> Kind = new()
    {
        Set = Set,
        EntityType = "programme",
        Title = "Programme",
        DomainOf = _ => null,
        CanSee = (_, _) => true,
    };

    /// <summary>e.g. <c>kunpeng-2015</c>.</summary>
    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public int Version { get; set; } = 1;
}
