namespace Kunpeng.Abstractions;

/// <summary>A yearly quota. "左右" makes it a target, not a cap.</summary>
/// <param name="Target">The number of people a year.</param>
/// <param name="Approximate">True for "about N" (左右).</param>
public sealed record TierQuota(int Target, bool Approximate);
