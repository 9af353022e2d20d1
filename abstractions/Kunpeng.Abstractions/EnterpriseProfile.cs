namespace Kunpeng.Abstractions;

/// <summary>Facts about the candidate's enterprise (enterprise-management domain).</summary>
public sealed class EnterpriseProfile
{
    public bool? RegisteredInDistrict { get; init; }
    /// <summary>Annual main-business revenue, CNY.</summary>
    public decimal? AnnualRevenue { get; init; }
    /// <summary>Consecutive years of growth.</summary>
    public decimal? GrowthYears { get; init; }
    public Industry? Industry { get; init; }
    public bool? OwnsCoreIp { get; init; }
    public bool? GoodCredit { get; init; }
    public bool? HighPollution { get; init; }
    /// <summary>A major labour dispute, safety accident or market-order violation in the last 3 years.</summary>
    public bool? MajorIncidents3y { get; init; }
    public bool? HasPartyOrganization { get; init; }
}
