namespace Kunpeng.Abstractions;

/// <summary>A construction key project the candidate led or took part in.</summary>
/// <param name="Year">Year of the project.</param>
/// <param name="Level">Level of the key-project designation.</param>
/// <param name="InDistrict">True when in the district's urban construction.</param>
/// <param name="Award">Highest award won by the project or the person for it.</param>
public sealed record KeyProjectRecord(int Year, ProjectLevel Level, bool InDistrict, RecognitionLevel Award);
