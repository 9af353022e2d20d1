namespace Kunpeng.Abstractions;

/// <summary>A research project (课题) the candidate undertook.</summary>
/// <param name="Year">Year it started (or the candidate joined).</param>
/// <param name="Level">Level of the project.</param>
/// <param name="Rank">Position in the list of undertakers, 1 = first.</param>
/// <param name="Status">Ongoing or completed.</param>
public sealed record ResearchProjectRecord(int Year, ProjectLevel Level, int Rank, ProjectStatus Status);
