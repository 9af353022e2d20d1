namespace Kunpeng.Abstractions;

/// <summary>A way a candidate can be put forward in a domain.</summary>
public enum NominationChannel
{
    /// <summary>基层单位择优推荐.</summary>
    UnitNomination,
    /// <summary>协会推荐 (culture).</summary>
    AssociationNomination,
    /// <summary>个人申报 (culture).</summary>
    SelfApplication,
    /// <summary>The organizing bureau designates the nominees itself (党政: 区委组织部确定).</summary>
    OrganizerDesignation,
}
