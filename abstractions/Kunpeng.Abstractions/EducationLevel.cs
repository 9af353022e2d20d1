namespace Kunpeng.Abstractions;

/// <summary>Highest completed education, in ascending order (so levels compare).</summary>
public enum EducationLevel { None, Secondary, Associate, Bachelor, Master, Doctorate }
