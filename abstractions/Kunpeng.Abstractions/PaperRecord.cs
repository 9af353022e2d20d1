namespace Kunpeng.Abstractions;

/// <summary>An independently written paper, teaching case or design.</summary>
/// <param name="Year">Year written or recognized.</param>
/// <param name="Recognition">Highest level at which it won an award, was exchanged or promoted.</param>
public sealed record PaperRecord(int Year, RecognitionLevel Recognition);
