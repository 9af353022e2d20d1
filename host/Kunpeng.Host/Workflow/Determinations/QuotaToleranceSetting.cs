using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The host setting (<c>workflow_settings</c>) holding the quota tolerance.</summary>
public sealed class QuotaToleranceSetting : IVersionedRecord
{
    public static readonly RecordSet<QuotaToleranceSetting> Set = new("workflow_settings");

    /// <summary>Every bureau reads the tolerance its lists are checked against; only the Talent Office changes it (403).</summary>
    public static readonly RecordKind<QuotaToleranceSetting> Kind = new()
    {
        Set = Set,
        EntityType = "setting",
        Title = "Setting",
        DomainOf = _ => null,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = QuotaTolerance.SettingId;
    public int Percent { get; set; }
    public int Version { get; set; } = 1;
}
