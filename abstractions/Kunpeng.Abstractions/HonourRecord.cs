namespace Kunpeng.Abstractions;

/// <summary>A title of outstanding person (优秀人物称号).</summary>
/// <param name="Year">Year awarded.</param>
/// <param name="Level">Awarding level.</param>
public sealed record HonourRecord(int Year, ProjectLevel Level);
